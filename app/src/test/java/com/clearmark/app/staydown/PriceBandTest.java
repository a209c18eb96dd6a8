package com.clearmark.app.staydown;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceBandTest {

  static PriceBand band(String price) {
    return PriceBand.of(new BigDecimal(price));
  }

  @Test
  void aRelistingAFewPercentDearerIsNearTheRemovedPrice() {
    assertThat(band("19.99").near(band("21.50"))).isTrue();
    assertThat(band("450").near(band("480"))).isTrue();
    assertThat(band("19.99").near(band("18.49"))).isTrue();
  }

  @Test
  void aPriceTenTimesHigherIsNotNear() {
    assertThat(band("20").near(band("200"))).isFalse();
    assertThat(band("20").near(band("40"))).isFalse();
  }

  @Test
  void noPriceOrAFreeListingHasNoBand() {
    assertThat(PriceBand.of(null)).isNull();
    assertThat(PriceBand.of(BigDecimal.ZERO)).isNull();
    assertThat(band("19.99").near(null)).isFalse();
  }
}
