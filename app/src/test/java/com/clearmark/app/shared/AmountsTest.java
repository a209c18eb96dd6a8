package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void twelveWholeDigitsAndTwoDecimalsFit() {
    assertThat(Amounts.fits(new BigDecimal("999999999999.99"), 2)).isTrue();
    assertThat(Amounts.fits(new BigDecimal("1.50000"), 2)).isTrue();
  }

  @Test
  void aThirteenthWholeDigitOrAThirdDecimalDoesNot() {
    assertThat(Amounts.fits(new BigDecimal("1000000000000"), 2)).isFalse();
    assertThat(Amounts.fits(new BigDecimal("1.505"), 2)).isFalse();
  }

  @Test
  void anExtremeExponentDoesNotOverflowIntoFitting() {
    assertThat(Amounts.fits(new BigDecimal("1E+2147483647"), 2)).isFalse();
    assertThat(Amounts.fits(new BigDecimal("1E-2147483647"), 2)).isFalse();
  }
}
