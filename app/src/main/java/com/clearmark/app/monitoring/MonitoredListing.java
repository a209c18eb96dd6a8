package com.clearmark.app.monitoring;

import java.time.Instant;

/**
 * A third-party listing under watch, one per marketplace and listing id, pointing at its latest
 * snapshot.
 */
public record MonitoredListing(
    long id,
    String marketplace,
    String listingId,
    String url,
    Long sellerRef,
    Long latestCaptureId,
    Instant firstSeenAt,
    Instant lastSeenAt) {}
