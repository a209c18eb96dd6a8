package com.clearmark.app.monitoring;

/**
 * One finding of the screening of a {@link Capture}, stored with it and as immutable.
 *
 * @param rule the engine rule (TM_SOURCE_PROOF, TM_LOOKALIKE, CF_PRICE...)
 * @param mark the organization's own mark concerned, or empty
 * @param field the listing field holding the evidence, as the engine names it
 * @param start offset of the evidence in the field
 * @param end offset just past the evidence
 */
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
