package com.clearmark.app.audit;

import java.time.Instant;

/** One recorded decision or change: who, when, what and why. */
public record AuditEntry(
    long id,
    String actorName,
    String action,
    String subjectType,
    Long subjectId,
    String summary,
    String reason,
    Instant createdAt) {}
