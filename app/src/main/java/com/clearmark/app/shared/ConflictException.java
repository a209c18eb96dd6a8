package com.clearmark.app.shared;

/** The request is valid but clashes with the current state: answered with 409. */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
