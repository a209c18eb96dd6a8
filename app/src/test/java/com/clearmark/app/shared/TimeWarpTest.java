package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeWarpTest {

  static final Instant LOADED = Instant.parse("2026-12-07T08:00:00Z");
  static final TimeWarp FORTNIGHT =
      new TimeWarp(
          LOADED,
          LOADED.plusSeconds(2),
          Instant.parse("2026-11-23T08:00:00Z"),
          Instant.parse("2026-12-07T08:00:00Z"));

  @Test
  void aSecondOfScriptedWorkSpreadsOverAFortnightInOrder() {
    assertThat(FORTNIGHT.apply(LOADED)).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    assertThat(FORTNIGHT.apply(LOADED.plusSeconds(1)))
        .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    assertThat(FORTNIGHT.apply(LOADED.plusMillis(1500)))
        .isAfter(FORTNIGHT.apply(LOADED.plusMillis(1499)));
  }

  @Test
  void timesOutsideTheWindowAndMissingTimesAreLeftAlone() {
    Instant captured = Instant.parse("2026-11-17T09:00:00Z");
    assertThat(FORTNIGHT.apply(captured)).isEqualTo(captured);
    assertThat(FORTNIGHT.apply(null)).isNull();
  }

  @Test
  void aWindowThatDoesNotMoveForwardIsRefused() {
    assertThatThrownBy(() -> new TimeWarp(LOADED, LOADED, LOADED, LOADED.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
