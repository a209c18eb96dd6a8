package com.clearmark.app.sourcing;

import java.time.LocalDate;

/**
 * The period that proof of source must cover, as marketplaces judge an appeal: invoices dated at
 * most {@link #DAYS} days before the notice, and the units sold in the {@link #DAYS} days that end
 * on the notice date (that day included). The coverage page, the risk list and the appeal checks
 * all measure with it, so they always agree.
 */
public final class ProofOfSourceWindow {

  /** How old, in days, an invoice may be on the day of the notice; also the sales period. */
  public static final int DAYS = 365;

  private ProofOfSourceWindow() {}

  /** The oldest invoice date accepted for a notice of {@code day}. */
  public static LocalDate oldestInvoiceDate(LocalDate day) {
    return day.minusDays(DAYS);
  }

  /** The first day of the sales period that ends on {@code day}. */
  public static LocalDate salesFrom(LocalDate day) {
    return day.minusDays(DAYS - 1);
  }
}
