package com.clearmark.app.monitoring;

import java.time.Instant;

/** PLACEHOLDER of helper B's contracted type: a third-party listing being watched. */
public record MonitoredListing(
    long id,
    String marketplace,
    String listingId,
    String url,
    Long sellerRef,
    Long latestCaptureId,
    Instant firstSeenAt,
    Instant lastSeenAt) {}
