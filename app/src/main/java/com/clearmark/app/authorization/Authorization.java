package com.clearmark.app.authorization;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A right to sell a brand: a letter of authorization, a licence or a distribution agreement.
 *
 * @param brands the brands covered, as written
 * @param marketplaces the marketplaces covered, for example {@code US}; empty means all
 * @param asins the ASINs covered; empty (with no SKUs) means every product of the brands
 * @param skus the SKUs covered
 * @param validTo the last day of validity, or null for no end
 */
public record Authorization(
    long id,
    String kind,
    String licensor,
    Set<String> brands,
    Set<String> marketplaces,
    Set<String> asins,
    Set<String> skus,
    LocalDate validFrom,
    LocalDate validTo) {

  public Authorization {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(licensor, "licensor");
    Objects.requireNonNull(validFrom, "validFrom");
    brands = upper(brands);
    if (brands.isEmpty()) {
      throw new IllegalArgumentException("an authorization names at least one brand");
    }
    marketplaces = upper(marketplaces);
    asins = upper(asins);
    skus =
        skus == null
            ? Set.of()
            : skus.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "valid_to " + validTo + " is before valid_from " + validFrom);
    }
  }

  private static Set<String> upper(Set<String> values) {
    return values == null
        ? Set.of()
        : values.stream()
            .filter(Objects::nonNull)
            .map(v -> v.strip().toUpperCase(Locale.ROOT))
            .filter(v -> !v.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public boolean coversBrand(String brand) {
    return brand != null && brands.contains(brand.strip().toUpperCase(Locale.ROOT));
  }

  /** Whether the product (by ASIN or SKU) on a marketplace falls within the scope. */
  public boolean covers(String asin, String sku, String marketplace) {
    if (!marketplaces.isEmpty()
        && marketplace != null
        && !marketplace.isBlank()
        && !marketplaces.contains(marketplace.strip().toUpperCase(Locale.ROOT))) {
      return false;
    }
    if (asins.isEmpty() && skus.isEmpty()) {
      return true;
    }
    return (asin != null && asins.contains(asin.strip().toUpperCase(Locale.ROOT)))
        || (sku != null && skus.contains(sku.strip()));
  }
}
