package com.clearmark.app.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a listing, field by field, with a word-level diff of each
 * changed text.
 *
 * <p>The word diff is the classic longest-common-subsequence table over the two word sequences,
 * O(n·m) in time and space; fields longer than {@link #MAX_WORDS} words are shown as a whole
 * replacement instead, which keeps a diff of two long descriptions cheap.
 */
record ListingDiff(int from, int to, List<FieldChange> changes) {

  static final int MAX_WORDS = 1500;

  /** One changed field; {@code parts} alternate between kept, deleted and inserted text. */
  public record FieldChange(String field, String before, String after, List<Part> parts) {

    /** The field in words, as the listing page names it. */
    public String label() {
      return EvidenceText.label(field);
    }
  }

  /** A run of words: {@code kind} is {@code same}, {@code del} or {@code ins}. */
  public record Part(String kind, String text) {}

  public static ListingDiff between(ListingVersion a, ListingVersion b) {
    List<FieldChange> changes = new ArrayList<>();
    compare(changes, "title", a.title(), b.title());
    compare(changes, "brand", a.brand(), b.brand());
    int bullets = Math.max(a.bulletPoints().size(), b.bulletPoints().size());
    for (int i = 0; i < bullets; i++) {
      compare(
          changes,
          "bullet_points[" + (i + 1) + "]",
          i < a.bulletPoints().size() ? a.bulletPoints().get(i) : "",
          i < b.bulletPoints().size() ? b.bulletPoints().get(i) : "");
    }
    compare(changes, "description", a.description(), b.description());
    compare(changes, "search_terms", a.searchTerms(), b.searchTerms());
    compare(
        changes,
        "price",
        a.price() == null ? "" : a.price().toPlainString() + " " + a.currency(),
        b.price() == null ? "" : b.price().toPlainString() + " " + b.currency());
    compare(changes, "category", a.category(), b.category());
    compare(changes, "marketplace", a.marketplace(), b.marketplace());
    return new ListingDiff(a.version(), b.version(), changes);
  }

  private static void compare(List<FieldChange> out, String field, String a, String b) {
    if (!Objects.equals(a, b)) {
      out.add(new FieldChange(field, a, b, words(a, b)));
    }
  }

  static List<Part> words(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.split(" +");
    String[] y = b.isEmpty() ? new String[0] : b.split(" +");
    List<Part> parts = new ArrayList<>();
    if (x.length > MAX_WORDS || y.length > MAX_WORDS) {
      add(parts, "del", a);
      add(parts, "ins", b);
      return parts;
    }
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] =
            x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i].equals(y[j])) {
        add(parts, "same", x[i]);
        i++;
        j++;
      } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(parts, "ins", y[j]);
        j++;
      } else {
        add(parts, "del", x[i]);
        i++;
      }
    }
    return parts;
  }

  private static void add(List<Part> parts, String kind, String word) {
    if (word.isEmpty()) {
      return;
    }
    if (!parts.isEmpty() && parts.get(parts.size() - 1).kind().equals(kind)) {
      Part last = parts.remove(parts.size() - 1);
      parts.add(new Part(kind, last.text() + " " + word));
    } else {
      parts.add(new Part(kind, word));
    }
  }
}
