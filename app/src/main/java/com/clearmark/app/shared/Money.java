package com.clearmark.app.shared;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in a currency, as prices and invoice lines are stored: at most {@link
 * Amounts#WHOLE_DIGITS} whole digits and two decimals, never negative, in a three-letter ISO 4217
 * currency.
 */
public record Money(BigDecimal amount, String currency) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("an amount cannot be negative, got " + amount);
    }
    if (!Amounts.fits(amount, 2)) {
      throw new IllegalArgumentException(
          "an amount has at most "
              + Amounts.WHOLE_DIGITS
              + " digits before the point and 2 after, got "
              // toString, never toPlainString: 1E+999999999 would become a billion digits.
              + Shown.clip(amount.toString()));
    }
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "a currency is three capital letters (ISO 4217), got \"" + Shown.clip(currency) + "\"");
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
