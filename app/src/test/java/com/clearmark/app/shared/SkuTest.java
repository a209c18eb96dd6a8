package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

  @ParameterizedTest
  @ValueSource(strings = {"ZV-1001", "zv-1001", "A", "Trail lantern / 2 pack", "ÜBER-ßKU"})
  void aSellersOwnNameForAProductIsKeptExactlyAsWritten(String text) {
    assertThat(new Sku(text).value()).isEqualTo(text);
  }

  @Test
  void skusDifferingOnlyInCaseAreDifferentSkus() {
    assertThat(new Sku("zv-1001")).isNotEqualTo(new Sku("ZV-1001"));
  }

  @Test
  void parsingDropsSurroundingBlanksOnly() {
    assertThat(Sku.parse("  ZV 1001 \t")).isEqualTo(new Sku("ZV 1001"));
  }

  @Test
  void anEmptyOrBlankSkuIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Sku(""))
        .withMessage("a SKU cannot be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sku.parse("   "))
        .withMessage("a SKU cannot be empty");
  }

  @Test
  void surroundingBlanksAreRefusedByTheConstructor() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Sku(" ZV-1001"))
        .withMessage("a SKU has no surrounding blanks");
  }

  @Test
  void aSkuAsLongAsItsColumnIsAcceptedAndOneMoreIsRefusedWithTheLimit() {
    assertThat(new Sku("S".repeat(FieldLimits.SKU)).value()).hasSize(FieldLimits.SKU);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Sku("S".repeat(FieldLimits.SKU + 1)))
        .withMessage(
            "a SKU has at most " + FieldLimits.SKU + " characters, got " + (FieldLimits.SKU + 1));
  }

  @Test
  void controlCharactersAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Sku("ZV\n1001"))
        .withMessage("a SKU has no control characters");
  }

  @Test
  void nullIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> new Sku(null));
    assertThatNullPointerException().isThrownBy(() -> Sku.parse(null));
  }

  @Test
  void aSkuReadsAsItsValue() {
    assertThat(new Sku("ZV-1001")).hasToString("ZV-1001");
  }
}
