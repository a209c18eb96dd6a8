package com.clearmark.app.sourcing;

import com.clearmark.app.shared.FieldLimits;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Units sold of one product over a period, as a Seller Central business report gives them (a day or
 * a month per row).
 *
 * @param from first day of the period
 * @param to last day of the period, inclusive
 */
public record Sales(String asin, String sku, LocalDate from, LocalDate to, long units) {

  public Sales {
    asin = asin == null ? "" : asin.strip().toUpperCase(Locale.ROOT);
    sku = sku == null ? "" : sku.strip();
    if (asin.length() > FieldLimits.ASIN) {
      throw new IllegalArgumentException(
          "ASIN: at most " + FieldLimits.ASIN + " characters, got " + asin.length());
    }
    if (sku.length() > FieldLimits.SKU) {
      throw new IllegalArgumentException(
          "SKU: at most " + FieldLimits.SKU + " characters, got " + sku.length());
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
    if (units < 0) {
      throw new IllegalArgumentException("units must not be negative");
    }
  }

  public boolean of(String asinOrSku) {
    return asin.equalsIgnoreCase(asinOrSku) || sku.equals(asinOrSku);
  }

  /**
   * The units sold within a window, assuming sales were spread evenly over the period: a monthly
   * row half inside the window counts half its units (rounded up, so coverage is never overstated).
   */
  public long unitsWithin(LocalDate windowFrom, LocalDate windowTo) {
    LocalDate start = from.isAfter(windowFrom) ? from : windowFrom;
    LocalDate end = to.isBefore(windowTo) ? to : windowTo;
    if (end.isBefore(start)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long inside = ChronoUnit.DAYS.between(start, end) + 1;
    return inside == days ? units : (units * inside + days - 1) / days;
  }
}
