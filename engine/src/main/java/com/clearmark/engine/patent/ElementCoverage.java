package com.clearmark.engine.patent;

import com.clearmark.engine.listing.Listing;
import java.util.Objects;

/**
 * What a listing shows of one claim element.
 *
 * @param field the listing field holding the evidence, as {@code title}, {@code bullet_points[2]}
 *     (1-based) or {@code description}; empty unless {@link Shown#SHOWN}
 * @param start offset of the evidence in that field's text
 * @param end offset just past the evidence
 */
public record ElementCoverage(ClaimElement element, Shown shown, String field, int start, int end) {

  public ElementCoverage {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(shown, "shown");
    field = field == null ? "" : field;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
    }
    if (shown == Shown.SHOWN && field.isEmpty()) {
      throw new IllegalArgumentException("a shown element needs the field of its evidence");
    }
  }

  static ElementCoverage notShown(ClaimElement element) {
    return new ElementCoverage(element, Shown.NOT_SHOWN, "", 0, 0);
  }

  static ElementCoverage cannotJudge(ClaimElement element) {
    return new ElementCoverage(element, Shown.CANNOT_JUDGE, "", 0, 0);
  }

  /** The evidence as written in {@code listing}, or empty when the element is not shown. */
  public String evidence(Listing listing) {
    if (shown != Shown.SHOWN) {
      return "";
    }
    String text = ListingText.of(listing, field);
    return end <= text.length() ? text.substring(start, end) : "";
  }
}
