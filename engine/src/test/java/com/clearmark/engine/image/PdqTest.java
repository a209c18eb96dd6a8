package com.clearmark.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PdqTest {

  @Test
  void hexReadsBackToTheSameHash() {
    Pdq hash = Pdq.ofWords(1L, -1L, 0x0123456789abcdefL, Long.MIN_VALUE);
    assertThat(hash.hex()).hasSize(64).startsWith("8000000000000000");
    assertThat(Pdq.ofHex(hash.hex())).isEqualTo(hash);
    assertThat(Pdq.ofHex(hash.hex().toUpperCase())).isEqualTo(hash);
  }

  @Test
  void distanceCountsTheDifferingBits() {
    Pdq zero = Pdq.ofWords(0, 0, 0, 0);
    Pdq some = Pdq.ofWords(0b1011, 0, 1L << 63, -1L);
    assertThat(zero.distance(zero)).isZero();
    assertThat(zero.distance(some)).isEqualTo(3 + 1 + 64);
    assertThat(some.distance(zero)).isEqualTo(zero.distance(some));
    assertThat(some.bit(0)).isTrue();
    assertThat(some.bit(2)).isFalse();
    assertThat(some.bit(191)).isTrue();
  }

  @Test
  void hexOfTheWrongLengthOrWithOtherCharactersIsRefusedWithAReason() {
    assertThatThrownBy(() -> Pdq.ofHex("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 hexadecimal digits, not 3 characters");
    assertThatThrownBy(() -> Pdq.ofHex("g".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 'g'");
    assertThatThrownBy(() -> Pdq.ofHex(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
