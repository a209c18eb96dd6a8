package com.clearmark.app.api;

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

  /** Reads a CSV report (RFC 4180: quoted cells, doubled quotes, CRLF) into rows of cells. */
  static List<List<String>> parse(String csv) {
    List<List<String>> out = new ArrayList<>();
    List<String> row = new ArrayList<>();
    var cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        out.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      out.add(row);
    }
    return out;
  }
}
