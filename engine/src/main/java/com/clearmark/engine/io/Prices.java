package com.clearmark.engine.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a price as sellers write it: digits with an optional decimal point, or with a decimal comma
 * and one or two decimals as European reports do ({@code 12,99}). Thousands separators are refused
 * because {@code 1,299} could mean either.
 */
final class Prices {
  private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d{1,2}");

  private Prices() {}

  /**
   * The price in {@code raw}, or null when it is empty; may be negative or zero, which the caller
   * judges.
   *
   * @throws InvalidValue when the text is not a number
   */
  static BigDecimal parse(String field, String raw) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (DECIMAL_POINT.matcher(text).matches()) {
      return new BigDecimal(text);
    }
    if (DECIMAL_COMMA.matcher(text).matches()) {
      return new BigDecimal(text.replace(',', '.'));
    }
    throw new InvalidValue(
        field, "\"" + text + "\" is not a price; write it as a number such as 19.99");
  }

  /** Like {@link #parse} but also refuses a negative price. */
  static BigDecimal parseNonNegative(String field, String raw) {
    return nonNegative(field, parse(field, raw));
  }

  /** Refuses a negative price; passes null through. */
  static BigDecimal nonNegative(String field, BigDecimal price) {
    if (price != null && price.signum() < 0) {
      throw new InvalidValue(field, "the price " + price.toPlainString() + " is negative");
    }
    return price;
  }
}
