package com.clearmark.app.monitoring;

import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** PLACEHOLDER of helper B's contracted type: an immutable snapshot of a third-party listing. */
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

  public Capture {
    bulletPoints = bulletPoints == null ? List.of() : List.copyOf(bulletPoints);
  }

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
    List<String> parts = new ArrayList<>();
    parts.add(title == null ? "" : title);
    parts.add(brand == null ? "" : brand);
    parts.addAll(bulletPoints);
    parts.add(description == null ? "" : description);
    return String.join("\n", parts);
  }
}
