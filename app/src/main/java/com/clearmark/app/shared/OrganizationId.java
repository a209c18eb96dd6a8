package com.clearmark.app.shared;

/**
 * The organization a record belongs to. Every read and write is scoped by one, so it is a type of
 * its own rather than a bare {@code long} that a user id or a row id could be passed for.
 */
public record OrganizationId(long value) {

  public OrganizationId {
    if (value <= 0) {
      throw new IllegalArgumentException("an organization id is positive, got " + value);
    }
  }

  public static OrganizationId of(long value) {
    return new OrganizationId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
