package com.clearmark.app.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvoiceLineTest {

  @Test
  void anEnteredLineKeepsItsAsinInCapitals() {
    var line = InvoiceLine.entered("Zorvix", "65W charger", " b0charger1 ", "", 3, null);

    assertThat(line.asin()).isEqualTo("B0CHARGER1");
  }

  @Test
  void anEnteredLineMayNameOnlyASku() {
    assertThat(InvoiceLine.entered("Zorvix", "", "", "ZV-1001", 3, null).sku())
        .isEqualTo("ZV-1001");
  }

  @Test
  void anEnteredAsinThatIsNotTenLettersAndDigitsIsRefusedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InvoiceLine.entered("Zorvix", "", "B0-CHARGE", "", 3, null))
        .withMessage("ASIN: \"B0-CHARGE\" is not an ASIN (10 letters and digits)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InvoiceLine.entered("Zorvix", "", "B0CHARGER123", "", 3, null))
        .withMessage("ASIN: \"B0CHARGER123\" is not an ASIN (10 letters and digits)");
  }

  @Test
  void anAsinOverItsColumnIsRefusedWithTheLengthAsBefore() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InvoiceLine.entered("Zorvix", "", "B".repeat(21), "", 3, null))
        .withMessage("ASIN: at most 20 characters, got 21");
  }

  @Test
  void aLineStoredBeforeAsinsWereCheckedStillReadsBack() {
    var stored = new InvoiceLine("Zorvix", "", "ZV-CHARGER-12", "", 3, new BigDecimal("11.50"));

    assertThat(stored.covers("zv-charger-12")).isTrue();
  }

  @Test
  void aPriceThatDoesNotFitIsRefusedNamingTheBounds() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new InvoiceLine("Zorvix", "", "B0CHARGER1", "", 1, new BigDecimal("1E+999999999")))
        .withMessage("the unit price does not fit: at most 12 digits before the point and 2 after");
  }
}
