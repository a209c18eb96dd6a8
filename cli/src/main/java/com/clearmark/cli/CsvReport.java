package com.clearmark.cli;

import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ScreeningResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row per finding, and one row with empty finding columns for a listing without findings, so
 * every listing appears. Cells that a spreadsheet would run as a formula are neutralised.
 */
final class CsvReport implements Report {

  static final List<String> HEADER =
      List.of(
          "id",
          "sku",
          "asin",
          "decision",
          "score",
          "rule",
          "category",
          "severity",
          "mark",
          "registration",
          "owner",
          "field",
          "start",
          "end",
          "text",
          "explanation");

  private final Writer out;

  CsvReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(Summary summary) throws IOException {
    row(HEADER);
  }

  @Override
  public void write(ScreeningResult r) throws IOException {
    var l = r.listing();
    var listing =
        List.of(r.id(), l.sku(), l.asin(), r.decision().name(), Integer.toString(r.score()));
    if (r.findings().isEmpty()) {
      var cells = new ArrayList<>(listing);
      cells.addAll(Collections.nCopies(HEADER.size() - listing.size(), ""));
      row(cells);
    }
    for (Finding f : r.findings()) {
      var cells = new ArrayList<>(listing);
      cells.addAll(
          List.of(
              f.rule().name(),
              f.category().name(),
              f.severity().name(),
              f.mark(),
              f.registration(),
              f.owner(),
              f.field(),
              Integer.toString(f.start()),
              Integer.toString(f.end()),
              f.text(),
              f.explanation()));
      row(cells);
    }
  }

  @Override
  public void end(Summary summary) {}

  private void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write('\n');
  }

  /** Quotes as RFC 4180 requires, and prefixes formula starters so spreadsheets show text. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
