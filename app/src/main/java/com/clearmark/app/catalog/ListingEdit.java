package com.clearmark.app.catalog;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.web.StoredLength;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The listing editor as typed: the text fields a seller corrects, the version the edit started from
 * (so a newer import is never overwritten) and the finding it fixes, if any. Blank bullet points at
 * the end are dropped; a blank one between two filled ones is kept in its place.
 *
 * @param baseVersion the version the editor was opened on
 * @param findingId the finding whose suggestion filled the form, or null
 */
record ListingEdit(
    @StoredLength(max = FieldLimits.TITLE) String title,
    @StoredLength(max = FieldLimits.BRAND) String brand,
    List<String> bulletPoints,
    @StoredLength(max = FieldLimits.DESCRIPTION) String description,
    @StoredLength(max = FieldLimits.SEARCH_TERMS) String searchTerms,
    BigDecimal price,
    @StoredLength(max = FieldLimits.CURRENCY) String currency,
    int baseVersion,
    Long findingId) {

  /** Bullet inputs shown beyond the listing's own, so a seller can add one. */
  static final int SPARE_BULLETS = 1;

  ListingEdit {
    title = title == null ? "" : title.strip();
    brand = brand == null ? "" : brand.strip();
    description = description == null ? "" : description.strip();
    searchTerms = searchTerms == null ? "" : searchTerms.strip();
    currency = currency == null ? "" : currency.strip();
    List<String> bullets = new ArrayList<>();
    if (bulletPoints != null) {
      for (String b : bulletPoints) {
        bullets.add(b == null ? "" : b.strip());
      }
    }
    while (!bullets.isEmpty() && bullets.get(bullets.size() - 1).isEmpty()) {
      bullets.remove(bullets.size() - 1);
    }
    // Mutable on purpose: the form binder sets the indexed inputs (bulletPoints[0], ...) again on
    // the constructed value, and would fail on an immutable list.
    bulletPoints = bullets;
  }

  /** The editor filled with a version's text, as the seller would start from it. */
  static ListingEdit of(ListingVersion v, Long findingId, int baseVersion) {
    return new ListingEdit(
        v.title(),
        v.brand(),
        v.bulletPoints(),
        v.description(),
        v.searchTerms(),
        v.price(),
        v.currency(),
        baseVersion,
        findingId);
  }

  /** The bullet inputs to show: the filled ones and a spare. */
  public List<String> bulletInputs() {
    List<String> inputs = new ArrayList<>(bulletPoints);
    for (int i = 0; i < SPARE_BULLETS; i++) {
      inputs.add("");
    }
    return inputs;
  }
}
