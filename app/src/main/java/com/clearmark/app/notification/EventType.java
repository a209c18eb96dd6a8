package com.clearmark.app.notification;

import java.util.EnumSet;
import java.util.Set;

/** What a notification is about. {@link #wireName()} is sent as the {@code X-Clearmark-Event}. */
enum EventType {
  COMPLAINT_RECEIVED("complaint.received", "A complaint is recorded"),
  DEADLINE_APPROACHING(
      "deadline.approaching", "A complaint deadline is 3 days away, 1 day away or due today"),
  AUTHORIZATION_EXPIRING("authorization.expiring", "An authorization ends in 30 or in 7 days"),
  LISTING_BLOCKED("listing.blocked", "A listing is blocked by its screening"),
  DIGEST("digest", "The daily digest"),
  TEST("test", "A test notification");

  /** The events an organization chooses among; the digest has its own switch. */
  static final Set<EventType> CHOOSABLE =
      EnumSet.of(COMPLAINT_RECEIVED, DEADLINE_APPROACHING, AUTHORIZATION_EXPIRING, LISTING_BLOCKED);

  private final String wireName;
  private final String label;

  EventType(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  public String wireName() {
    return wireName;
  }

  public String label() {
    return label;
  }
}
