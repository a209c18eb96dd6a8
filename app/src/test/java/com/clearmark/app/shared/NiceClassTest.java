package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NiceClassTest {

  @Test
  void everyClassFromOneToFortyFiveExists() {
    for (int n = NiceClass.FIRST; n <= NiceClass.LAST; n++) {
      assertThat(new NiceClass(n).number()).isEqualTo(n);
    }
    assertThat(NiceClass.FIRST).isEqualTo(1);
    assertThat(NiceClass.LAST).isEqualTo(45);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 46, -9, Integer.MAX_VALUE})
  void aNumberOutsideTheClassificationIsRefused(int n) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NiceClass(n))
        .withMessage("a Nice class is a number from 1 to 45, got " + n);
  }

  @Test
  void classesOneToThirtyFourAreGoodsAndThirtyFiveOnAreServices() {
    assertThat(new NiceClass(34).isServices()).isFalse();
    assertThat(new NiceClass(35).isServices()).isTrue();
    assertThat(new NiceClass(45).isServices()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9", "09", " 25 ", "045"})
  void aClassIsReadWithOrWithoutLeadingZeros(String text) {
    assertThat(NiceClass.parse(text).number()).isEqualTo(Integer.parseInt(text.strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "nine", "9a", "+9", "-1", "1000", "٣", "9.0"})
  void textThatIsNotAClassNumberIsRefusedQuotingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NiceClass.parse(text))
        .withMessage("a Nice class is a number from 1 to 45, got \"" + text + "\"");
  }

  @Test
  void aNumberOfThreeDigitsOutsideTheClassificationIsRefusedAsANumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NiceClass.parse("046"))
        .withMessage("a Nice class is a number from 1 to 45, got 46");
  }

  @Test
  void nullIsRefusedWithTheSameMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NiceClass.parse(null))
        .withMessage("a Nice class is a number from 1 to 45, got \"null\"");
  }

  @Test
  void aClassReadsAsItsNumber() {
    assertThat(new NiceClass(9)).hasToString("9");
  }
}
