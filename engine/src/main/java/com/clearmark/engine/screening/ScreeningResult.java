package com.clearmark.engine.screening;

import com.clearmark.engine.listing.Listing;
import java.util.List;

/** The verdict on one listing: decision, score 0-100, and the findings behind them. */
public record ScreeningResult(
    Listing listing, Decision decision, int score, List<Finding> findings) {

  public ScreeningResult {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0 to 100, got " + score);
    }
    findings = List.copyOf(findings);
  }

  public String id() {
    return listing.id();
  }

  public boolean fired(Rule rule) {
    return findings.stream().anyMatch(f -> f.rule() == rule);
  }
}
