package com.clearmark.app.notification;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an organization wants to be told and where: the mailboxes, the webhook and the events.
 *
 * @param webhookSecret the key the webhook requests are signed with; never shown after it is made
 * @param enabledAt when notifications were first set up: nothing older counts as new
 * @param scannedUntil how far the last scan for new complaints and findings went
 */
record Subscription(
    long organizationId,
    List<EmailAddress> recipients,
    WebhookUrl webhookUrl,
    String webhookSecret,
    Set<EventType> events,
    boolean digest,
    Instant enabledAt,
    Instant scannedUntil) {

  Subscription {
    recipients = List.copyOf(recipients);
    events = events.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(events));
    Objects.requireNonNull(enabledAt, "enabledAt");
    Objects.requireNonNull(scannedUntil, "scannedUntil");
  }

  boolean wants(EventType type) {
    return switch (type) {
      case TEST -> true;
      case DIGEST -> digest;
      default -> events.contains(type);
    };
  }

  boolean hasWebhook() {
    return webhookUrl != null && webhookSecret != null;
  }

  /** The first characters of the secret, enough to tell which one a receiver holds. */
  String secretHint() {
    return webhookSecret == null ? null : webhookSecret.substring(0, 10) + "…";
  }
}
