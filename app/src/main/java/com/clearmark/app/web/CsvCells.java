package com.clearmark.app.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV cells that are safe to open in a spreadsheet: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return is prefixed with an apostrophe so it is
 * shown as text and never run as a formula.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String cell(Object value) {
    String s = value == null ? "" : value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  public static String row(Object... values) {
    var sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(values[i]));
    }
    return sb.append("\r\n").toString();
  }

  /** Reads a CSV report (RFC 4180: quoted cells, doubled quotes, CRLF) into rows of cells. */
  public static List<List<String>> parse(String csv) {
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
