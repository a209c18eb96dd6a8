package com.clearmark.engine.io;

import java.util.Objects;

/**
 * Something wrong with one place in an input file, said so that a seller can find and fix it.
 *
 * @param file the file as the user named it
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param field the column or element concerned, or empty when none
 * @param message one plain sentence saying what is wrong and, where possible, what is expected
 */
public record InputProblem(String file, long line, String field, String message) {

  public InputProblem {
    Objects.requireNonNull(file, "file");
    field = field == null ? "" : field;
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative");
    }
  }

  /** {@code catalogue.csv:12: price: "abc" is not a number}. */
  @Override
  public String toString() {
    var sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (!field.isEmpty()) {
      sb.append(field).append(": ");
    }
    return sb.append(message).toString();
  }
}
