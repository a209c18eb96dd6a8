package com.clearmark.app.catalog;

import java.time.Instant;

/** A listing as the list pages and the review queue show it: its current version's verdict. */
public record ListingSummary(
    long id,
    String sku,
    String asin,
    String brand,
    String title,
    String decision,
    int score,
    ReviewStatus reviewStatus,
    int version,
    Instant updatedAt) {}
