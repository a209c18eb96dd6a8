package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatFileWriterTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  private List<Listing> readBack(Path file) {
    try (ListingReader reader = ListingReader.open(file, null, true, problems::add)) {
      assertThat(reader.format()).isEqualTo(ListingFormat.CATEGORY_FLAT_FILE);
      List<Listing> listings = new ArrayList<>();
      reader.forEachRemaining(listings::add);
      return listings;
    }
  }

  /** The listing as a flat file keeps it: its own line, marketplace and images are not written. */
  private static Listing kept(Listing l, long line) {
    return new Listing(
        l.row(),
        line,
        l.sku(),
        l.asin(),
        l.title(),
        l.brand(),
        l.bulletPoints(),
        l.description(),
        l.searchTerms(),
        l.price(),
        l.currency(),
        l.category(),
        "",
        List.of());
  }

  @Test
  void writtenListingsReadBackTheSame() throws IOException {
    var slides =
        Listing.builder()
            .row(1)
            .sku("FF-101")
            .asin("B0DEMO2001")
            .brand("Zorvix")
            .title("Zorvix Men's Recovery Slides, Black, Size 10")
            .bulletPoints("Thick \"cloud\" sole", "Textured footbed")
            .description("Soft slides.\nFor after workouts\tand around the house.")
            .searchTerms("recovery slides sandals")
            .price("24.99")
            .currency("USD")
            .category("shoes")
            .marketplace("US")
            .build();
    var clogs =
        Listing.builder()
            .row(2)
            .sku("FF-104")
            .title("\"Garden\" Clogs for Women")
            .bulletPoints("One", "Two", "Three", "Four", "Five")
            .build();
    Path file = dir.resolve("corrected.txt");

    FlatFileWriter.write(List.of(slides, clogs), file);

    List<Listing> read = readBack(file);
    assertThat(problems).isEmpty();
    // Three template rows, then the slides, whose description spans two lines.
    assertThat(read).containsExactly(kept(slides, 4), kept(clogs, 6));
  }

  @Test
  void fileHasTheTemplateRowsSellerCentralExpects() throws IOException {
    Path file = dir.resolve("empty.txt");
    FlatFileWriter.write(List.of(), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("TemplateType=fptcustom\t");
    assertThat(lines.get(1)).startsWith("Product Type\tSeller SKU\tBrand Name\tItem Name");
    assertThat(lines.get(2).split("\t"))
        .contains(
            "item_sku",
            "item_name",
            "brand_name",
            "bullet_point5",
            "generic_keywords",
            "update_delete");
  }

  @Test
  void bulletsPastTheFifthJoinTheFifth() throws IOException {
    var many =
        Listing.builder()
            .sku("S-1")
            .title("Lamp")
            .bulletPoints("a", "b", "c", "d", "e", "f")
            .build();
    Path file = dir.resolve("many.txt");
    FlatFileWriter.write(List.of(many), file);
    assertThat(readBack(file).get(0).bulletPoints()).containsExactly("a", "b", "c", "d", "e f");
  }

  @Test
  void everyProductRowAsksForAPartialUpdateSoOtherAttributesStay() throws IOException {
    Path file = dir.resolve("partial.txt");
    FlatFileWriter.write(List.of(Listing.builder().sku("S-1").title("Lamp").build()), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(3)).startsWith("\tS-1\t").endsWith("\tPartialUpdate");
  }
}
