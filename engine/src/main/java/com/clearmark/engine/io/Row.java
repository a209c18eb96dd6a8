package com.clearmark.engine.io;

import java.util.List;

/**
 * One data row of a delimited file, read through its header.
 *
 * @param number the 1-based count of data rows up to this one, blank rows not counted
 * @param line the physical line the row starts on
 */
record Row(InputFile file, long number, long line, Header header, List<String> fields) {

  /** The value of a column, stripped; empty when the file has no such column. */
  String get(String column) {
    return header.value(fields, column).strip();
  }

  InputProblem problem(String field, String message) {
    return file.problem(line, field, message);
  }
}
