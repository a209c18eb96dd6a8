package com.clearmark.app.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input a user can correct: answered with 400 and a message per field. */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, String> fields;

  public InvalidInputException(String message, Map<String, String> fields) {
    super(message);
    // Kept in the order found, so a file's problems read from its first line down.
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public InvalidInputException(String field, String message) {
    this(message, Map.of(field, message));
  }

  public Map<String, String> fields() {
    return fields;
  }
}
