package com.clearmark.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageHashesTest {

  private static final ImageHashes BOTTLE = ImageHasher.hash(ProductPhotos.photo(16));

  @Test
  void encodedHashesReadBackEqualAndFitInTwoThousandCharacters() {
    String text = BOTTLE.encoded();
    assertThat(text).startsWith("pdq1:").hasSizeLessThan(2000);
    assertThat(text.length()).isLessThanOrEqualTo(ImageHashes.MAX_ENCODED_LENGTH);
    assertThat(ImageHashes.decode(text)).isEqualTo(BOTTLE);
  }

  @Test
  void hashesWithoutWindowsEncodeToo() {
    var plain = new ImageHashes(7L, BOTTLE.pdq(), 80, List.of(), BOTTLE.mirror());
    assertThat(ImageHashes.decode(plain.encoded())).isEqualTo(plain);
  }

  @Test
  void malformedTextIsRefusedSayingWhatIsWrong() {
    String text = BOTTLE.encoded();
    assertThatThrownBy(() -> ImageHashes.decode("md5:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start with \"pdq1:\"");
    assertThatThrownBy(() -> ImageHashes.decode(text.substring(0, 300)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sub-windows");
    assertThatThrownBy(() -> ImageHashes.decode("pdq1:AAAA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut short");
    assertThatThrownBy(() -> ImageHashes.decode("pdq1:!!!!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Base64");
    assertThatThrownBy(() -> ImageHashes.decode(text + "A".repeat(2000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
    assertThatThrownBy(() -> ImageHashes.decode(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQualityOutsideZeroToHundredOrAPartialWindowSetIsRefused() {
    assertThatThrownBy(() -> new ImageHashes(0, BOTTLE.pdq(), 101, List.of(), BOTTLE.mirror()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ImageHashes(0, BOTTLE.pdq(), 50, List.of(BOTTLE.pdq()), BOTTLE.mirror()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("44");
  }
}
