package com.clearmark.engine.screening;

/** How much a finding weighs in the listing's risk score. */
public enum Severity {
  /** Worth knowing, never a risk on its own: a compatibility statement. */
  INFO(0),
  /** Advisory: keep proof of source for a genuine brand. */
  LOW(20),
  /** Needs a person to look: a third-party mark in the description, a suspicious price. */
  MEDIUM(50),
  /** Likely to get the listing removed: a look-alike, a third-party mark in the title. */
  HIGH(80),
  /** Presents goods as counterfeit or pirated. */
  CRITICAL(95);

  private final int points;

  Severity(int points) {
    this.points = points;
  }

  /** The score, 0 to 100, that a listing with only this finding receives. */
  public int points() {
    return points;
  }
}
