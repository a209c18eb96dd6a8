package com.clearmark.app.screening;

import com.clearmark.engine.screening.Category;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A finding on a listing as the service keeps and shows it: the engine's {@link Finding} with the
 * row it is stored in and whether a reviewer dismissed it. The one app type for a finding, used by
 * the catalogue, the review queue and the API alike; the rule, category and severity are the
 * engine's enums, written in JSON by name. Offsets are character positions in the field's text.
 *
 * @param id the stored finding's id, or null for a finding just screened and not stored
 * @param listingVersionId the listing version it was found in, or null when not stored; not shown
 *     in the API
 * @param evidence the listing text the finding quotes (the engine's {@link Finding#text()})
 */
public record ListingFinding(
    Long id,
    @JsonIgnore Long listingVersionId,
    Rule rule,
    Category category,
    Severity severity,
    String mark,
    String registration,
    String owner,
    String field,
    int start,
    int end,
    String evidence,
    String explanation,
    boolean dismissed) {

  public ListingFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
  }

  /** A finding just screened, not stored. */
  public static ListingFinding of(ScreeningOutcome.Screened s) {
    Finding f = s.finding();
    return new ListingFinding(
        null,
        null,
        f.rule(),
        f.category(),
        f.severity(),
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

  /** The engine's finding, to screen or score again. */
  public Finding toEngine() {
    return new Finding(
        rule, severity, mark, registration, owner, field, start, end, evidence, explanation);
  }
}
