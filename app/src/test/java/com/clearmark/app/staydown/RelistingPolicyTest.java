package com.clearmark.app.staydown;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.monitoring.Capture;
import com.clearmark.engine.fingerprint.MinHasher;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelistingPolicyTest {

  static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  static final String TEXT = "Zorvix 65W USB C charger, original quality, ships in one day";

  static Capture capture(String listingId, Long seller, boolean available, boolean authorized) {
    return new Capture(
        7,
        3,
        seller,
        "amazon.com",
        listingId,
        "https://amazon.com/dp/" + listingId,
        TEXT,
        "Zorvix",
        List.of(),
        "",
        "",
        new BigDecimal("19.99"),
        "USD",
        "Electronics",
        available,
        AT,
        AT,
        "0".repeat(64),
        "BLOCK",
        90,
        authorized);
  }

  static Fingerprint removed() {
    return new Fingerprint(
        1,
        41,
        "amazon.com",
        "B0FAKE0001",
        5L,
        PriceBand.of(new BigDecimal("18.99")),
        MinHasher.standard().sign(TEXT));
  }

  @Test
  void theSameTextFromTheSameSellerAtASimilarPriceGivesEveryReason() {
    var judged = RelistingPolicy.judge(removed(), capture("B0FAKE0002", 5L, true, false), 1.0);

    assertThat(judged).isPresent();
    assertThat(judged.get().sameListing()).isFalse();
    assertThat(judged.get().relisting().reasons())
        .containsExactly(
            "listing text 100% the same as the removed listing's",
            "sold by the same seller",
            "price 19.99 USD close to the removed listing's (18.19 to 22.74)");
  }

  @Test
  void aSellerTheBrandAuthorizedIsNeverARelisting() {
    assertThat(RelistingPolicy.judge(removed(), capture("B0FAKE0001", 5L, true, true), 1.0))
        .isEmpty();
  }

  @Test
  void aCaptureThatFindsTheListingGoneIsNotARelisting() {
    assertThat(RelistingPolicy.judge(removed(), capture("B0FAKE0001", 5L, false, false), 1.0))
        .isEmpty();
  }

  @Test
  void theSameSellerAndPriceWithDifferentTextAreNotEnough() {
    assertThat(RelistingPolicy.judge(removed(), capture("B0OTHER001", 5L, true, false), 0.3))
        .isEmpty();
  }
}
