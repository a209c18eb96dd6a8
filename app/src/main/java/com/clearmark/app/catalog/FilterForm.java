package com.clearmark.app.catalog;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the listing list and the review queue, as query parameters; blank means any.
 *
 * @param from first day of the last change, inclusive
 * @param to last day of the last change, inclusive
 */
public record FilterForm(
    String decision,
    String rule,
    String mark,
    String brand,
    String q,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    String reviewStatus) {

  public Listings.Filter toFilter(boolean flaggedOnly) {
    return new Listings.Filter(decision, rule, mark, brand, q, from, to, reviewStatus, flaggedOnly);
  }
}
