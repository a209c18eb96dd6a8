package com.clearmark.engine.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds words and marks in a field's text for the correction policies: whole words only, case
 * ignored, and for marks the spaces, hyphens, dots and apostrophes inside a name ignored too, so
 * that {@code COCA-COLA} matches {@code Coca Cola}.
 */
final class Wording {

  private Wording() {}

  /** The start offsets of {@code word} as a whole word in {@code text}, case ignored. */
  static List<Integer> occurrences(String text, String word) {
    var found = new ArrayList<Integer>();
    if (word.isEmpty()) {
      return found;
    }
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())
          && boundary(text, i - 1)
          && boundary(text, i + word.length())) {
        found.add(i);
        i += word.length() - 1;
      }
    }
    return found;
  }

  /**
   * Where {@code mark} written at {@code pos} ends, or -1: its letters and digits in order, case
   * ignored, with only name punctuation between them, as a whole word.
   */
  static int markEnd(String text, int pos, String mark) {
    if (!boundary(text, pos - 1)) {
      return -1;
    }
    int t = pos;
    boolean first = true;
    for (int m = 0; m < mark.length(); m++) {
      char mc = mark.charAt(m);
      if (!Character.isLetterOrDigit(mc)) {
        continue;
      }
      if (!first) {
        while (t < text.length() && " -.'\u2019".indexOf(text.charAt(t)) >= 0) {
          t++;
        }
      }
      if (t >= text.length()
          || Character.toLowerCase(text.charAt(t)) != Character.toLowerCase(mc)) {
        return -1;
      }
      t++;
      first = false;
    }
    return first || !boundary(text, t) ? -1 : t;
  }

  /**
   * The mark written right before {@code start} or right after {@code end} with only spaces
   * between, as {@code {start, end}}, or null.
   */
  static int[] adjacentMark(String text, int start, int end, String mark) {
    if (mark.isEmpty()) {
      return null;
    }
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int markEnd = markEnd(text, after, mark);
    if (after > end && markEnd > 0) {
      return new int[] {after, markEnd};
    }
    int before = start;
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    if (before == start) {
      return null;
    }
    // A mark is at most as long as its name plus its punctuation, so look back that far only.
    for (int s = Math.max(0, before - 2 * mark.length()); s < before; s++) {
      if (markEnd(text, s, mark) == before) {
        return new int[] {s, before};
      }
    }
    return null;
  }

  /** The end of a possessive ({@code 's}) right after {@code end}, or {@code end}. */
  static int possessiveEnd(String text, int end) {
    // A plural or s-final possessive: Phillips' gummies.
    if (end > 0
        && end < text.length()
        && Character.toLowerCase(text.charAt(end - 1)) == 's'
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && boundary(text, end + 1)) {
      return end + 1;
    }
    if (end + 1 < text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && Character.toLowerCase(text.charAt(end + 1)) == 's'
        && boundary(text, end + 2)) {
      return end + 2;
    }
    return end;
  }

  /** The word that ends right before {@code pos} (spaces skipped), as {@code {start, end}}. */
  static int[] wordBefore(String text, int pos) {
    int e = pos;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
      s--;
    }
    return s == e ? null : new int[] {s, e};
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
