package com.clearmark.app.api;

import com.clearmark.app.web.CsvCells;
import java.util.ArrayList;
import java.util.List;

/**
 * A seller's catalogue in Clearmark's canonical CSV, written row by row as a test needs it. Rows
 * are on consecutive lines after the header, so the n-th listing added is on line n + 1.
 */
final class Catalogue {

  static final String HEADER =
      "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace";

  private final List<String> rows = new ArrayList<>();

  static Catalogue csv() {
    return new Catalogue();
  }

  /** A listing with the fields a seller always fills in; bullets are joined with {@code |}. */
  Catalogue listing(String sku, String title, String brand, String price, String... bullets) {
    return row(
        sku, "", title, brand, String.join("|", bullets), "", "", price, "USD", "Sports", "US");
  }

  /** A listing with a description, for tests that change only the description. */
  Catalogue listingDescribed(String sku, String title, String brand, String description) {
    return row(sku, "", title, brand, "", description, "", "49.00", "USD", "Sports", "US");
  }

  /** A row with every column given as it is, for malformed rows. */
  Catalogue row(String... cells) {
    if (cells.length != 11) {
      throw new IllegalArgumentException("the canonical CSV has 11 columns, got " + cells.length);
    }
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      quoted.add(
          c.contains(",") || c.contains("\"") || c.contains("\n")
              ? '"' + c.replace("\"", "\"\"") + '"'
              : c);
    }
    rows.add(String.join(",", quoted));
    return this;
  }

  String text() {
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  /** Reads a CSV report into rows of cells. */
  static List<List<String>> parse(String csv) {
    return CsvCells.parse(csv);
  }
}
