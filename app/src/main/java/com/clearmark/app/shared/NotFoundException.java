package com.clearmark.app.shared;

/**
 * Nothing of that kind with that id exists in the caller's organization. Records of other
 * organizations are reported the same way, so ids reveal nothing across the boundary.
 */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, long id) {
    super("No " + what + " " + id + " in this organization.");
  }

  public NotFoundException(String message) {
    super(message);
  }
}
