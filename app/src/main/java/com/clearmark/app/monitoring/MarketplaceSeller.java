package com.clearmark.app.monitoring;

import java.time.Instant;

/** PLACEHOLDER for helper B's seller record (contract of issue 15). */
public record MarketplaceSeller(
    long id,
    String marketplace,
    String sellerId,
    String name,
    String address,
    String phone,
    String email,
    Instant firstSeenAt,
    Instant lastSeenAt,
    Instant contactErasedAt) {}
