package com.clearmark.cli;

import com.clearmark.engine.context.SellerContext;
import java.io.Writer;

/** The {@code --format} values. */
enum ReportFormat {
  table,
  jsonl,
  csv,
  html;

  /**
   * @param seller the seller's brands, for the suggested corrections the jsonl and html reports
   *     carry
   */
  Report open(Writer out, boolean colours, SellerContext seller) {
    return open(out, colours, seller, ReportImages.NONE);
  }

  /** As above; the html report shows a copied image next to the registered work's. */
  Report open(Writer out, boolean colours, SellerContext seller, ReportImages images) {
    return switch (this) {
      case table -> new TableReport(out, colours);
      case jsonl -> new JsonlReport(out, seller);
      case csv -> new CsvReport(out);
      case html -> new HtmlReport(out, seller, images);
    };
  }
}
