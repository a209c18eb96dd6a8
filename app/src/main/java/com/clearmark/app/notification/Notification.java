package com.clearmark.app.notification;

import com.clearmark.app.shared.FieldLimits;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send, before it is recorded in the outbox.
 *
 * @param key what makes it unique within the organization, so the same reminder is never recorded
 *     twice, for example {@code deadline:complaint:42:RESPONSE:due-2026-12-03:3d}
 * @param body the plain text of the email
 * @param path the page of the service it is about, for example {@code /complaints/42}, or null
 * @param data what the webhook payload carries under {@code data}
 * @param shortData what it carries instead when {@code data} would make the payload too large, or
 *     null to carry only {@code {"truncated": true}}
 */
record Notification(
    String key,
    EventType type,
    String subject,
    String body,
    String path,
    Map<String, ?> data,
    Map<String, ?> shortData) {

  Notification(
      String key, EventType type, String subject, String body, String path, Map<String, ?> data) {
    this(key, type, subject, body, path, data, null);
  }

  Notification {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    if (key.isBlank() || key.length() > FieldLimits.EVENT_KEY) {
      throw new IllegalArgumentException(
          "an event key has 1 to " + FieldLimits.EVENT_KEY + " characters: " + key);
    }
    data = data == null ? Map.of() : data;
  }
}
