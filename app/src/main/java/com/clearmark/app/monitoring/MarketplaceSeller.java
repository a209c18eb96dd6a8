package com.clearmark.app.monitoring;

import java.time.Instant;

/** PLACEHOLDER of helper B's contracted type: a seller seen in captures. */
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
