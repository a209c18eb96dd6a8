package com.clearmark.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignatureTest {

  private final Signature jacket =
      MinHasher.standard().sign("Altura Summit Waterproof Hiking Jacket with taped seams");

  @Test
  void encodedSignatureDecodesToTheSameSignature() {
    String encoded = jacket.encoded();

    assertThat(encoded.length()).isLessThan(Signature.MAX_ENCODED_CHARS).isEqualTo(684);
    assertThat(Signature.decode(encoded)).isEqualTo(jacket);
    assertThat(Signature.decode(encoded).similarity(jacket)).isEqualTo(1.0);
  }

  @Test
  void emptySignatureEncodesAsEmptyTextAndIsLikeNothing() {
    assertThat(Signature.empty().encoded()).isEmpty();
    assertThat(Signature.decode("")).isEqualTo(Signature.empty());
    assertThat(Signature.empty().similarity(Signature.empty())).isZero();
    assertThat(jacket.similarity(Signature.empty())).isZero();
  }

  @Test
  void similarityIsTheFractionOfEqualSlots() {
    Signature a = Signature.of(new int[] {1, 2, 3, 4});
    Signature b = Signature.of(new int[] {1, 2, 9, 9});

    assertThat(a.similarity(b)).isEqualTo(0.5);
  }

  @Test
  void slotsAreCopiedSoTheSignatureCannotChange() {
    int[] slots = {1, 2, 3};
    Signature signature = Signature.of(slots);
    slots[0] = 7;

    assertThat(signature.slot(0)).isEqualTo(1);
  }

  @Test
  void damagedEncodingsAreRefusedWithAReason() {
    assertThatThrownBy(() -> Signature.decode("not base64!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an encoded signature");
    assertThatThrownBy(() -> Signature.decode("AAE="))
        .hasMessageContaining("not a whole number of slots");
    assertThatThrownBy(() -> Signature.decode("A".repeat(2004)))
        .hasMessageContaining("at most 2000 characters");
  }

  @Test
  void signaturesOfDifferentSizesDoNotCompare() {
    assertThatThrownBy(() -> jacket.similarity(Signature.of(new int[] {1})))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
