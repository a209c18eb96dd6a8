package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties of the images cell over arbitrary text. jqwik prints the seed of any failing case. */
class ImageNamesProperties {

  @Property
  void anyCellIsReadOrRefusedWithAMessageNeverAnotherError(
      @ForAll @StringLength(max = 300) String cell) {
    try {
      List<String> names = ImageNames.ofCell(cell);
      assertThat(names).hasSizeLessThanOrEqualTo(ImageNames.MAX_IMAGES);
      assertThat(names).allSatisfy(n -> assertThat(n).isNotBlank().doesNotContain("|"));
      assertThat(names).noneMatch(ImageNames::isUrl);
    } catch (InvalidValue e) {
      assertThat(e.field()).isEqualTo("images");
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property
  void aUrlAmongLocalNamesIsAlwaysRefused(
      @ForAll("localNames") String before, @ForAll("urls") String url) {
    assertThatThrownBy(() -> ImageNames.ofCell(before + "|" + url))
        .isInstanceOf(InvalidValue.class)
        .hasMessageContaining("is a URL");
  }

  @Provide
  Arbitrary<String> localNames() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(12)
        .map(s -> "shots/" + s + ".jpg");
  }

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTPS", "ftp", "file", "s3");
    Arbitrary<String> host =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    return Combinators.combine(scheme, host).as((s, h) -> s + "://" + h + ".example/a.jpg");
  }
}
