package com.clearmark.app.monitoring;

import java.time.Instant;

/** PLACEHOLDER for helper B's monitored listing record (contract of issue 15). */
public record MonitoredListing(
    long id,
    String marketplace,
    String listingId,
    String url,
    Long sellerRef,
    Long latestCaptureId,
    Instant firstSeenAt,
    Instant lastSeenAt) {}
