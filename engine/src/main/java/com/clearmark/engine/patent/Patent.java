package com.clearmark.engine.patent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A granted US patent as the register keeps it: what the term rules and the claim checks need.
 *
 * @param number the patent number without country or kind, as "10123456" or "D912345"
 * @param kind the kind code, as "B2", "B1", "S1", "E", "P3"
 * @param filed the filing date of this application
 * @param granted the grant (issue) date
 * @param earliestUsFiling the earliest non-provisional US filing date this application claims
 *     through its continuation, divisional or continuation-in-part chain; equal to {@code filed}
 *     when it claims none
 * @param termAdjustmentDays patent term adjustment (35 U.S.C. 154(b)) in days, 0 when none
 * @param terminalDisclaimer whether a terminal disclaimer was filed
 * @param disclaimedExpiry the date a terminal disclaimer ties the term to (the expiry of the
 *     reference patent), or null when none or unknown
 * @param lapsed the date the patent lapsed for an unpaid maintenance fee, or null when the data
 *     says nothing of it
 * @param cpc the CPC classifications, as "A47J 41/00" or "B65D41/04"
 */
public record Patent(
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
    List<Claim> claims) {

  public Patent {
    number = Objects.requireNonNull(number, "number").strip();
    if (number.isEmpty()) {
      throw new IllegalArgumentException("a patent needs a number");
    }
    kind = kind == null ? "" : kind.strip();
    Objects.requireNonNull(type, "type");
    title = title == null ? "" : title.strip();
    assignee = assignee == null ? "" : assignee.strip();
    Objects.requireNonNull(granted, "granted");
    if (filed != null && filed.isAfter(granted)) {
      throw new IllegalArgumentException(
          "patent " + number + " was filed " + filed + ", after its grant " + granted);
    }
    if (earliestUsFiling == null) {
      earliestUsFiling = filed;
    }
    if (termAdjustmentDays < 0) {
      throw new IllegalArgumentException(
          "term adjustment must be 0 or more days, got " + termAdjustmentDays);
    }
    cpc = cpc == null ? List.of() : List.copyOf(cpc);
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  /** The claims that depend on no other. */
  public List<Claim> independentClaims() {
    return claims.stream().filter(Claim::independent).toList();
  }
}
