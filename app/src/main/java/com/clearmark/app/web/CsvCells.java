package com.clearmark.app.web;

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
}
