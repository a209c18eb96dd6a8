package com.clearmark.app.web;

import java.util.Collection;
import java.util.Map;

/**
 * Checks text against the size of the column it is stored in, so an over-long value is a field
 * error the person can fix rather than a database failure.
 */
public final class FieldLengths {

  private FieldLengths() {}

  /** Adds an error for {@code field} when {@code value}, as stored (stripped), is too long. */
  public static void check(Map<String, String> errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.putIfAbsent(field, "at most " + max + " characters, got " + value.strip().length());
    }
  }

  /** The same for a list stored as one text, one value a line. */
  public static void checkJoined(
      Map<String, String> errors, String field, Collection<String> values, int max) {
    if (values != null) {
      check(errors, field, String.join("\n", values), max);
    }
  }
}
