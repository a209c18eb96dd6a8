package com.clearmark.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.listing.Listing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A catalogue learned in parts and merged, as Spark learns it, is the catalogue learned whole. */
class CatalogueProfileMergeTest {

  private static final List<String> BRANDS =
      List.of("Cosco", "Biba", "Aurelia", "Libas", "Soch", "Boat", "Noise", "Zebronics", "Mivi");
  private static final List<String> WORDS =
      List.of(
          "Kurtana",
          "Bluetooth",
          "Speaker",
          "Tennis",
          "Ball",
          "Cotton",
          "Set",
          "Badminton",
          "Racquet",
          "Dupatta",
          "Wireless",
          "Earbuds",
          "Shilajit");

  private static List<Listing> catalogue(long seed, int size) {
    var random = new Random(seed);
    var listings = new ArrayList<Listing>();
    for (int i = 0; i < size; i++) {
      String brand = BRANDS.get(random.nextInt(BRANDS.size()));
      String title =
          (random.nextBoolean() ? brand + " " : "")
              + WORDS.get(random.nextInt(WORDS.size()))
              + " "
              + WORDS.get(random.nextInt(WORDS.size()));
      listings.add(
          Listing.builder()
              .sku("S" + i)
              .brand(random.nextInt(4) == 0 ? "" : brand)
              .title(title)
              .bulletPoints(WORDS.get(random.nextInt(WORDS.size())) + " for everyday use")
              .build());
    }
    return listings;
  }

  private static byte[] bytes(CatalogueProfile.Builder b) throws IOException {
    var out = new ByteArrayOutputStream();
    b.writeTo(new DataOutputStream(out));
    return out.toByteArray();
  }

  private static CatalogueProfile.Builder read(byte[] bytes) throws IOException {
    return CatalogueProfile.Builder.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void partsLearnedApartAndMergedExplainWhatTheWholeExplains() throws IOException {
    var listings = catalogue(17, 300);
    var whole = CatalogueProfile.builder();
    listings.forEach(whole::add);
    var parts = new ArrayList<CatalogueProfile.Builder>();
    for (int p = 0; p < 4; p++) {
      parts.add(CatalogueProfile.builder());
    }
    for (int i = 0; i < listings.size(); i++) {
      parts.get(i % 4).add(listings.get(i));
    }
    // Through bytes and in another order, as partial results travel between Spark executors.
    var merged = read(bytes(parts.get(3)));
    merged.merge(read(bytes(parts.get(1)))).merge(parts.get(0)).merge(read(bytes(parts.get(2))));

    CatalogueProfile expected = whole.build();
    CatalogueProfile actual = merged.build();
    assertThat(actual.size()).isEqualTo(expected.size());
    for (String w : WORDS) {
      String key = w.toLowerCase(java.util.Locale.ROOT);
      char[] c = key.toCharArray();
      assertThat(actual.isProductWord(key)).as(w).isEqualTo(expected.isProductWord(key));
      assertThat(actual.isReferenceWord(key)).as(w).isEqualTo(expected.isReferenceWord(key));
      assertThat(actual.isEstablishedBrandWord(c, 0, c.length))
          .as(w)
          .isEqualTo(expected.isEstablishedBrandWord(c, 0, c.length));
    }
    for (String b : BRANDS) {
      char[] c = b.toLowerCase(java.util.Locale.ROOT).toCharArray();
      assertThat(actual.isEstablishedBrandWord(c, 0, c.length))
          .as(b)
          .isEqualTo(expected.isEstablishedBrandWord(c, 0, c.length))
          .isTrue();
    }
  }

  @Test
  void aMergedProfileScreensLikeTheWholeOne() {
    var listings = catalogue(5, 120);
    var whole = CatalogueProfile.builder();
    listings.forEach(whole::add);
    var left = CatalogueProfile.builder();
    var right = CatalogueProfile.builder();
    listings.subList(0, 50).forEach(left::add);
    listings.subList(50, listings.size()).forEach(right::add);
    var register = com.clearmark.engine.Fixtures.registry();
    var a = new Screener(register, null, Thresholds.DEFAULT, whole.build());
    var b = new Screener(register, null, Thresholds.DEFAULT, right.merge(left).build());
    for (Listing l : listings) {
      assertThat(b.screen(l)).isEqualTo(a.screen(l));
    }
  }

  @Test
  void bytesThatAreNotAProfileAreRefused() {
    assertThatThrownBy(() -> read(new byte[] {0, 0, 0, 9, 0, 0, 0, 0}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("version");
  }
}
