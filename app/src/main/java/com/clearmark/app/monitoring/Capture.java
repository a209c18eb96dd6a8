package com.clearmark.app.monitoring;

import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** PLACEHOLDER for helper B's snapshot record (contract of issue 15). */
public record Capture(
    long id,
    long monitoredListingId,
    Long sellerRef,
    String marketplace,
    String listingId,
    String url,
    String title,
    String brand,
    List<String> bulletPoints,
    String description,
    String searchTerms,
    BigDecimal price,
    String currency,
    String category,
    boolean available,
    Instant capturedAt,
    Instant receivedAt,
    String contentHash,
    String decision,
    int score,
    boolean sellerAuthorized) {

  public Listing toListing() {
    return new Listing(
        1,
        1,
        "",
        listingId,
        title,
        brand,
        bulletPoints,
        description,
        searchTerms,
        price,
        currency,
        category,
        marketplace);
  }

  public String text() {
    return String.join("\n", title, brand, String.join("\n", bulletPoints), description);
  }
}
