package com.clearmark.app.notification;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An organization's notification settings, its test notifications and its deliveries. */
@Service
class NotificationService {

  static final int MAX_RECIPIENTS = 20;
  static final String SECRET_PREFIX = "whsec_";

  private final Subscriptions subscriptions;
  private final Deliveries deliveries;
  private final Outbox outbox;
  private final Dispatcher dispatcher;
  private final EmailSender email;
  private final AuditLog audit;
  private final NotificationProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  NotificationService(
      Subscriptions subscriptions,
      Deliveries deliveries,
      Outbox outbox,
      Dispatcher dispatcher,
      EmailSender email,
      AuditLog audit,
      NotificationProperties properties,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.email = email;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The settings as sent to the API and shown on the page; the webhook secret only by its first
   * characters, and the webhook URL in full only to admins.
   *
   * @param emailAvailable whether an SMTP server is configured; without one, only webhooks work
   */
  record Settings(
      List<String> recipients,
      String webhookUrl,
      String webhookSecretHint,
      Set<EventType> events,
      boolean digest,
      boolean emailAvailable,
      Instant enabledAt) {}

  /**
   * The settings as entered. Null fields keep their stored value in the API; events are names of
   * {@link EventType#CHOOSABLE}.
   */
  record SettingsForm(
      List<String> recipients, String webhookUrl, Collection<String> events, Boolean digest) {}

  /** Saved settings, with the webhook secret when one was just made: the only time it is shown. */
  record Saved(Settings settings, String webhookSecret) {}

  boolean emailAvailable() {
    return email.available();
  }

  String emailServer() {
    return email.server();
  }

  Settings settings(Caller caller) {
    return subscriptions
        .find(caller.organizationId())
        .map(s -> view(s, caller.can(Role.ADMIN)))
        .orElseGet(
            () ->
                new Settings(
                    List.of(), null, null, EventType.CHOOSABLE, true, email.available(), null));
  }

  @Transactional
  Saved update(Caller caller, SettingsForm form) {
    caller.require(Role.ADMIN);
    if (form == null) {
      throw new InvalidInputException("body", "send the settings as JSON");
    }
    var current = subscriptions.find(caller.organizationId());
    Map<String, String> errors = new LinkedHashMap<>();
    List<EmailAddress> recipients =
        form.recipients() == null
            ? current.map(Subscription::recipients).orElse(List.of())
            : recipients(form.recipients(), errors);
    WebhookUrl url = current.map(Subscription::webhookUrl).orElse(null);
    if (form.webhookUrl() != null) {
      url = null;
      if (!form.webhookUrl().isBlank()) {
        try {
          url = new WebhookUrl(form.webhookUrl());
          // A URL kept as it was is checked again before each request anyway.
          if (!properties.allowPrivateWebhooks()
              && !url.equals(current.map(Subscription::webhookUrl).orElse(null))) {
            url.requirePublicAddress();
          }
        } catch (IllegalArgumentException e) {
          errors.put("webhookUrl", e.getMessage());
        }
      }
    }
    Set<EventType> events =
        form.events() == null
            ? current.map(Subscription::events).orElse(EventType.CHOOSABLE)
            : events(form.events(), errors);
    boolean digest =
        form.digest() != null ? form.digest() : current.map(Subscription::digest).orElse(true);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The notification settings have invalid fields.", errors);
    }
    String secret = current.map(Subscription::webhookSecret).orElse(null);
    WebhookUrl before = current.map(Subscription::webhookUrl).orElse(null);
    String made = null;
    if (url == null) {
      secret = null;
    } else if (secret == null || !url.equals(before)) {
      // A new receiver gets its own secret: the old one cannot be shown again to set it up.
      made = secret();
      secret = made;
    }
    subscriptions.save(caller.organizationId(), recipients, url, secret, events, digest);
    audit.record(
        caller,
        AuditAction.NOTIFICATIONS_CHANGED,
        "NOTIFICATIONS",
        null,
        "email to "
            + (recipients.isEmpty()
                ? "nobody"
                : recipients.stream().map(EmailAddress::value).collect(Collectors.joining(", ")))
            + "; webhook "
            + (url == null ? "none" : url.origin())
            + "; events "
            + events.stream().map(EventType::wireName).sorted().collect(Collectors.joining(", "))
            + "; digest "
            + (digest ? "on" : "off"),
        null);
    return new Saved(settings(caller), made);
  }

