package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingImagesColumnTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  private List<Listing> read(Path file) {
    try (ListingReader reader = ListingReader.open(file, null, false, problems::add)) {
      List<Listing> listings = new ArrayList<>();
      reader.forEachRemaining(listings::add);
      return listings;
    }
  }

  @Test
  void canonicalCsvImagesAreLocalNamesSeparatedByBars() {
    Path file =
        write(
            dir,
            "listings.csv",
            "sku,title,images\n"
                + "BTL-1,Trail bottle,\"photos/front.jpg | photos/side view.png||\"\n"
                + "BTL-2,Trail bottle lid,\n");

    List<Listing> listings = read(file);

    assertThat(problems).isEmpty();
    assertThat(listings.get(0).images())
        .containsExactly("photos/front.jpg", "photos/side view.png");
    assertThat(listings.get(1).images()).isEmpty();
  }

  @Test
  void jsonLinesImagesAreAnArrayOrABarSeparatedString() {
    Path file =
        write(
            dir,
            "listings.jsonl",
            "{\"sku\":\"BTL-1\",\"title\":\"Trail bottle\",\"images\":[\"front.jpg\",null,\"lid.png\"]}\n"
                + "{\"sku\":\"BTL-2\",\"title\":\"Trail lid\",\"images\":\"a.jpg|b.jpg\"}\n");

    List<Listing> listings = read(file);

    assertThat(problems).isEmpty();
    assertThat(listings.get(0).images()).containsExactly("front.jpg", "lid.png");
    assertThat(listings.get(1).images()).containsExactly("a.jpg", "b.jpg");
  }

  @Test
  void aUrlIsRefusedNamingTheFileLineAndFieldAndTheRowIsSkipped() {
    Path file =
        write(
            dir,
            "listings.csv",
            "sku,title,images\n"
                + "BTL-1,Trail bottle,front.jpg|https://images.example.com/I/71abc.jpg\n"
                + "BTL-2,Trail lid,lid.jpg\n");

    List<Listing> listings = read(file);

    assertThat(listings).extracting(Listing::sku).containsExactly("BTL-2");
    assertThat(problems).hasSize(1);
    InputProblem p = problems.get(0);
    assertThat(p.file()).isEqualTo(file.toString());
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.field()).isEqualTo("images");
    assertThat(p.message())
        .contains("image 2 is a URL", "never downloads images", "local name or path");
  }

  @Test
  void everyKindOfUrlIsRefusedInJsonLinesToo() {
    for (String url :
        List.of(
            "http://shop.example/a.jpg",
            "FTP://files.example/a.jpg",
            "file:///home/seller/a.jpg",
            "www.example.com/a.jpg")) {
      problems.clear();
      Path file =
          write(
              dir,
              "listings.jsonl",
              "{\"sku\":\"BTL-1\",\"title\":\"Trail bottle\",\"images\":[\"" + url + "\"]}\n");

      assertThat(read(file)).as(url).isEmpty();
      assertThat(problems)
          .as(url)
          .singleElement()
          .extracting(InputProblem::field)
          .isEqualTo("images");
    }
  }

  @Test
  void windowsPathsAndColonsInNamesAreNotUrls() {
    assertThat(ImageNames.isUrl("C:\\Users\\seller\\front.jpg")).isFalse();
    assertThat(ImageNames.isUrl("shots/front: matte.jpg")).isFalse();
    assertThat(ImageNames.isUrl("../a://b.jpg")).isFalse();
    assertThat(ImageNames.isUrl("s3://bucket/a.jpg")).isTrue();
  }

  @Test
  void tooManyImagesOrTooLongANameIsARowProblem() {
    String many =
        String.join("|", java.util.Collections.nCopies(ImageNames.MAX_IMAGES + 1, "a.jpg"));
    String longName = "x".repeat(ImageNames.MAX_NAME_CHARS + 1) + ".jpg";
    Path file =
        write(
            dir,
            "listings.csv",
            "sku,title,images\nA,Bottle," + many + "\nB,Lid," + longName + "\nC,Strap,strap.jpg\n");

    List<Listing> listings = read(file);

    assertThat(listings).extracting(Listing::sku).containsExactly("C");
    assertThat(problems).extracting(InputProblem::line).containsExactly(2L, 3L);
    assertThat(problems.get(0).message()).contains("more than 20 images");
    assertThat(problems.get(1).message()).contains("at most 1000");
  }

  @Test
  void imagesOfTheWrongJsonKindAreReported() {
    Path file =
        write(
            dir,
            "listings.jsonl",
            "{\"sku\":\"A\",\"title\":\"Bottle\",\"images\":[{\"url\":\"a.jpg\"}]}\n"
                + "{\"sku\":\"B\",\"title\":\"Lid\",\"images\":7}\n");

    assertThat(read(file)).isEmpty();
    assertThat(problems).extracting(InputProblem::field).containsExactly("images", "images");
  }
}
