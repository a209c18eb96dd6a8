package com.clearmark.app.monitoring;

import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable snapshot of a third-party listing as it was captured: the evidence a case relies on.
 * It is written once and never changed; a later capture with other content is a new snapshot.
 *
 * @param sellerRef the {@link MarketplaceSeller} offering it, or null when the source named none
 * @param contentHash the SHA-256 of its content, in hex (see {@link ContentHash} for what it
 *     covers)
 * @param decision the screening decision against the organization's own marks: PASS, REVIEW, BLOCK
 * @param sellerAuthorized whether the seller was authorized by the brand on the day of capture
 */
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
    bulletPoints = List.copyOf(bulletPoints);
  }

  /** The snapshot as the engine screens it; the listing id stands as its ASIN. */
  public Listing toListing() {
    return Listing.builder()
        .asin(listingId)
        .title(title)
        .brand(brand)
        .bulletPoints(bulletPoints)
        .description(description)
        .searchTerms(searchTerms)
        .price(price)
        .currency(currency)
        .category(category)
        .marketplace(marketplace)
        .build();
  }

  /**
   * Title, brand, bullet points and description, one a line, empty ones left out: what a
   * fingerprint signs, exactly as the engine's {@code CapturedListing.text()} gives it.
   */
  public String text() {
    List<String> parts = new ArrayList<>();
    parts.add(title);
    parts.add(brand);
    parts.addAll(bulletPoints);
    parts.add(description);
    return String.join("\n", parts.stream().filter(p -> !p.isEmpty()).toList());
  }
}
