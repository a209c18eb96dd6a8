package com.clearmark.app.catalog;

import com.clearmark.app.screening.ListingInput;
import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One stored version of a listing's content, with the verdict of its latest screening. */
public record ListingVersion(
    long id,
    long listingId,
    int version,
    String title,
    String brand,
    List<String> bulletPoints,
    String description,
    String searchTerms,
    BigDecimal price,
    String currency,
    String category,
    String marketplace,
    String decision,
    int score,
    Long jobId,
    long registryVersion,
    Instant createdAt,
    Instant screenedAt) {

  public Listing toListing(String sku, String asin) {
    return new ListingInput(
            sku,
            asin,
            title,
            brand,
            bulletPoints,
            description,
            searchTerms,
            price,
            currency,
            category,
            marketplace)
        .toListing();
  }

  /** The text of a field as findings name it: {@code title}, {@code bullet_points[2]}, ... */
  public String field(String name) {
    if (name.startsWith("bullet_points[")) {
      int i = Integer.parseInt(name.substring(14, name.length() - 1));
      return i >= 1 && i <= bulletPoints.size() ? bulletPoints.get(i - 1) : "";
    }
    return switch (name) {
      case "title" -> title;
      case "brand" -> brand;
      case "description" -> description;
      case "search_terms" -> searchTerms;
      case "price" -> price == null ? "" : price.toPlainString();
      default -> "";
    };
  }
}
