package com.clearmark.app.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV cells that are safe to open in a spreadsheet, whatever delimiter it splits on.
 *
 * <p>A spreadsheet runs a cell as a formula when it starts with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return (or their full-width forms). Which characters end a cell
 * depends on the program and the locale: a comma here, a semicolon where the comma is the decimal
 * separator, a tab when pasted. So a formula can start anywhere a cell could start: at the start of
 * the value and after every comma, semicolon, tab or line break in it, after any spaces and quotes
 * that a spreadsheet drops there. Each such place gets an apostrophe, which makes the spreadsheet
 * show the rest as text: {@code a;=1+1} is written {@code a;'=1+1}. A value without such a place is
 * written unchanged.
 */
public final class CsvCells {

  private CsvCells() {}

  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
  private static final String CELL_ENDS = ",;\t\r\n";

  public static String cell(Object value) {
    String s = neutralised(value == null ? "" : value.toString());
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** The value with an apostrophe at every place a cell could start where a formula starts. */
  static String neutralised(String s) {
    StringBuilder out = null;
    int copied = 0;
    int start = 0;
    while (start <= s.length()) {
      int at = start;
      while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '"')) {
        at++;
      }
      if (at < s.length() && FORMULA_STARTS.indexOf(s.charAt(at)) >= 0) {
        if (out == null) {
          out = new StringBuilder(s.length() + 8);
        }
        out.append(s, copied, start).append('\'');
        copied = start;
      }
      int end = start;
      while (end < s.length() && CELL_ENDS.indexOf(s.charAt(end)) < 0) {
        end++;
      }
      // A tab both ends a cell and starts a formula: the next cell starts right after it.
      start = end + 1;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
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