  /** Replaces the webhook secret; the new one is returned, and never shown again. */
  @Transactional
  String rotateSecret(Caller caller) {
    caller.require(Role.ADMIN);
    var s =
        subscriptions
            .find(caller.organizationId())
            .filter(Subscription::hasWebhook)
            .orElseThrow(() -> new InvalidInputException("webhookUrl", "set a webhook URL first"));
    String secret = secret();
    subscriptions.save(
        s.organizationId(), s.recipients(), s.webhookUrl(), secret, s.events(), s.digest());
    audit.record(
        caller,
        AuditAction.WEBHOOK_SECRET_REPLACED,
        "NOTIFICATIONS",
        null,
        s.webhookUrl().origin(),
        null);
    return secret;
  }

  /**
   * Records a test notification and sends it at once on every channel that is set up, so the person
   * who asked sees whether it arrived.
   */
  Delivery sendTest(Caller caller) {
    caller.require(Role.ADMIN);
    var s =
        subscriptions
            .find(caller.organizationId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "recipients", "save an email recipient or a webhook URL first"));
    byte[] nonce = new byte[6];
    random.nextBytes(nonce);
    var test =
        Messages.test(
            caller.organizationName(),
            caller.userName(),
            clock.instant(),
            Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
    long id =
        outbox
            .record(s, test)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "recipients",
                        email.available()
                            ? "save an email recipient or a webhook URL first"
                            : "email is off on this server (no SMTP server is configured): save"
                                + " a webhook URL"));
    dispatcher.dispatch(id);
    return deliveries.find(caller.organizationId(), id).orElseThrow();
  }

  PageOf<Delivery> deliveries(Caller caller, PageRequest page) {
    return deliveries.page(caller.organizationId(), page);
  }

  /** Tries a failed delivery again from its first attempt, at once. */
  Delivery retry(Caller caller, long id) {
    caller.require(Role.ADMIN);
    deliveries
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("delivery", id));
    if (deliveries.retry(caller.organizationId(), id, Timestamps.now(clock))) {
      dispatcher.dispatch(id);
    }
    return deliveries.find(caller.organizationId(), id).orElseThrow();
  }

  private Settings view(Subscription s, boolean admin) {
    WebhookUrl url = s.webhookUrl();
    return new Settings(
        s.recipients().stream().map(EmailAddress::value).toList(),
        url == null ? null : admin ? url.value() : url.redacted(),
        s.secretHint(),
        s.events(),
        s.digest(),
        email.available(),
        s.enabledAt());
  }

  private static List<EmailAddress> recipients(List<String> given, Map<String, String> errors) {
    Set<EmailAddress> out = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    for (String r : given) {
      if (r == null || r.isBlank()) {
        continue;
      }
      try {
        out.add(new EmailAddress(r));
      } catch (IllegalArgumentException e) {
        bad.add(r.strip());
      }
    }
    if (!bad.isEmpty()) {
      errors.put(
          "recipients",
          (bad.size() == 1
              ? "'" + bad.get(0) + "' is not an email address"
              : "these are not" + " email addresses: " + String.join(", ", bad)));
    } else if (out.size() > MAX_RECIPIENTS) {
      errors.put("recipients", "at most " + MAX_RECIPIENTS + " recipients");
    }
    return List.copyOf(out);
  }

  private static Set<EventType> events(Collection<String> given, Map<String, String> errors) {
    Set<EventType> out = EnumSet.noneOf(EventType.class);
    List<String> unknown = new ArrayList<>();
    for (String e : given) {
      if (e == null || e.isBlank()) {
        continue;
      }
      EventType t = parse(e.strip());
      if (t == null || !EventType.CHOOSABLE.contains(t)) {
        unknown.add(e.strip());
      } else {
        out.add(t);
      }
    }
    if (!unknown.isEmpty()) {
      errors.put(
          "events",
          "unknown event "
              + String.join(", ", unknown)
              + "; choose among "
              + EventType.CHOOSABLE.stream()
                  .map(EventType::name)
                  .collect(Collectors.joining(", ")));
    }
    return out;
  }

  /**
   * An event by its name ({@code COMPLAINT_RECEIVED}) or wire name ({@code complaint.received}).
   */
  private static EventType parse(String name) {
    for (EventType t : EventType.values()) {
      if (t.name().equalsIgnoreCase(name) || t.wireName().equals(name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }

  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
