package com.clearmark.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListedAsinTest {

  static ListedAsin on(String marketplace) {
    return new ListedAsin("b0demo1001", 7L, "ZV-1001", "Zorvix charger", marketplace);
  }

  @Test
  void theProductPageIsOnTheDomainOfTheListingsMarketplace() {
    assertThat(on("US").productPage()).isEqualTo("https://www.amazon.com/dp/B0DEMO1001");
    assertThat(on("uk").productPage()).isEqualTo("https://www.amazon.co.uk/dp/B0DEMO1001");
    assertThat(on("DE").productPage()).isEqualTo("https://www.amazon.de/dp/B0DEMO1001");
    assertThat(on("JP").productPage()).isEqualTo("https://www.amazon.co.jp/dp/B0DEMO1001");
    assertThat(on("amazon.com.mx").productPage())
        .isEqualTo("https://www.amazon.com.mx/dp/B0DEMO1001");
    assertThat(on("www.amazon.fr").marketplaceHost()).isEqualTo("amazon.fr");
  }

  @Test
  void anUnknownOrMissingMarketplaceFallsBackToAmazonCom() {
    assertThat(on("").productPage()).isEqualTo("https://www.amazon.com/dp/B0DEMO1001");
    assertThat(on("Atlantis").marketplaceHost()).isEqualTo("amazon.com");
    assertThat(on("amazon.evil.example/x").marketplaceHost()).isEqualTo("amazon.com");
    assertThat(ListedAsin.unlisted("B0NOTLIST1").listed()).isFalse();
    assertThat(ListedAsin.unlisted("B0NOTLIST1").productPage())
        .isEqualTo("https://www.amazon.com/dp/B0NOTLIST1");
  }
}
