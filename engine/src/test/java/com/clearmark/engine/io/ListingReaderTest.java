package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.resource;
import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListingReaderTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  private List<Listing> readAll(Path file) {
    return readAll(file, null);
  }

  private List<Listing> readAll(Path file, Charset encoding) {
    try (ListingReader reader = ListingReader.open(file, encoding, false, problems::add)) {
      List<Listing> listings = new ArrayList<>();
      reader.forEachRemaining(listings::add);
      return listings;
    }
  }

  private ListingFormat formatOf(Path file) {
    try (ListingReader reader = ListingReader.open(file, null, false, problems::add)) {
      return reader.format();
    }
  }

  @Test
  void allListingsReportWith29ColumnsIsDetectedAndMapped() {
    Path file = resource("all-listings-29.tsv");

    List<Listing> listings = readAll(file);

    assertThat(formatOf(file)).isEqualTo(ListingFormat.ALL_LISTINGS_REPORT);
    assertThat(problems).isEmpty();
    assertThat(listings).hasSize(3);
    Listing socks = listings.get(0);
    assertThat(socks.title()).isEqualTo("Merino Wool Hiking Socks, 3 Pairs");
    assertThat(socks.description()).isEqualTo("Cushioned socks for long walks");
    assertThat(socks.sku()).isEqualTo("SOCK-3PK-GRY");
    assertThat(socks.asin()).isEqualTo("B0TESTSOCK");
    assertThat(socks.price()).isEqualByComparingTo("14.95");
    assertThat(socks.category()).isEqualTo("Sports");
    assertThat(socks.brand()).isEmpty();
    assertThat(socks.row()).isEqualTo(1);
    assertThat(socks.line()).isEqualTo(2);
    assertThat(listings).extracting(Listing::line).containsExactly(2L, 3L, 4L);
  }

  @Test
  void allListingsReportTakesTheAsinFromProductIdWhenItsTypeIsAsin() {
    List<Listing> listings = readAll(resource("all-listings-29.tsv"));

    assertThat(listings.get(1).asin()).isEqualTo("B0TESTMUG1");
    assertThat(listings.get(2).asin()).as("product-id-type 4 is an EAN, not an ASIN").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"all-listings-27.tsv", "all-listings-31.tsv", "all-listings-47.tsv"})
  void allListingsReportOfEveryKnownWidthIsDetectedAndMapped(String name) {
    Path file = resource(name);

    List<Listing> listings = readAll(file);

    assertThat(formatOf(file)).isEqualTo(ListingFormat.ALL_LISTINGS_REPORT);
    assertThat(problems).isEmpty();
    assertThat(listings).hasSize(2);
    assertThat(listings.get(0).sku()).isEqualTo("SOCK-3PK-GRY");
    assertThat(listings.get(0).price()).isEqualByComparingTo("14.95");
  }

  @Test
  void allListingsReportWith47ColumnsIgnoresBusinessPriceColumns() {
    Listing socks = readAll(resource("all-listings-47.tsv")).get(0);

    assertThat(socks.price()).isEqualByComparingTo("14.95");
    assertThat(socks.title()).isEqualTo("Merino Wool Hiking Socks, 3 Pairs");
  }

  @Test
  void allListingsReportRowsShorterThanTheHeaderAreRead() {
    List<Listing> listings = readAll(resource("all-listings-31.tsv"));

    assertThat(problems).isEmpty();
    assertThat(listings).extracting(Listing::sku).containsExactly("SOCK-3PK-GRY", "MUG-350-BLU");
  }

  @Test
  void categoryFlatFileWithThreeHeaderRowsIsDetectedAndMapped() {
    Path file = resource("flat-file-toys.txt");

    List<Listing> listings = readAll(file);

    assertThat(formatOf(file)).isEqualTo(ListingFormat.CATEGORY_FLAT_FILE);
    assertThat(problems).isEmpty();
    assertThat(listings).hasSize(2);
    Listing kite = listings.get(0);
    assertThat(kite.brand()).isEqualTo("Skyward Toys");
    assertThat(kite.title()).isEqualTo("Skyward Delta Kite for Kids");
    assertThat(kite.sku()).isEqualTo("KITE-DLT-01");
    assertThat(kite.asin()).isEqualTo("B0TESTKITE");
    assertThat(kite.bulletPoints())
        .containsExactly("Ripstop nylon sail", "Fibreglass spars", "30 m line included");
    assertThat(kite.description()).isEqualTo("A stable delta kite that flies in light wind.");
    assertThat(kite.searchTerms()).isEqualTo("kite beach outdoor toy");
    assertThat(kite.price()).isEqualByComparingTo("24.99");
    assertThat(kite.currency()).isEqualTo("USD");
    assertThat(kite.category()).isEqualTo("toy");
    assertThat(kite.row()).isEqualTo(1);
    assertThat(kite.line()).isEqualTo(4);
  }

  @Test
  void categoryFlatFileIgnoresProductIdsThatAreNotAsinsAndFallsBackToItemType() {
    Listing yoyo = readAll(resource("flat-file-toys.txt")).get(1);

    assertThat(yoyo.asin()).isEmpty();
    assertThat(yoyo.category()).isEqualTo("yo-yos");
    assertThat(yoyo.line()).isEqualTo(5);
  }

  @Test
  void categoryFlatFileWithFieldNamesFirstAndNumberedKeywordsIsRead() {
    Path file = resource("flat-file-numbered-keywords.csv");

    List<Listing> listings = readAll(file);

    assertThat(formatOf(file)).isEqualTo(ListingFormat.CATEGORY_FLAT_FILE);
    assertThat(listings).hasSize(1);
    assertThat(listings.get(0).title()).isEqualTo("Glowhaus Desk Lamp, LED");
    assertThat(listings.get(0).searchTerms()).isEqualTo("desk lamp reading light");
    assertThat(listings.get(0).category()).isEqualTo("lighting");
    assertThat(listings.get(0).line()).isEqualTo(2);
  }

  @Test
  void categoryFlatFileWithFieldNamesOnTheSecondRowIsRead() {
    Path file =
        write(
            dir,
            "flat.txt",
            "Product Name\tSeller SKU\nitem_name\titem_sku\nCedar Birdhouse\tBIRD-1\n");

    List<Listing> listings = readAll(file);

    assertThat(formatOf(file)).isEqualTo(ListingFormat.CATEGORY_FLAT_FILE);
    assertThat(listings).singleElement().extracting(Listing::title).isEqualTo("Cedar Birdhouse");
    assertThat(listings.get(0).line()).isEqualTo(3);
  }

  @Test
  void canonicalCsvIsDetectedAndMappedWithQuotedFields() {
    Path file = resource("canonical.csv");

    List<Listing> listings = readAll(file);

    assertThat(formatOf(file)).isEqualTo(ListingFormat.CANONICAL_CSV);
    assertThat(problems).isEmpty();
    assertThat(listings).hasSize(2);
    Listing bottle = listings.get(0);
    assertThat(bottle.sku()).isEqualTo("BOTTLE-1");
    assertThat(bottle.asin()).isEqualTo("B0TESTBTL1");
    assertThat(bottle.brand()).isEqualTo("Peakflask");
    assertThat(bottle.bulletPoints()).containsExactly("Keeps drinks cold 24 h", "Leak-proof lid");
    assertThat(bottle.description())
        .isEqualTo("Double-walled bottle.\nDishwasher safe, \"top rack\" only.");
    assertThat(bottle.searchTerms()).isEqualTo("water bottle flask");
    assertThat(bottle.price()).isEqualByComparingTo("21.90");
    assertThat(bottle.currency()).isEqualTo("EUR");
    assertThat(bottle.category()).isEqualTo("Kitchen");
    assertThat(bottle.marketplace()).isEqualTo("amazon.de");
    Listing kids = listings.get(1);
    assertThat(kids.title()).isEqualTo("Kids' Bottle, 400 ml");
    assertThat(kids.bulletPoints()).isEmpty();
    assertThat(kids.row()).isEqualTo(2);
    assertThat(kids.line()).as("the first row spans lines 2 and 3").isEqualTo(4);
  }

  @Test
  void canonicalJsonLinesAreDetectedAndMapped() {
    Path file = resource("canonical.jsonl");

    List<Listing> listings = readAll(file);

    assertThat(formatOf(file)).isEqualTo(ListingFormat.CANONICAL_JSONL);
    assertThat(problems).isEmpty();
    assertThat(listings).hasSize(2);
    Listing tent = listings.get(0);
    assertThat(tent.sku()).isEqualTo("TENT-2P");
    assertThat(tent.asin()).isEqualTo("B0TESTTENT");
    assertThat(tent.title()).isEqualTo("Two-Person Dome Tent");
    assertThat(tent.brand()).isEqualTo("Trailnest");
    assertThat(tent.bulletPoints()).containsExactly("Sets up in 5 minutes", "3000 mm waterproof");
    assertThat(tent.description()).isEqualTo("Light tent for two.");
    assertThat(tent.searchTerms()).isEqualTo("tent camping");
    assertThat(tent.price()).isEqualTo(new BigDecimal("129.99"));
    assertThat(tent.currency()).isEqualTo("GBP");
    assertThat(tent.category()).isEqualTo("Outdoors");
    assertThat(tent.marketplace()).isEqualTo("amazon.co.uk");
    assertThat(tent.line()).isEqualTo(1);
    Listing mat = listings.get(1);
    assertThat(mat.bulletPoints()).containsExactly("Packs small", "R-value 3.2");
    assertThat(mat.price()).isEqualByComparingTo("45.00");
    assertThat(mat.row()).isEqualTo(2);
    assertThat(mat.line()).as("a blank line comes before it").isEqualTo(3);
  }

  @Test
  void formatIsToldFromTheContentNotTheFileName() {
    Path file = write(dir, "listings.tsv", "sku,title\nA-1,Garden Gloves\n");

    assertThat(formatOf(file)).isEqualTo(ListingFormat.CANONICAL_CSV);
  }

  @Test
  void utf8BomIsIgnored() {
    Path file = write(dir, "bom.csv", "\uFEFFsku,title\nA-1,Gärtner Handschuhe\n");

    List<Listing> listings = readAll(file);

    assertThat(listings).singleElement().extracting(Listing::sku).isEqualTo("A-1");
    assertThat(listings.get(0).title()).isEqualTo("Gärtner Handschuhe");
  }

  @Test
  void utf8BomIsIgnoredBeforeJsonLines() {
    Path file = write(dir, "bom.jsonl", "\uFEFF{\"sku\":\"A-1\",\"title\":\"Gloves\"}\n");

    assertThat(readAll(file)).singleElement().extracting(Listing::sku).isEqualTo("A-1");
  }

  @Test
  void windows1252TextIsReadWhenEncodingIsGiven() {
    Charset windows1252 = Charset.forName("windows-1252");
    Path file = write(dir, "excel.csv", "sku,title\nCAFE-1,Café crème – 250 g\n", windows1252);

    List<Listing> listings = readAll(file, windows1252);

    assertThat(problems).isEmpty();
    assertThat(listings).singleElement().extracting(Listing::title).isEqualTo("Café crème – 250 g");
  }

  @Test
  void crlfLineEndsAreCountedOnce() {
    Path file = write(dir, "crlf.csv", "sku,title\r\nA,One\r\nB,Two\r\n");

    assertThat(readAll(file)).extracting(Listing::line).containsExactly(2L, 3L);
  }

  @Test
  void blankRowsAndRowsOfEmptyCellsAreSkippedWithoutCounting() {
    Path file = write(dir, "blank.tsv", "item-name\tseller-sku\n\nOne\tA\n\t\nTwo\tB\n");

    List<Listing> listings = readAll(file);

    assertThat(problems).isEmpty();
    assertThat(listings).extracting(Listing::row).containsExactly(1L, 2L);
    assertThat(listings).extracting(Listing::line).containsExactly(3L, 5L);
  }

  @Test
  void headerNamesAreMatchedRegardlessOfCaseAndSpaces() {
    Path file = write(dir, "case.csv", " SKU , Title ,PRICE\nA-1,Gloves,3.50\n");

    Listing gloves = readAll(file).get(0);

    assertThat(gloves.sku()).isEqualTo("A-1");
    assertThat(gloves.price()).isEqualByComparingTo("3.50");
  }

  @Test
  void decimalCommaPricesAreRead() {
    Path file = write(dir, "de.tsv", "item-name\tseller-sku\tprice\nHandschuhe\tA-1\t12,99\n");

    assertThat(readAll(file).get(0).price()).isEqualByComparingTo("12.99");
  }

  @Test
  void extraEmptyTrailingFieldsAreTolerated() {
    Path file = write(dir, "trailing.csv", "sku,title\nA-1,Gloves,,\n");

    assertThat(readAll(file)).hasSize(1);
    assertThat(problems).isEmpty();
  }

  @Test
  void rowsAreReadOnlyAsTheCallerAsksForThem() {
    Path file = write(dir, "lazy.csv", "sku,title,price\nA,One,1\nB,Two,abc\n");

    try (ListingReader reader = ListingReader.open(file, null, true, p -> {})) {
      assertThat(reader.next().sku()).isEqualTo("A");
      assertThat(reader.problemCount()).isZero();
    }
  }
}
