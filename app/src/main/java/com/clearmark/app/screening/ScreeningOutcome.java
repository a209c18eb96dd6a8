package com.clearmark.app.screening;

import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import java.util.List;

/**
 * The verdict on one listing after the organization's allow-list: dismissed findings are kept,
 * marked, and left out of the score.
 */
public record ScreeningOutcome(
    Decision decision, int score, List<Screened> findings, long registryVersion) {

  public ScreeningOutcome {
    findings = List.copyOf(findings);
  }

  /** A finding and whether a reviewer dismissed it for this listing. */
  public record Screened(Finding finding, boolean dismissed) {}
}
