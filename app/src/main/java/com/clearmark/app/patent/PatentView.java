package com.clearmark.app.patent;

import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.Expiry;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentTerm;
import com.clearmark.engine.patent.PatentType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered patent as the API and the pages show it: as recorded, with its expiry computed by
 * the term rules and explained, and its claims split into elements.
 */
record PatentView(
    long id,
    String number,
    String kind,
    PatentType type,
    String title,
    String assignee,
    LocalDate filed,
    LocalDate granted,
    LocalDate earliestUsFiling,
    int termAdjustmentDays,
    boolean terminalDisclaimer,
    LocalDate disclaimedExpiry,
    LocalDate lapsed,
    List<String> cpc,
    @Schema(description = "The organization's own patent: charted, never screened against")
        boolean own,
    long revision,
    @Schema(description = "The last day of the term") LocalDate expires,
    @Schema(description = "Whether the patent is in force on the service's today") boolean inForce,
    @Schema(description = "How the expiry was reached, one sentence per rule applied")
        List<String> expiryExplanation,
    List<ClaimView> claims) {

  /** A claim with its elements; nested elements have a greater depth than their parent. */
  record ClaimView(
      int number,
      int dependsOn,
      boolean method,
      String preamble,
      List<ElementView> elements,
      String text) {}

  record ElementView(int depth, String text) {}

  static PatentView of(RegisteredPatent r, LocalDate today) {
    Patent p = r.patent();
    Expiry e = PatentTerm.expiry(p);
    return new PatentView(
        r.id(),
        p.number(),
        p.kind(),
        p.type(),
        p.title(),
        p.assignee(),
        p.filed(),
        p.granted(),
        p.earliestUsFiling(),
        p.termAdjustmentDays(),
        p.terminalDisclaimer(),
        p.disclaimedExpiry(),
        p.lapsed(),
        p.cpc(),
        r.own(),
        r.revision(),
        e.date(),
        e.inForceOn(today),
        e.explanation(),
        p.claims().stream().map(PatentView::claim).toList());
  }

  private static ClaimView claim(Claim c) {
    return new ClaimView(
        c.number(),
        c.dependsOn(),
        c.method(),
        c.preamble(),
        c.elements().stream().map(el -> new ElementView(el.depth(), el.text())).toList(),
        c.text());
  }

  /** The independent claims, those a chart can compare. */
  public List<ClaimView> independentClaims() {
    return claims.stream().filter(c -> c.dependsOn() == 0).toList();
  }
}
