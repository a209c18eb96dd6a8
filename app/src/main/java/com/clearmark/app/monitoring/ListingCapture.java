package com.clearmark.app.monitoring;

import com.clearmark.engine.io.CapturedListing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One third-party listing as a crawler, a connector or a file reported it: the input of {@link
 * MonitoringService#capture}. Text is never null (missing is empty); limits are checked by {@link
 * CaptureLimits}, not here, so that a row over a limit is reported with its line and field instead
 * of failing the whole batch.
 *
 * @param line where the row is in its source (file line, or 1-based index in an API batch)
 * @param capturedAt when the crawler saw it, or null for the moment it is received
 */
record ListingCapture(
    long line,
    String marketplace,
    String listingId,
    String url,
    String sellerId,
    String sellerName,
    String sellerAddress,
    String sellerPhone,
    String sellerEmail,
    BigDecimal price,
    String currency,
    Instant capturedAt,
    boolean available,
    String title,
    String brand,
    List<String> bulletPoints,
    String description,
    String searchTerms,
    String category) {

  public ListingCapture {
    marketplace = clean(marketplace);
    listingId = clean(listingId);
    url = clean(url);
    sellerId = clean(sellerId);
    sellerName = clean(sellerName);
    sellerAddress = clean(sellerAddress);
    sellerPhone = clean(sellerPhone);
    sellerEmail = clean(sellerEmail);
    currency = clean(currency);
    title = clean(title);
    brand = clean(brand);
    bulletPoints =
        bulletPoints == null
            ? List.of()
            : bulletPoints.stream()
                .map(ListingCapture::clean)
                .filter(b -> !b.isEmpty())
                .map(b -> b.replace('\n', ' '))
                .toList();
    description = clean(description);
    searchTerms = clean(searchTerms);
    category = clean(category);
  }

  /** The engine's already validated row, as monitoring stores it. */
  static ListingCapture of(CapturedListing c) {
    return new ListingCapture(
        c.line(),
        c.marketplace(),
        c.listingId(),
        c.url(),
        c.sellerId(),
        c.sellerName(),
        c.sellerAddress(),
        c.sellerPhone(),
        c.sellerEmail(),
        c.price(),
        c.currency(),
        c.capturedAt(),
        c.available(),
        c.title(),
        c.brand(),
        c.bulletPoints(),
        c.description(),
        c.searchTerms(),
        c.category());
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }

  /** The bullet points as stored: one a line. */
  String bulletText() {
    return String.join("\n", bulletPoints);
  }
}
