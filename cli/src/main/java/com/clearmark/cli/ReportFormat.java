package com.clearmark.cli;

import java.io.Writer;

/** The {@code --format} values. */
enum ReportFormat {
  table,
  jsonl,
  csv,
  html;

  Report open(Writer out, boolean colours) {
    return switch (this) {
      case table -> new TableReport(out, colours);
      case jsonl -> new JsonlReport(out);
      case csv -> new CsvReport(out);
      case html -> new HtmlReport(out);
    };
  }
}
