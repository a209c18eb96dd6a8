package com.clearmark.app.catalog;

import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;

/** A finding as stored for a listing version. */
public record StoredFinding(
    long id,
    long listingVersionId,
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
    String explanation,
    boolean dismissed) {

  public com.clearmark.app.screening.FindingView view() {
    return new com.clearmark.app.screening.FindingView(
        id,
        rule,
        category,
        severity,
        mark,
        registration,
        owner,
        field,
        start,
        end,
        evidence,
        explanation,
        dismissed);
  }

  public Finding toEngine() {
    return new Finding(
        Rule.valueOf(rule),
        Severity.valueOf(severity),
        mark,
        registration,
        owner,
        field,
        start,
        end,
        evidence,
        explanation);
  }
}
