package com.clearmark.spark;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a run did, printed by the job and written to its {@code run.json}.
 *
 * @param listings listings read without problems
 * @param screened listings screened in this run; the rest kept a previous run's result
 * @param problems malformed rows skipped
 * @param decisions listings per decision
 */
record RunSummary(
    LocalDate runDate,
    String indexVersion,
    String settings,
    long listings,
    long screened,
    long problems,
    Map<String, Long> decisions) {

  RunSummary {
    decisions = Map.copyOf(decisions);
  }

  long count(String decision) {
    return decisions.getOrDefault(decision, 0L);
  }

  String line(String output) {
    return String.format(
        "Screened %,d listings (%,d screened now, %,d unchanged since the previous run): %,d BLOCK,"
            + " %,d REVIEW, %,d PASS; %,d malformed rows skipped. Written to %s",
        listings,
        screened,
        listings - screened,
        count("BLOCK"),
        count("REVIEW"),
        count("PASS"),
        problems,
        output);
  }
}
