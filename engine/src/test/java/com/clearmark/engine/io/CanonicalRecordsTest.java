package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalRecordsTest {

  @TempDir Path dir;

  private static Map<String, Object> charger() {
    var v = new HashMap<String, Object>();
    v.put("sku", "ZV-1001");
    v.put("asin", "B0DEMO1001");
    v.put("title", "Zorvix 65W USB C Charger, 3-Port GaN Wall Charger");
    v.put("brand", "Zorvix");
    v.put("bullet_points", List.of("65W total output", "Foldable plug"));
    v.put("price", "32.99");
    v.put("currency", "USD");
    v.put("category", "Cell Phones & Accessories");
    v.put("marketplace", "US");
    v.put("images", List.of("shots/front.jpg"));
    return v;
  }

  @Test
  void aRecordIsTheListingTheCanonicalCsvRowWouldBe() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("c.csv"),
            "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,"
                + "marketplace,images\n"
                + "ZV-1001,B0DEMO1001,\"Zorvix 65W USB C Charger, 3-Port GaN Wall Charger\",Zorvix,"
                + "65W total output|Foldable plug,,,32.99,USD,Cell Phones & Accessories,US,"
                + "shots/front.jpg\n");
    try (var reader = ListingReader.open(csv, null, true, p -> {})) {
      var fromCsv = reader.next();
      var fromRecord = CanonicalRecords.listing(fromCsv.row(), fromCsv.line(), charger()::get);
      assertThat(fromRecord).isEqualTo(fromCsv);
    }
  }

  @Test
  void listsMayComeAsTheCsvsBarSeparatedText() {
    var v = charger();
    v.put("bullet_points", "65W total output|Foldable plug");
    v.put("images", "shots/front.jpg");
    assertThat(CanonicalRecords.listing(1, 1, v::get))
        .isEqualTo(CanonicalRecords.listing(1, 1, charger()::get));
    assertThat(CanonicalRecords.listing(1, 1, v::get).price()).isEqualTo(new BigDecimal("32.99"));
  }

  @Test
  void aBadPriceIsRefusedNamingItsColumn() {
    var v = charger();
    v.put("price", "about ten");
    assertThatThrownBy(() -> CanonicalRecords.listing(3, 3, v::get))
        .isInstanceOfSatisfying(
            CanonicalRecords.InvalidRecord.class, e -> assertThat(e.field()).isEqualTo("price"))
        .hasMessageContaining("is not a price");
  }

  @Test
  void anImageUrlAndAnUnidentifiedRecordAreRefused() {
    var v = charger();
    v.put("images", List.of("https://example.com/a.jpg"));
    assertThatThrownBy(() -> CanonicalRecords.listing(1, 1, v::get))
        .hasMessageStartingWith("images: ")
        .hasMessageContaining("URL");
    assertThatThrownBy(() -> CanonicalRecords.listing(1, 1, k -> null))
        .hasMessageContaining("no title, SKU or ASIN");
  }

  @Test
  void aValueLongerThanACsvCellIsRefusedNamingItsColumn() {
    var v = charger();
    v.put("description", "x".repeat(DelimitedRecords.MAX_FIELD_CHARS + 1));
    assertThatThrownBy(() -> CanonicalRecords.listing(1, 1, v::get))
        .hasMessageStartingWith("description: ")
        .hasMessageContaining("more than");
    var bullets = charger();
    String half = "y".repeat(DelimitedRecords.MAX_FIELD_CHARS / 2 + 1);
    bullets.put("bullet_points", List.of(half, half));
    assertThatThrownBy(() -> CanonicalRecords.listing(1, 1, bullets::get))
        .hasMessageStartingWith("bullet_points: ");
  }
}
