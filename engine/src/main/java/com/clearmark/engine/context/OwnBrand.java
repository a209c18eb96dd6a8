package com.clearmark.engine.context;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A brand the seller owns or is authorized to sell, optionally narrowed to some ASINs or SKUs and
 * to a period.
 *
 * @param asins the ASINs the authorization covers; empty means all
 * @param skus the SKUs the authorization covers; empty means all
 * @param validFrom first day of validity, or null for no start
 * @param validTo last day of validity, or null for no end
 */
public record OwnBrand(
    String brand, Set<String> asins, Set<String> skus, LocalDate validFrom, LocalDate validTo) {

  public OwnBrand {
    Objects.requireNonNull(brand, "brand");
    brand = brand.strip();
    if (brand.isEmpty()) {
      throw new IllegalArgumentException("brand must not be empty");
    }
    asins = asins == null ? Set.of() : Set.copyOf(asins);
    skus = skus == null ? Set.of() : Set.copyOf(skus);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "valid_to " + validTo + " is before valid_from " + validFrom);
    }
  }

  public static OwnBrand of(String brand) {
    return new OwnBrand(brand, Set.of(), Set.of(), null, null);
  }

  /** Whether this authorization covers a listing with the given identifiers on the given day. */
  public boolean covers(String asin, String sku, LocalDate day) {
    if (validFrom != null && day.isBefore(validFrom)) {
      return false;
    }
    if (validTo != null && day.isAfter(validTo)) {
      return false;
    }
    if (asins.isEmpty() && skus.isEmpty()) {
      return true;
    }
    return (!asin.isEmpty() && asins.contains(asin)) || (!sku.isEmpty() && skus.contains(sku));
  }
}
