package com.clearmark.engine.context;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The typical price of a brand's products, or of one product when {@code product} is set.
 *
 * @param product words that identify the product in a title, or empty for the whole brand
 * @param currency ISO 4217 code, or empty when the source gave none
 */
public record ReferencePrice(String brand, String product, BigDecimal price, String currency) {

  public ReferencePrice {
    Objects.requireNonNull(brand, "brand");
    brand = brand.strip();
    if (brand.isEmpty()) {
      throw new IllegalArgumentException("brand must not be empty");
    }
    product = product == null ? "" : product.strip();
    Objects.requireNonNull(price, "price");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive, got " + price);
    }
    currency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
  }
}
