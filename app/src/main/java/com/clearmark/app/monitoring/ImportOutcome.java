package com.clearmark.app.monitoring;

import java.util.List;

/**
 * What a batch of captures did.
 *
 * @param snapshots rows that made a new snapshot
 * @param unchanged rows whose listing's latest snapshot already had the same content
 * @param problems rows refused, with their line and field
 * @param captureIds the ids of the new snapshots, in row order
 */
public record ImportOutcome(
    int snapshots, int unchanged, List<Problem> problems, List<Long> captureIds) {

  public ImportOutcome {
    problems = List.copyOf(problems);
    captureIds = List.copyOf(captureIds);
  }

  /** A refused row. */
  public record Problem(long line, String field, String message) {}
}
