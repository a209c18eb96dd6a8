package com.clearmark.app.notification;

import java.time.Instant;

/**
 * A notification in the outbox and how its delivery went on each channel.
 *
 * @param key the event key that keeps it from being recorded twice
 */
record Delivery(
    long id,
    String key,
    EventType type,
    String subject,
    Attempts email,
    Attempts webhook,
    Instant createdAt) {

  /**
   * The delivery through one channel.
   *
   * @param error the error of the last failed attempt, kept after a later success
   * @param nextAttemptAt when it is tried again; null once sent, skipped or given up
   */
  record Attempts(
      DeliveryStatus status, int attempts, String error, Instant nextAttemptAt, Instant sentAt) {

    /** Failed and not to be tried again without a person asking for it. */
    public boolean givenUp() {
      return status == DeliveryStatus.FAILED && nextAttemptAt == null;
    }
  }

  /** Everything the dispatcher needs to send it. */
  record Outgoing(
      long id,
      long organizationId,
      String key,
      EventType type,
      String subject,
      String body,
      String payload) {}
}
