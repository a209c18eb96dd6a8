package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimWordsTest {

  @Test
  void participleAndPluralOfAWordWithASilentEMeetTheWord() {
    assertThat(ClaimWords.stem("based")).isEqualTo(ClaimWords.stem("base"));
    assertThat(ClaimWords.stem("bases")).isEqualTo(ClaimWords.stem("base"));
    assertThat(ClaimWords.stem("hinged")).isEqualTo(ClaimWords.stem("hinge"));
    assertThat(ClaimWords.stem("hinges")).isEqualTo(ClaimWords.stem("hinge"));
    assertThat(ClaimWords.stem("insulated")).isEqualTo(ClaimWords.stem("insulating"));
  }

  @Test
  void silentEDoesNotJoinDifferentWords() {
    assertThat(ClaimWords.stem("spine")).isNotEqualTo(ClaimWords.stem("spin"));
    assertThat(ClaimWords.stem("cape")).isNotEqualTo(ClaimWords.stem("cap"));
    assertThat(ClaimWords.stem("cutting")).isEqualTo("cut");
    assertThat(ClaimWords.stem("walled")).isEqualTo("wall");
  }
}
