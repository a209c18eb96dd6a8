package com.clearmark.app.screening;

import com.clearmark.engine.screening.Finding;

/** A finding as the API shows it. Offsets are character positions in the field's text. */
public record FindingView(
    Long id,
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

  public static FindingView of(ScreeningOutcome.Screened s) {
    Finding f = s.finding();
    return new FindingView(
        null,
        f.rule().name(),
        f.category().name(),
        f.severity().name(),
        f.mark(),
        f.registration(),
        f.owner(),
        f.field(),
        f.start(),
        f.end(),
        f.text(),
        f.explanation(),
        s.dismissed());
  }
}
