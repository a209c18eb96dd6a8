package com.clearmark.app.monitoring;

/** PLACEHOLDER for helper B's finding record (contract of issue 15). */
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
