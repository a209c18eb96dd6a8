package com.clearmark.app.enforcement;

import java.time.Instant;

/** PLACEHOLDER of helper C's contracted case aggregate (without its transitions). */
public record EnforcementCase(
    long id,
    long monitoredListingId,
    long captureId,
    Long sellerRef,
    String marketplace,
    String rule,
    String mark,
    String registration,
    CaseStatus status,
    int revision,
    Long relistingOf,
    Instant detectedAt,
    Instant validatedAt,
    Instant noticedAt,
    Instant outcomeAt,
    Instant closedAt) {}
