package com.clearmark.app.staydown;

import java.math.BigDecimal;

/**
 * A price on a logarithmic scale: band {@code n} holds the prices from {@code 1.25^n} to {@code
 * 1.25^(n+1)}, whatever the currency's unit. A log scale because a relisting's price moves by a
 * share of the price (a counterfeit at 19.99 comes back at 21.50, one at 450 at 480), not by a
 * fixed amount; steps of 25% are wide enough that such a move lands in the same band or the next
 * one, and narrow enough that 20 and 200 never meet. Prices of zero or less have no band.
 */
record PriceBand(int value) {

  static final double STEP = 1.25;

  /** The band of a price, or null when there is none. */
  static PriceBand of(BigDecimal price) {
    if (price == null || price.signum() <= 0) {
      return null;
    }
    return new PriceBand((int) Math.floor(Math.log(price.doubleValue()) / Math.log(STEP)));
  }

  /** Same band or a neighbouring one: two prices within about 25% of each other. */
  boolean near(PriceBand other) {
    return other != null && Math.abs(value - other.value) <= 1;
  }

  /** The band's lower bound, for the sentence that explains a match. */
  double from() {
    return Math.pow(STEP, value);
  }

  double to() {
    return Math.pow(STEP, value + 1);
  }
}
