package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.resource;
import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapturedListingReaderTest {

  private static final String HEADER =
      "marketplace,listing_id,seller_id,seller_name,price,currency,captured_at,available,title\n";

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  private List<CapturedListing> read(Path file) {
    return CapturedListingReader.read(file, file.getFileName().toString(), false, problems::add);
  }

  @Test
  void capturedListingsAreReadWithTheirSellerAndCaptureTime() {
    List<CapturedListing> rows = read(resource("captured-listings.csv"));

    assertThat(rows).hasSize(3);
    CapturedListing peakDeals = rows.get(0);
    assertThat(peakDeals.line()).isEqualTo(2);
    assertThat(peakDeals.marketplace()).isEqualTo("amazon.com");
    assertThat(peakDeals.listingId()).isEqualTo("B0CAPT0001");
    assertThat(peakDeals.sellerName()).isEqualTo("PeakDeals Store");
    assertThat(peakDeals.sellerAddress()).isEqualTo("Unit 5, 88 Harbour Road, Shenzhen");
    assertThat(peakDeals.sellerPhone()).isEqualTo("+1 (415) 555-0142");
    assertThat(peakDeals.sellerEmail()).isEqualTo("peakdeals.shop@gmail.com");
    assertThat(peakDeals.price()).isEqualByComparingTo("24.99");
    assertThat(peakDeals.currency()).isEqualTo("USD");
    assertThat(peakDeals.capturedAt()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
    assertThat(peakDeals.available()).isTrue();
    assertThat(peakDeals.bulletPoints())
        .containsExactly("Same look as the original", "Waterproof coating", "Fast shipping");
    assertThat(peakDeals.text())
        .startsWith("Altura Summit Replica Waterproof Hiking Jacket\nAltura\nSame look");

    CapturedListing ebay = rows.get(1);
    assertThat(ebay.capturedAt()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    assertThat(ebay.available()).isFalse();
    assertThat(ebay.price()).isNull();
    assertThat(rows.get(2).line()).isEqualTo(5);
    assertThat(rows.get(2).capturedAt()).isEqualTo(Instant.parse("2026-11-22T02:00:00Z"));
  }

  @Test
  void rowWithAStrayExtraColumnIsReportedByItsLine() {
    List<CapturedListing> rows = read(resource("captured-listings.csv"));

    assertThat(rows).extracting(CapturedListing::listingId).doesNotContain("B0CAPT0003");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message()).contains("19 fields but the header has 18 columns");
              assertThat(p.toString()).startsWith("captured-listings.csv:4: ");
            });
  }

  @Test
  void badValuesAreReportedWithLineAndField() {
    Path file =
        write(
            dir,
            "captures.csv",
            HEADER
                + "amazon.com,B01,S1,Shop,cheap,USD,2026-11-20,true,Kite\n"
                + "amazon.com,B02,S1,Shop,5,USD,yesterday,true,Kite\n"
                + "amazon.com,B03,S1,Shop,5,USD,2026-11-20,maybe,Kite\n"
                + "amazon.com,,S1,Shop,5,USD,2026-11-20,true,Kite\n"
                + ",B05,S1,Shop,5,USD,2026-11-20,true,Kite\n"
                + "amazon.com,B06,S1,Shop,5,USD,2026-11-20,true,\n"
                + "amazon.com,B07,S1,Shop,-5,USD,2026-11-20,true,Kite\n"
                + "amazon.com,B08,S1,Shop,5,dollars,2026-11-20,true,Kite\n"
                + "amazon.com,B09,S1,"
                + "x".repeat(301)
                + ",5,USD,2026-11-20,true,Kite\n"
                + "amazon.com,B10,S1,Shop,5.999,USD,2026-11-20,true,Kite\n"
                + "amazon.com,B11,S1,Shop,5,USD,2026-11-20,true,Kite\n");

    List<CapturedListing> rows = read(file);

    assertThat(rows).extracting(CapturedListing::listingId).containsExactly("B11");
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(
            tuple(2L, "price"),
            tuple(3L, "captured_at"),
            tuple(4L, "available"),
            tuple(5L, "listing_id"),
            tuple(6L, "marketplace"),
            tuple(7L, "title"),
            tuple(8L, "price"),
            tuple(9L, "currency"),
            tuple(10L, "seller_name"),
            tuple(11L, "price"));
    assertThat(problems.get(8).message()).contains("301 characters, more than the 300 allowed");
  }

  @Test
  void aListingAddressThatIsNotAWebAddressIsRefused() {
    Path file =
        write(
            dir,
            "urls.csv",
            "marketplace,listing_id,url,captured_at,title\n"
                + "amazon.com,B01,javascript:alert(1),2026-11-20,Kite\n"
                + "amazon.com,B02,HTTPS://www.amazon.com/dp/B02,2026-11-20,Kite\n"
                + "amazon.com,B03,,2026-11-20,Kite\n");

    List<CapturedListing> rows = read(file);

    assertThat(rows).extracting(CapturedListing::listingId).containsExactly("B02", "B03");
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(tuple(2L, "url"));
    assertThat(problems.get(0).message()).contains("not a web address");
  }

  @Test
  void strictReadingStopsAtTheFirstBadRow() {
    Path file = write(dir, "strict.csv", HEADER + "amazon.com,B01,S1,Shop,5,USD,soon,true,Kite\n");

    assertThatThrownBy(() -> CapturedListingReader.read(file, "strict.csv", true, problems::add))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "strict.csv:2: captured_at: \"soon\" is not a time; write an ISO instant such as"
                + " 2026-11-20T09:30:00Z or a date such as 2026-11-20");
  }

  @Test
  void asinOrItemNumberColumnStandsForTheListingId() {
    Path file =
        write(
            dir,
            "ebay.csv",
            "Marketplace,Item_Number,Captured_At,Title,Bullet_Point1,Bullet_Point2\n"
                + "ebay.de,1234567890,2026-11-20,Bergwelt Wanderjacke,Wasserdicht,Leicht\n");

    List<CapturedListing> rows = read(file);

    assertThat(problems).isEmpty();
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.listingId()).isEqualTo("1234567890");
              assertThat(row.bulletPoints()).containsExactly("Wasserdicht", "Leicht");
            });
  }

  @Test
  void fileWithoutARequiredColumnIsRefusedNamingIt() {
    Path file = write(dir, "nodate.csv", "marketplace,listing_id,title\namazon.com,B01,Kite\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .satisfies(
            e -> {
              InputProblem p = ((InputException) e).problem();
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("captured_at");
            });
    Path noId = write(dir, "noid.csv", "marketplace,captured_at,title\namazon.com,2026-11-20,K\n");
    assertThatThrownBy(() -> read(noId)).hasMessageContaining("\"listing_id\"");
  }

  @Test
  void jsonLinesUseTheSameKeys() {
    Path file =
        write(
            dir,
            "captures.jsonl",
            "{\"marketplace\":\"amazon.com\",\"asin\":\"B0J1\",\"captured_at\":\"2026-11-20T09:30:00Z\","
                + "\"title\":\"Altura Summit jacket\",\"price\":24.99,\"available\":false,"
                + "\"bullet_points\":[\"Waterproof\",\"Light\"],\"seller_phone\":\"415.555.0142\"}\n"
                + "\n"
                + "{\"marketplace\":\"amazon.com\",\"asin\":\"B0J2\",\"title\":\"Kite\"}\n"
                + "{\"marketplace\":\"amazon.com\",\"asin\":\"B0J3\",\"captured_at\":\"2026-11-20\",\n"
                + "[1,2]\n");

    List<CapturedListing> rows = read(file);

    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.line()).isEqualTo(1);
              assertThat(row.price()).isEqualTo(new BigDecimal("24.99"));
              assertThat(row.available()).isFalse();
              assertThat(row.bulletPoints()).containsExactly("Waterproof", "Light");
              assertThat(row.sellerPhone()).isEqualTo("415.555.0142");
            });
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(tuple(3L, "captured_at"), tuple(4L, ""), tuple(5L, ""));
  }

  @Test
  void emptyAndMissingFilesAreRefused() {
    Path empty = write(dir, "empty.csv", "  \n");

    assertThatThrownBy(() -> read(empty)).hasMessage("empty.csv: the file is empty");
    assertThatThrownBy(() -> read(dir.resolve("gone.csv"))).hasMessageContaining("file not found");
  }

  @Test
  void capturedListingBuiltInCodeIsValidatedToo() {
    assertThatThrownBy(
            () ->
                new CapturedListing(
                    0,
                    "amazon.com",
                    "B01",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "not-an-email",
                    null,
                    "",
                    Instant.parse("2026-11-20T00:00:00Z"),
                    true,
                    "Kite",
                    "",
                    List.of(),
                    "",
                    "",
                    ""))
        .isInstanceOfSatisfying(
            CapturedListing.InvalidField.class,
            e -> assertThat(e.field()).isEqualTo("seller_email"));
  }
}
