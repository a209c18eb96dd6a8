package com.clearmark.app.monitoring;

/** PLACEHOLDER of helper B's contracted type: one finding of a capture's screening. */
public record CaptureFinding(
    long id,
    long captureId,
    String rule,
    String category,
    String severity,
    String mark,
    String registration,
    String owner,
    String field,
    int start,
    int end,
    String evidence,
    String explanation) {}
