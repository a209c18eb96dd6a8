package com.clearmark.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Properties of signatures over arbitrary text. jqwik prints the seed of any failing case. */
class SignatureProperties {

  @Property
  void everySignatureSurvivesEncoding(@ForAll @StringLength(max = 400) String text) {
    Signature signature = MinHasher.standard().sign(text);

    assertThat(Signature.decode(signature.encoded())).isEqualTo(signature);
    assertThat(signature.encoded().length()).isLessThan(Signature.MAX_ENCODED_CHARS);
  }

  @Property
  void similarityIsSymmetricAndBetweenZeroAndOne(
      @ForAll @StringLength(max = 200) String a, @ForAll @StringLength(max = 200) String b) {
    Signature x = MinHasher.standard().sign(a);
    Signature y = MinHasher.standard().sign(b);

    assertThat(x.similarity(y)).isEqualTo(y.similarity(x)).isBetween(0.0, 1.0);
    assertThat(x.similarity(x)).isEqualTo(x.isEmpty() ? 0.0 : 1.0);
  }
}
