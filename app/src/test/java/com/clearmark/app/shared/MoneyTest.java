package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "11.50", "11.5", "999999999999.99", "12.3400", "1E+3"})
  void anAmountThatFitsAPriceColumnIsAccepted(String amount) {
    assertThat(new Money(new BigDecimal(amount), "EUR").amount()).isEqualByComparingTo(amount);
  }

  @Test
  void aNegativeAmountIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Money(new BigDecimal("-0.01"), "USD"))
        .withMessage("an amount cannot be negative, got -0.01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000", "0.001", "11.505"})
  void anAmountWithTooManyDigitsIsRefusedNamingTheBounds(String amount) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Money(new BigDecimal(amount), "USD"))
        .withMessageStartingWith(
            "an amount has at most "
                + Amounts.WHOLE_DIGITS
                + " digits before the point and 2 after");
  }

  @Test
  void aHugeExponentIsRefusedWithoutWritingOutItsDigits() {
    var huge = new BigDecimal("1E+999999999");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Money(huge, "USD"))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120).endsWith("1E+999999999"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EU", "EURO", "eur", "€", "E1R"})
  void aCurrencyIsThreeCapitalLetters(String currency) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Money(BigDecimal.ONE, currency))
        .withMessageStartingWith("a currency is three capital letters (ISO 4217), got \"");
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> new Money(null, "USD"));
    assertThatNullPointerException().isThrownBy(() -> new Money(BigDecimal.ONE, null));
  }

  @Test
  void moneyReadsAsAmountAndCurrency() {
    assertThat(new Money(new BigDecimal("11.50"), "USD")).hasToString("11.50 USD");
  }
}
