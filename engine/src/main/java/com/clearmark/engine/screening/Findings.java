package com.clearmark.engine.screening;

import com.clearmark.engine.index.MarkHit;
import com.clearmark.engine.mark.Mark;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of one listing as policies add them; a rule reports a mark once per field, at its
 * first occurrence, so a report stays readable when a description repeats a brand.
 */
final class Findings {

  private final List<Finding> list = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void add(Finding f) {
    if (seen.add(f.rule() + "\u0000" + f.mark() + "\u0000" + f.field())) {
      list.add(f);
    }
  }

  void add(
      Rule rule,
      Severity severity,
      Mark mark,
      ListingScan.Where where,
      int start,
      int end,
      String explanation) {
    add(
        new Finding(
            rule,
            severity,
            mark == null ? "" : mark.name(),
            mark == null ? "" : mark.registrationNumber(),
            mark == null ? "" : mark.owner(),
            where.label(),
            start,
            end,
            where.text().substring(start, end),
            explanation));
  }

  void add(
      Rule rule, Severity severity, Mark mark, ListingScan.Where where, MarkHit hit, String why) {
    add(rule, severity, mark, where, hit.start(), hit.end(), why);
  }

  /** Adds the finding a judged mark use calls for, with the use's evidence. */
  void add(ListingScan scan, ListingScan.MarkUse use, MarkUseJudge.Verdict verdict) {
    add(
        verdict.rule(),
        verdict.severity(),
        scan.index.markOf(use.hit().key()),
        use.where(),
        use.hit(),
        verdict.explanation());
  }

  List<Finding> list() {
    return list;
  }

  /** "NIKE (reg. 978952, Nike, Inc.)", leaving out what the registry does not say. */
  static String describe(Mark mark) {
    var sb = new StringBuilder(mark.name());
    var details = new ArrayList<String>();
    if (!mark.registrationNumber().isEmpty()) {
      details.add("reg. " + mark.registrationNumber());
    }
    if (!mark.owner().isEmpty()) {
      details.add(mark.owner());
    }
    if (!details.isEmpty()) {
      sb.append(" (").append(String.join(", ", details)).append(')');
    }
    return sb.toString();
  }
}
