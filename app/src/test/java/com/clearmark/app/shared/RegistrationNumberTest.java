package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"5123456", "97/123456", "018123456", "UK00003123456", "1 234 567"})
  void numbersAreKeptAsTheOfficeWroteThem(String text) {
    assertThat(new RegistrationNumber(text).value()).isEqualTo(text);
  }

  @Test
  void parsingDropsSurroundingBlanks() {
    assertThat(RegistrationNumber.parse("  5123456\n"))
        .isEqualTo(new RegistrationNumber("5123456"));
  }

  @Test
  void anEmptyNumberIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RegistrationNumber.parse(" "))
        .withMessage("a registration number cannot be empty");
  }

  @Test
  void surroundingBlanksAreRefusedByTheConstructor() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RegistrationNumber("5123456 "))
        .withMessage("a registration number has no surrounding blanks");
  }

  @Test
  void aNumberAsLongAsItsColumnIsAcceptedAndOneMoreIsRefused() {
    assertThat(new RegistrationNumber("9".repeat(FieldLimits.REGISTRATION)).value())
        .hasSize(FieldLimits.REGISTRATION);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RegistrationNumber("9".repeat(FieldLimits.REGISTRATION + 1)))
        .withMessage(
            "a registration number has at most "
                + FieldLimits.REGISTRATION
                + " characters, got "
                + (FieldLimits.REGISTRATION + 1));
  }

  @Test
  void controlCharactersAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RegistrationNumber("512\t3456"))
        .withMessage("a registration number has no control characters");
  }

  @Test
  void nullIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> new RegistrationNumber(null));
    assertThatNullPointerException().isThrownBy(() -> RegistrationNumber.parse(null));
  }

  @Test
  void aNumberReadsAsItsValue() {
    assertThat(new RegistrationNumber("5123456")).hasToString("5123456");
  }
}
