package com.clearmark.app.document;

import java.time.Instant;

/** An uploaded evidence file: the name it was given (shown only), its detected type and size. */
public record StoredDocument(
    long id,
    String originalName,
    String detectedType,
    long sizeBytes,
    String sha256,
    Instant createdAt) {}
