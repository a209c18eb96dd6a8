package com.clearmark.engine.screening;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A correction for one finding: a sentence telling the seller what to do, and the text edits that
 * do it. A suggestion without edits is advice that no automatic text change can follow (keep
 * invoices, check the price).
 *
 * @param summary one plain sentence for the seller, ending with a full stop
 * @param edits the changes, in any order; edits of one field must not overlap
 */
public record Suggestion(String summary, List<Edit> edits) {

  public Suggestion {
    Objects.requireNonNull(summary, "summary");
    summary = summary.strip();
    if (summary.isEmpty()) {
      throw new IllegalArgumentException("summary must not be blank");
    }
    edits = edits == null ? List.of() : List.copyOf(edits);
  }

  /** Whether the suggestion changes text, rather than only advising. */
  public boolean changesText() {
    return !edits.isEmpty();
  }

  /**
   * The listing with the edits applied. The edits of each field are applied from the last to the
   * first, so that every edit's offsets still refer to the text it was made for. Where an edit
   * removes text, the gap it leaves is closed: a run of spaces and separators between two words
   * shrinks to one separator ({@code "shoes, , size"} becomes {@code "shoes, size"}, {@code "A - -
   * B"} becomes {@code "A - B"}), and separators left at the start or end of the field go.
   *
   * @throws IllegalArgumentException when an edit names a field the listing lacks, reaches past the
   *     end of its text, or overlaps another edit of the same field
   */
  public Listing applyTo(Listing listing) {
    Objects.requireNonNull(listing, "listing");
    if (edits.isEmpty()) {
      return listing;
    }
    Map<String, List<Integer>> byField = new LinkedHashMap<>();
    for (int i = 0; i < edits.size(); i++) {
      byField.computeIfAbsent(edits.get(i).field(), k -> new ArrayList<>()).add(i);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (var entry : byField.entrySet()) {
      String field = entry.getKey();
      String text = FieldText.of(listing, field);
      if (text == null) {
        throw new IllegalArgumentException("the listing has no " + field);
      }
      // Last first; of two edits at one place the later-listed first, so insertions keep order.
      List<Integer> order = new ArrayList<>(entry.getValue());
      order.sort(
          Comparator.comparingInt((Integer i) -> edits.get(i).start())
              .thenComparingInt(i -> i)
              .reversed());
      var sb = new StringBuilder(text);
      for (int k = 0; k < order.size(); k++) {
        Edit e = edits.get(order.get(k));
        if (e.end() > text.length()) {
          throw new IllegalArgumentException(
              "edit of "
                  + field
                  + " ends at "
                  + e.end()
                  + ", past the end of its text ("
                  + text.length()
                  + " characters)");
        }
        int floor = 0;
        if (k + 1 < order.size()) {
          Edit before = edits.get(order.get(k + 1));
          if (before.end() > e.start()) {
            throw new IllegalArgumentException(
                "edits of " + field + " overlap at " + e.start() + ".." + before.end());
          }
          floor = before.end();
        }
        sb.replace(e.start(), e.end(), e.replacement());
        if (e.removes()) {
          Gaps.close(sb, e.start(), floor);
        }
      }
      texts.put(field, sb.toString());
    }
    return FieldText.with(listing, texts);
  }

  /**
   * The text of a field once the suggestion is applied: the corrected text for a field it edits,
   * the unchanged text otherwise, and the empty string for a bullet it empties or the listing
   * lacks.
   */
  public String textAfter(Listing listing, String field) {
    String text = FieldText.of(applyTo(listing), field);
    return text == null ? "" : text;
  }
}
