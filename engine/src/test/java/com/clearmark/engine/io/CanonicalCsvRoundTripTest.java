package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.listing.Listing;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class CanonicalCsvRoundTripTest {

  private static final String HEADER =
      "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,"
          + "marketplace";

  /** One row as written; text values may hold anything a seller might type. */
  record Row(
      String sku,
      String title,
      String brand,
      List<String> bullets,
      String description,
      String searchTerms,
      BigDecimal price,
      String category) {

    List<String> cells() {
      return List.of(
          sku,
          "",
          title,
          brand,
          String.join("|", bullets),
          description,
          searchTerms,
          price.toPlainString(),
          "",
          category,
          "");
    }
  }

  @Property(tries = 300)
  void quotedCsvValuesAreReadBackUnchanged(@ForAll("rows") @Size(min = 1, max = 6) List<Row> rows)
      throws IOException {
    Path file = Files.createTempFile("round-trip", ".csv");
    try {
      Files.writeString(file, csv(rows), StandardCharsets.UTF_8);
      List<InputProblem> problems = new ArrayList<>();
      List<Listing> listings = new ArrayList<>();
      try (ListingReader reader = ListingReader.open(file, null, true, problems::add)) {
        assertThat(reader.format()).isEqualTo(ListingFormat.CANONICAL_CSV);
        reader.forEachRemaining(listings::add);
      }

      assertThat(problems).isEmpty();
      assertThat(listings).hasSameSizeAs(rows);
      long line = 2;
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        Listing listing = listings.get(i);
        assertThat(listing.sku()).isEqualTo(row.sku().strip());
        assertThat(listing.title()).isEqualTo(row.title().strip());
        assertThat(listing.brand()).isEqualTo(row.brand().strip());
        assertThat(listing.bulletPoints())
            .isEqualTo(
                row.bullets().stream().map(String::strip).filter(b -> !b.isEmpty()).toList());
        assertThat(listing.description()).isEqualTo(row.description().strip());
        assertThat(listing.searchTerms()).isEqualTo(row.searchTerms().strip());
        assertThat(listing.price()).isEqualByComparingTo(row.price());
        assertThat(listing.category()).isEqualTo(row.category().strip());
        assertThat(listing.row()).isEqualTo(i + 1);
        assertThat(listing.line()).isEqualTo(line);
        line += 1 + row.cells().stream().mapToLong(c -> lineBreaks(c)).sum();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> text = text(true);
    return Combinators.combine(
            Arbitraries.integers().between(1, 9999).map(n -> "SKU-" + n),
            text,
            text,
            text(false).list().ofMaxSize(5),
            text,
            text,
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(2),
            text)
        .as(Row::new)
        .list();
  }

  /**
   * Strings built from pieces that trouble CSV readers; bullets cannot hold the bullet separator.
   */
  private static Arbitrary<String> text(boolean mayHoldBar) {
    List<String> pieces =
        new ArrayList<>(
            Arrays.asList(
                "a", "Z", "7", " ", ",", "\"", "\"\"", "\t", "\n", "\r\n", "\r", "é", "€", "中",
                "😀", "\u00A0", "'", ";", "\\", "{", "<b>"));
    if (mayHoldBar) {
      pieces.add("|");
    }
    return Arbitraries.of(pieces).list().ofMaxSize(12).map(p -> String.join("", p));
  }

  private static String csv(List<Row> rows) {
    return Stream.concat(
            Stream.of(HEADER),
            rows.stream()
                .map(
                    r ->
                        r.cells().stream()
                            .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                            .collect(Collectors.joining(","))))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private static long lineBreaks(String text) {
    long breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }
}
