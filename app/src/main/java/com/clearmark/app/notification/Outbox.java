package com.clearmark.app.notification;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records notifications for delivery: decides the channels, adds the link to the service and writes
 * the webhook payload, once per event key.
 */
@Component
class Outbox {

  /** The most characters of a webhook payload, the size of its column. */
  static final int MAX_PAYLOAD = FieldLimits.MESSAGE_PAYLOAD;

  private final Deliveries deliveries;
  private final EmailSender email;
  private final NotificationProperties properties;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(
      Deliveries deliveries,
      EmailSender email,
      NotificationProperties properties,
      JsonMapper json,
      Clock clock) {
    this.deliveries = deliveries;
    this.email = email;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a notification unless the organization does not want it, has no channel for it, or
   * already has one with the same key. The digest goes by email only.
   */
  Optional<Long> record(Subscription s, Notification n) {
    if (!reaches(s, n.type()) || deliveries.has(s.organizationId(), n.key())) {
      return Optional.empty();
    }
    boolean byEmail = byEmail(s);
    boolean byWebhook = byWebhook(s, n.type());
    OffsetDateTime now = Timestamps.now(clock);
    String link = properties.link(n.path());
    String body = link == null ? n.body() : n.body() + "\nOpen it in Clearmark: " + link + "\n";
    var withLink =
        new Notification(n.key(), n.type(), n.subject(), body, n.path(), n.data(), n.shortData());
    return deliveries.add(
        s.organizationId(), withLink, payload(s, n, link, now), byEmail, byWebhook, now);
  }

  /**
   * Records a notification as told by another one (a summary), so its key is taken and it is never
   * sent on its own; it goes through no channel and is not listed with the deliveries.
   */
  void recordCovered(Subscription s, Notification n) {
    if (!deliveries.has(s.organizationId(), n.key())) {
      OffsetDateTime now = Timestamps.now(clock);
      deliveries.add(s.organizationId(), n, payload(s, n, null, now), false, false, now);
    }
  }

  /** Whether the organization wants this event and has a channel set up for it. */
  boolean reaches(Subscription s, EventType type) {
    return s.wants(type) && (byEmail(s) || byWebhook(s, type));
  }

  private boolean byEmail(Subscription s) {
    return !s.recipients().isEmpty() && email.available();
  }

  private static boolean byWebhook(Subscription s, EventType type) {
    return s.hasWebhook() && type != EventType.DIGEST;
  }

  String payload(Subscription s, Notification n, String link, OffsetDateTime now) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("event", n.type().wireName());
    p.put("key", n.key());
    p.put("organizationId", s.organizationId());
    p.put("createdAt", now.toInstant().toString());
    p.put("subject", n.subject());
    p.put("url", link);
    p.put("data", n.data());
    String text = json.writeValueAsString(p);
    if (text.length() > MAX_PAYLOAD && n.shortData() != null) {
      p.put("data", n.shortData());
      text = json.writeValueAsString(p);
    }
    if (text.length() > MAX_PAYLOAD) {
      p.put("data", Map.of("truncated", true));
      text = json.writeValueAsString(p);
    }
    return text;
  }
}
