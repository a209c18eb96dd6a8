package com.clearmark.engine.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.text.Tokenizer;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private static final String JACKET =
      "Altura Summit Waterproof Hiking Jacket, Men's. Three-layer waterproof shell with taped"
          + " seams. Pit zips and an adjustable storm hood. Packs into its own chest pocket. The"
          + " Altura Summit jacket for wet days on the trail.";

  private final MinHasher hasher = MinHasher.standard();

  @Test
  void standardHasherSignsWith128Slots() {
    Signature signature = hasher.sign(JACKET);

    assertThat(signature.size()).isEqualTo(128);
    assertThat(signature.isEmpty()).isFalse();
  }

  @Test
  void sameTextGivesSameSignatureEveryTime() {
    assertThat(hasher.sign(JACKET)).isEqualTo(hasher.sign(JACKET));
    assertThat(MinHasher.of(128, MinHasher.STANDARD_SEED).sign(JACKET))
        .isEqualTo(hasher.sign(JACKET));
  }

  @Test
  void caseAccentsPunctuationAndFullWidthLettersDoNotChangeTheSignature() {
    Signature plain = hasher.sign("altura summit waterproof hiking jacket men");
    Signature written = hasher.sign("ALTURA — Summit, Wäterproof  Hiking Ｊacket (Men's)");

    assertThat(written.similarity(plain)).isEqualTo(1.0);
  }

  @Test
  void relistedTextWithSmallEditsStaysVerySimilar() {
    String relisted =
        JACKET.replace("Pit zips", "Underarm zips").replace("wet days", "rainy days")
            + " Fast shipping.";

    assertThat(hasher.sign(relisted).similarity(hasher.sign(JACKET))).isGreaterThan(0.6);
  }

  @Test
  void unrelatedListingsAreNotSimilar() {
    Signature lamp =
        hasher.sign(
            "Glowhaus LED desk lamp with three colour temperatures, a USB charging port and a"
                + " touch dimmer. Folds flat for travel.");

    assertThat(lamp.similarity(hasher.sign(JACKET))).isLessThan(0.1);
  }

  @Test
  void textsOfOneOrTwoWordsStillHaveASignature() {
    assertThat(hasher.sign("Altura").isEmpty()).isFalse();
    assertThat(hasher.sign("Altura Summit").similarity(hasher.sign("altura summit")))
        .isEqualTo(1.0);
    assertThat(hasher.sign("Altura Summit").similarity(hasher.sign("Altura"))).isLessThan(0.1);
  }

  @Test
  void textWithoutWordsHasTheEmptySignature() {
    assertThat(hasher.sign("").isEmpty()).isTrue();
    assertThat(hasher.sign(" -- !! ").isEmpty()).isTrue();
    assertThat(hasher.sign(null)).isEqualTo(Signature.empty());
  }

  @Test
  void estimatedSimilarityFollowsTheShingleOverlap() {
    // 40 distinct words give 38 shingles; sharing the first 30 words shares 28 shingles, and the
    // union holds 38 + 10 = 48, so the Jaccard similarity is 28 / 48 = 0.58.
    var a = new StringBuilder();
    var b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      a.append("w").append(i).append(' ');
      b.append(i < 30 ? "w" + i : "x" + i).append(' ');
    }
    double estimate = hasher.sign(a).similarity(hasher.sign(b));

    assertThat(estimate).isBetween(0.58 - 0.15, 0.58 + 0.15);
  }

  @Test
  void signingTheShinglesOfATextGivesTheTextsSignature() {
    Tokenizer tokens = new Tokenizer();
    long[] shingles = new long[100];
    for (String text : new String[] {JACKET, "Altura", "Altura Summit"}) {
      tokens.reset(text);
      int count = MinHasher.shingles(tokens, shingles);

      assertThat(hasher.sign(shingles, 0, count)).isEqualTo(hasher.sign(text));
    }
    assertThat(hasher.sign(shingles, 3, 3).isEmpty()).isTrue();
  }

  @Test
  void aWindowOfShinglesIsSignedLikeTheWordsItCovers() {
    Tokenizer tokens = new Tokenizer();
    long[] shingles = new long[100];
    tokens.reset(JACKET);
    MinHasher.shingles(tokens, shingles);

    // Shingles 4 to 9 cover words 4 to 11.
    String words = JACKET.substring(tokens.start(4), tokens.end(11));
    assertThat(hasher.sign(shingles, 4, 10)).isEqualTo(hasher.sign(words));
  }
}
