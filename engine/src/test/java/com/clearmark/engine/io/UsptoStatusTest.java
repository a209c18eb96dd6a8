package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.mark.MarkStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsptoStatusTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "400", "401", "402", "403", "600", "602", "606", "609", "612", "614", "618", "622", "626",
        "710", "711", "712", "713", "714", "716", "900"
      })
  void abandonedCancelledAndExpiredCodesAreDead(String code) {
    assertThat(UsptoStatus.of(code)).isEqualTo(MarkStatus.DEAD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "616", "624", "630", "641", "686", "688", "700", "701", "702", "703", "704", "705", "715",
        "717", "730", "744", "774", "790", "800", "818", "969", " 800 ", "042"
      })
  void registeredAndPendingCodesAreLive(String code) {
    assertThat(UsptoStatus.of(code)).isEqualTo(MarkStatus.LIVE);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"REGISTERED", "7000", "-1"})
  void missingOrUnknownCodesAreLiveSoTheMarkIsStillScreened(String code) {
    assertThat(UsptoStatus.of(code)).isEqualTo(MarkStatus.LIVE);
  }
}
