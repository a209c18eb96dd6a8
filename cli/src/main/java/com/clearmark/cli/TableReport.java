package com.clearmark.cli;

import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.ScreeningResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Map;

/**
 * The report for people: each listing with findings, its evidence highlighted in context and the
 * explanation, then a summary. Listings that pass without findings are only counted.
 */
final class TableReport implements Report {

  private static final String RED = "\033[1;31m";
  private static final String YELLOW = "\033[1;33m";
  private static final String GREEN = "\033[32m";
  private static final String BOLD = "\033[1m";
  private static final String RESET = "\033[0m";

  private final Writer out;
  private final boolean colours;

  TableReport(Writer out, boolean colours) {
    this.out = out;
    this.colours = colours;
  }

  @Override
  public void begin(Summary summary) {}

  @Override
  public void write(ScreeningResult r) throws IOException {
    if (r.findings().isEmpty()) {
      return;
    }
    var l = r.listing();
    String decision = String.format("%-6s", r.decision());
    out.write(paint(decision, colour(r.decision())));
    out.write(String.format(" %3d  %s", r.score(), r.id()));
    if (!l.asin().isEmpty() && !l.asin().equals(r.id())) {
      out.write("  ASIN " + l.asin());
    }
    out.write("  (line " + l.line() + ")\n");
    if (!l.title().isEmpty()) {
      out.write("       " + shorten(l.title(), 100) + "\n");
    }
    for (Finding f : r.findings()) {
      out.write(String.format("  - %-8s %-20s %-16s ", f.severity(), f.rule(), f.field()));
      Evidence e = Evidence.of(l, f);
      out.write(e.before() + highlight(e.match()) + e.after());
      out.write("\n" + " ".repeat(13) + f.explanation() + "\n");
    }
    out.write("\n");
  }

  @Override
  public void end(Summary s) throws IOException {
    out.write(paint("Summary", BOLD) + "\n");
    out.write(
        String.format(
            "  %s from %s (%s) screened against %s in %.1f s%n",
            Plural.of(s.listings, "listing"),
            s.source,
            s.format,
            Plural.of(s.marks, "mark"),
            s.seconds));
    out.write(
        String.format(
            "  %s %,d   %s %,d   %s %,d%n",
            paint("BLOCK", RED),
            s.count(Decision.BLOCK),
            paint("REVIEW", YELLOW),
            s.count(Decision.REVIEW),
            paint("PASS", GREEN),
            s.count(Decision.PASS)));
    if (s.problems > 0) {
      out.write(
          String.format("  %s skipped (see warnings)%n", Plural.of(s.problems, "malformed row")));
    }
    if (!s.rules().isEmpty()) {
      out.write("  Findings by rule:\n");
      for (Map.Entry<Rule, Long> e : s.rules().entrySet()) {
        out.write(String.format("    %-20s %,d%n", e.getKey(), e.getValue()));
      }
    }
    var top = s.topMarks(5);
    if (!top.isEmpty()) {
      out.write("  Most-hit marks: ");
      var parts = new ArrayList<String>();
      for (var e : top) {
        parts.add(e.getKey() + " (" + e.getValue() + ")");
      }
      out.write(String.join(", ", parts) + "\n");
    }
  }

  private String highlight(String match) {
    return colours ? RED + match + RESET : "»" + match + "«";
  }

  private String paint(String text, String colour) {
    return colours ? colour + text + RESET : text;
  }

  private static String colour(Decision d) {
    return switch (d) {
      case BLOCK -> RED;
      case REVIEW -> YELLOW;
      case PASS -> GREEN;
    };
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
