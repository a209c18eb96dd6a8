package com.clearmark.cli;

import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.ScreeningResult;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Running totals of a screening run, for the end of every report. */
final class Summary {

  final String source;
  final int marks;
  long listings;
  long problems;
  String format = "";
  double seconds;
  private final Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
  private final Map<Rule, Long> rules = new EnumMap<>(Rule.class);
  private final Map<String, Long> markHits = new HashMap<>();

  Summary(String source, int marks) {
    this.source = source;
    this.marks = marks;
  }

  void add(ScreeningResult r) {
    listings++;
    decisions.merge(r.decision(), 1L, Long::sum);
    for (Finding f : r.findings()) {
      rules.merge(f.rule(), 1L, Long::sum);
      if (!f.mark().isEmpty()) {
        markHits.merge(f.mark(), 1L, Long::sum);
      }
    }
  }

  long count(Decision d) {
    return decisions.getOrDefault(d, 0L);
  }

  Map<Rule, Long> rules() {
    return rules;
  }

  /** The marks with most findings, most first, ties by name. */
  List<Map.Entry<String, Long>> topMarks(int n) {
    return markHits.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .toList();
  }
}
