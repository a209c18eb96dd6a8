package com.clearmark.app.patent;

import com.clearmark.app.web.CsvCells;

/**
 * A claim chart as a spreadsheet in the shape a patent evaluation (APEX) submission takes: one row
 * per claim element in claim order, the element's text in the first column, and for each ASIN what
 * its listing shows of the element, quoting the listing's words. Three header rows name the patent,
 * the claim and the term.
 */
final class ChartCsv {

  private ChartCsv() {}

  static String of(ClaimCharts.Chart chart) {
    var p = chart.patent();
    var sb = new StringBuilder();
    sb.append(
        CsvCells.row(
            "Patent", "US " + p.number() + (p.kind().isEmpty() ? "" : " " + p.kind()), p.title()));
    sb.append(CsvCells.row("Claim", chart.claim().number(), chart.claim().preamble()));
    sb.append(
        CsvCells.row(
            "Term",
            p.inForce() ? "in force until " + p.expires() : "expired on " + p.expires(),
            String.join(" ", p.expiryExplanation())));
    Object[] header = new Object[chart.columns().size() + 1];
    header[0] = "Claim element";
    for (int c = 0; c < chart.columns().size(); c++) {
      var col = chart.columns().get(c);
      header[c + 1] = col.asin() + (col.title().isEmpty() ? "" : " " + col.title());
    }
    sb.append(CsvCells.row(header));
    for (var row : chart.rows()) {
      Object[] cells = new Object[chart.columns().size() + 1];
      cells[0] = "  ".repeat(row.depth()) + row.element();
      for (int c = 0; c < row.cells().size(); c++) {
        cells[c + 1] = text(chart.columns().get(c), row.cells().get(c));
      }
      sb.append(CsvCells.row(cells));
    }
    return sb.toString();
  }

  private static String text(ClaimCharts.Column column, ClaimCharts.Cell cell) {
    if (column.source() == ClaimCharts.Source.NOT_FOUND) {
      return "Listing not captured and not in the catalogue";
    }
    return switch (cell.shown()) {
      case SHOWN -> "Shown in " + cell.field() + ": \"" + cell.evidence() + "\"";
      case NOT_SHOWN -> "Not shown in the listing's text";
      case CANNOT_JUDGE -> "Cannot be judged from the listing's text";
    };
  }
}
