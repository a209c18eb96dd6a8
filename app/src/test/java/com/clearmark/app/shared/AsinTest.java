package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsinTest {

  @ParameterizedTest
  @ValueSource(strings = {"B0CHARGER1", "B000000000", "0306406152", "ZZZZZZZZZZ"})
  void tenCapitalLettersAndDigitsAreAnAsin(String text) {
    assertThat(new Asin(text).value()).isEqualTo(text);
    assertThat(Asin.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "B0CHARGER",
        "B0CHARGER12",
        "b0charger1",
        "B0-CHARGE1",
        "B0CHARGÉ1",
        " B0CHARGER"
      })
  void anythingElseIsRefusedByTheConstructor(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Asin(text))
        .withMessageStartingWith("an ASIN is 10 capital letters and digits, got \"");
  }

  @Test
  void parsingIgnoresSurroundingBlanksAndLetterCase() {
    assertThat(Asin.parse("  b0charger1\t")).isEqualTo(new Asin("B0CHARGER1"));
    assertThat(Asin.isValid(" b0charger1 ")).isTrue();
  }

  @Test
  void parsingRefusesWhatIsNotTenLettersAndDigitsEvenAfterTidying() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Asin.parse("B0 CHARGER1"))
        .withMessage("an ASIN is 10 capital letters and digits, got \"B0 CHARGER1\"");
    assertThat(Asin.isValid("B0CHARGER")).isFalse();
    assertThat(Asin.isValid(null)).isFalse();
  }

  @Test
  void aLongRefusedValueIsQuotedOnlyInPart() {
    String huge = "X".repeat(100_000);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Asin(huge))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120).endsWith("…\""));
  }

  @Test
  void nullIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> new Asin(null));
    assertThatNullPointerException().isThrownBy(() -> Asin.parse(null));
  }

  @Test
  void theTextPatternFindsProductAsinsAsWholeWordsOnly() {
    Matcher m =
        Asin.IN_TEXT.matcher(
            "ASIN: B0CHARGER1, B0BAG00002; not XB0CHARGER1 nor B0SHORT nor B0CHARGER12");
    var found = new ArrayList<String>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertThat(found).containsExactly("B0CHARGER1", "B0BAG00002");
    found.forEach(a -> assertThat(Asin.isValid(a)).as(a).isTrue());
  }

  @Test
  void theFormPatternAndTheLengthDescribeTheSameAsin() {
    assertThat("B0CHARGER1").matches(Asin.PATTERN).hasSize(Asin.LENGTH);
    assertThat(Asin.LENGTH).isLessThanOrEqualTo(FieldLimits.ASIN);
  }

  @Test
  void anAsinReadsAsItsValue() {
    assertThat(new Asin("B0CHARGER1")).hasToString("B0CHARGER1");
  }
}
