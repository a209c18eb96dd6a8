package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text a listing holds (tabs, quotes, line breaks), the flat file written for it reads
 * back as the same listing. jqwik prints the seed of any failing case.
 */
class FlatFileRoundTripProperties {

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars("ab Zé\t\n\r\",|;'").ofMaxLength(30).map(String::strip);
  }

  @Property(tries = 200)
  void writtenListingReadsBackTheSame(
      @ForAll("text") String title, @ForAll("text") String description, @ForAll("text") String b)
      throws IOException {
    Listing written =
        Listing.builder()
            .sku("SKU-1")
            .title(title)
            .description(description)
            .bulletPoints(b, "second")
            .searchTerms(b)
            .build();
    Path file = Files.createTempFile("flat", ".txt");
    try {
      FlatFileWriter.write(List.of(written), file);
      List<Listing> read = new ArrayList<>();
      try (var reader = ListingReader.open(file, null, true, p -> {})) {
        reader.forEachRemaining(read::add);
      }
      assertThat(read).hasSize(1);
      Listing back = read.get(0);
      assertThat(back.title()).isEqualTo(written.title());
      assertThat(back.description()).isEqualTo(written.description());
      assertThat(back.bulletPoints()).isEqualTo(written.bulletPoints());
      assertThat(back.searchTerms()).isEqualTo(written.searchTerms());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
