package com.clearmark.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.monitoring.ReferencePrices.ReferencePrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BelowReferencePriceTest {

  static final List<ReferencePrice> ALTURA_SUMMIT =
      List.of(new ReferencePrice(1, "Altura", "Summit", new BigDecimal("189.00"), "USD"));

  static ListingCapture offer(String title, String brand, String price, String currency) {
    return new ListingCapture(
        1,
        "amazon.com",
        "B0PRICE001",
        "",
        "A1SELLER",
        "A seller",
        "",
        "",
        "",
        new BigDecimal(price),
        currency,
        Instant.parse("2026-11-20T10:00:00Z"),
        true,
        title,
        brand,
        List.of(),
        "",
        "",
        "Clothing");
  }

  @Test
  void theBrandsJacketAtAFractionOfItsPriceIsACounterfeitCue() {
    var finding =
        BelowReferencePrice.check(
            offer("Altura Summit Waterproof Jacket", "Altura", "24.99", "USD"), ALTURA_SUMMIT);

    assertThat(finding).isPresent();
    assertThat(finding.get().rule()).isEqualTo("PRICE_BELOW_REFERENCE");
    assertThat(finding.get().explanation()).contains("under half the reference price of 189.00");
  }

  @Test
  void aCheaperProductOfTheSameBrandIsNotSoldBelowTheJacketsPrice() {
    assertThat(
            BelowReferencePrice.check(
                offer("Altura Insulated Water Bottle", "Altura", "24.99", "USD"), ALTURA_SUMMIT))
        .isEmpty();
  }

  @Test
  void aShortBrandInsideALongerWordIsNotTheBrand() {
    var lg = List.of(new ReferencePrice(1, "LG", "", new BigDecimal("499.00"), "USD"));

    assertThat(BelowReferencePrice.check(offer("Bulgarian rose oil", "Rosa", "9.99", "USD"), lg))
        .isEmpty();
    assertThat(BelowReferencePrice.check(offer("LG 55 inch OLED TV", "LG", "99.00", "USD"), lg))
        .isPresent();
  }

  @Test
  void anAccessoryNamingTheBrandItFitsIsNotTheBrandsProduct() {
    var packs =
        List.of(new ReferencePrice(1, "Altura", "Trailcrest", new BigDecimal("149.00"), "USD"));

    assertThat(
            BelowReferencePrice.check(
                offer(
                    "Replacement Hip Belt, Compatible with Altura Trailcrest Packs",
                    "FitRight",
                    "14.99",
                    "USD"),
                packs))
        .isEmpty();
  }

  @Test
  void aPriceInAnotherCurrencyIsNotCompared() {
    assertThat(
            BelowReferencePrice.check(
                offer("Altura Summit Jacke", "Altura", "21.00", "EUR"), ALTURA_SUMMIT))
        .isEmpty();
  }
}
