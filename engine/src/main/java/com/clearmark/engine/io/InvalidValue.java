package com.clearmark.engine.io;

/**
 * A value in one field that cannot be used; the reader turns it into an {@link InputProblem} at the
 * row's line.
 */
final class InvalidValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  InvalidValue(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
