package com.clearmark.engine.context;

import com.clearmark.engine.text.TextFolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine knows about the seller: brands owned or authorized, typical prices, and the day
 * on which authorizations are judged. Brand names are keyed once, as marks are, so that {@code
 * Anker}, {@code ANKER} and {@code Anker®} are the same brand.
 */
public final class SellerContext {

  public static final SellerContext NONE = new SellerContext(List.of(), List.of(), null);

  private final List<OwnBrand> ownBrands;
  private final List<ReferencePrice> referencePrices;
  private final LocalDate today;
  private final Map<String, List<OwnBrand>> byBrand = new HashMap<>();
  private final Map<String, List<ReferencePrice>> pricesByBrand = new HashMap<>();

  /**
   * @param today the day authorizations are judged on; null means the current date
   */
  public SellerContext(
      List<OwnBrand> ownBrands, List<ReferencePrice> referencePrices, LocalDate today) {
    this.ownBrands = ownBrands == null ? List.of() : List.copyOf(ownBrands);
    this.referencePrices = referencePrices == null ? List.of() : List.copyOf(referencePrices);
    this.today = today == null ? LocalDate.now() : today;
    for (OwnBrand b : this.ownBrands) {
      byBrand.computeIfAbsent(TextFolding.compactKey(b.brand()), k -> new ArrayList<>()).add(b);
    }
    for (ReferencePrice p : this.referencePrices) {
      pricesByBrand
          .computeIfAbsent(TextFolding.compactKey(p.brand()), k -> new ArrayList<>())
          .add(p);
    }
  }

  public List<OwnBrand> ownBrands() {
    return ownBrands;
  }

  public List<ReferencePrice> referencePrices() {
    return referencePrices;
  }

  public LocalDate today() {
    return today;
  }

  /**
   * Whether the seller owns or is authorized for the brand with this compact key, for a listing
   * with the given identifiers, today.
   */
  public boolean authorizes(String brandCompactKey, String asin, String sku) {
    List<OwnBrand> brands = byBrand.get(brandCompactKey);
    if (brands == null) {
      return false;
    }
    for (OwnBrand b : brands) {
      if (b.covers(asin, sku, today)) {
        return true;
      }
    }
    return false;
  }

  /** The reference prices recorded for a brand, by compact key. */
  public List<ReferencePrice> pricesFor(String brandCompactKey) {
    return pricesByBrand.getOrDefault(brandCompactKey, List.of());
  }
}
