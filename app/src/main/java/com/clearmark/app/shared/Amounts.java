package com.clearmark.app.shared;

import java.math.BigDecimal;

/** Whether a money amount fits the columns that store prices: numeric(14, 2). */
public final class Amounts {

  /** Digits before the decimal point that a stored price may have. */
  public static final int WHOLE_DIGITS = 12;

  private Amounts() {}

  /**
   * Whether {@code amount} has at most {@link #WHOLE_DIGITS} digits before the point and {@code
   * decimals} after (trailing zeros aside). The scale is widened to long: for an exponent near
   * Integer.MIN_VALUE the int difference overflows and a huge amount would pass.
   */
  public static boolean fits(BigDecimal amount, int decimals) {
    return amount.stripTrailingZeros().scale() <= decimals
        && amount.precision() - (long) amount.scale() <= WHOLE_DIGITS;
  }
}
