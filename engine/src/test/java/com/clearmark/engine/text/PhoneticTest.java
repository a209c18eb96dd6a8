package com.clearmark.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticTest {

  @Test
  void soundAlikeSpellingsShareAKey() {
    assertThat(Phonetic.encode("reebock")).isEqualTo(Phonetic.encode("reebok"));
    assertThat(Phonetic.encode("lakoste")).isEqualTo(Phonetic.encode("lacoste"));
    assertThat(Phonetic.encode("addeedas")).isEqualTo(Phonetic.encode("adidas"));
    assertThat(Phonetic.encode("fotoshop")).isEqualTo(Phonetic.encode("photoshop"));
  }

  @Test
  void differentSoundsHaveDifferentKeys() {
    assertThat(Phonetic.encode("rolex")).isNotEqualTo(Phonetic.encode("timex"));
    assertThat(Phonetic.encode("gucci")).isNotEqualTo(Phonetic.encode("prada"));
  }
}
