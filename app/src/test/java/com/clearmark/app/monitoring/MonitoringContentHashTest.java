package com.clearmark.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the content hash of a capture covers, and that it never drifts between versions. */
class MonitoringContentHashTest {

  /**
   * The hash of {@link #BASE}. If this changes, every stored listing would make a new snapshot on
   * its next capture: change the hash only with a migration of what it covers.
   */
  static final String PINNED = "1b51ba5d7dc76d34e363b2228f31504c954c5670d1f4a170dc1280af92e0dadc";

  static ListingCapture satchel(String url, Instant at, String title, BigDecimal price) {
    return new ListingCapture(
        1,
        "amazon.com",
        "B0SATCHEL1",
        url,
        "A2CHEAPFINDS",
        "Cheap Finds Outlet",
        "",
        "",
        "",
        price,
        "usd",
        at,
        true,
        title,
        "Brindlecove",
        List.of("Waxed canvas", "Brass buckles"),
        "A satchel for every day.",
        "",
        "Bags");
  }

  static final ListingCapture BASE =
      satchel(
          "https://marketplace.example/dp/B0SATCHEL1",
          Instant.parse("2026-11-29T09:30:00Z"),
          "Brindlecove leather satchel",
          new BigDecimal("19.99"));

  @Test
  void theHashOfAGivenContentIsPinned() {
    assertThat(ContentHash.of(BASE)).isEqualTo(PINNED);
  }

  @Test
  void theUrlTheCaptureTimeAndTrailingZerosOfThePriceDoNotChangeIt() {
    var later =
        satchel(
            "https://marketplace.example/dp/B0SATCHEL1?ref=crawl",
            Instant.parse("2026-11-30T10:00:00Z"),
            "  Brindlecove leather satchel ",
            new BigDecimal("19.990"));
    assertThat(ContentHash.of(later)).isEqualTo(ContentHash.of(BASE));
  }

  @Test
  void aChangedTitleOrPriceChangesIt() {
    var url = "https://marketplace.example/dp/B0SATCHEL1";
    var at = Instant.parse("2026-11-29T09:30:00Z");
    assertThat(ContentHash.of(satchel(url, at, "Brindlecove leather satchel!", BASE.price())))
        .isNotEqualTo(ContentHash.of(BASE));
    assertThat(ContentHash.of(satchel(url, at, BASE.title(), new BigDecimal("18.99"))))
        .isNotEqualTo(ContentHash.of(BASE));
  }
}
