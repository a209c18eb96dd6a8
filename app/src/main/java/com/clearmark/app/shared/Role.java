package com.clearmark.app.shared;

/** What a member may do in an organization; each role may do everything the one before it can. */
public enum Role {
  /** Reads everything, changes nothing. */
  VIEWER,
  /** Also imports listings, screens and decides on reviews. */
  REVIEWER,
  /** Also edits the registry and manages members and API tokens. */
  ADMIN;

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
