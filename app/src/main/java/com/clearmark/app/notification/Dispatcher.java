package com.clearmark.app.notification;

import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, channel by channel. A failed attempt is tried again after a growing
 * wait, up to {@link #MAX_ATTEMPTS} attempts; the error of each failure is kept on the delivery.
 *
 * <p>Each attempt holds its delivery for {@link #LEASE}, far longer than an attempt can take (a
 * webhook gives up after 15 seconds, an SMTP command after 10), so no other dispatcher sends it
 * meanwhile; an outcome is recorded only while the attempt still holds the delivery.
 */
@Component
class Dispatcher {

  static final int MAX_ATTEMPTS = 5;
  static final Duration LEASE = Duration.ofMinutes(10);
  private static final int BATCH = 100;
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final Deliveries deliveries;
  private final Subscriptions subscriptions;
  private final EmailSender email;
  private final WebhookSender webhooks;
  private final Clock clock;

  Dispatcher(
      Deliveries deliveries,
      Subscriptions subscriptions,
      EmailSender email,
      WebhookSender webhooks,
      Clock clock) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.email = email;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  /** The wait after the n-th failed attempt: 1 minute, 5 minutes, 30 minutes, then 2 hours. */
  static Duration backoff(int failedAttempts) {
    return switch (failedAttempts) {
      case 0, 1 -> Duration.ofMinutes(1);
      case 2 -> Duration.ofMinutes(5);
      case 3 -> Duration.ofMinutes(30);
      default -> Duration.ofHours(2);
    };
  }

  @Scheduled(
      fixedDelayString = "${clearmark.notifications.dispatch-every:PT1M}",
      initialDelayString = "${clearmark.notifications.dispatch-every:PT1M}")
  void scheduled() {
    dispatchDue();
  }

  /** Makes one attempt at every delivery that is due; returns how many were attempted. */
  int dispatchDue() {
    int attempted = 0;
    for (Channel channel : Channel.values()) {
      for (long id : deliveries.due(channel, Timestamps.now(clock), BATCH)) {
        if (attempt(channel, id)) {
          attempted++;
        }
      }
    }
    return attempted;
  }

  /** Sends one delivery on each channel where it is due, at once. */
  void dispatch(long id) {
    for (Channel channel : Channel.values()) {
      attempt(channel, id);
    }
  }

  private boolean attempt(Channel channel, long id) {
    OffsetDateTime now = Timestamps.now(clock);
    var claimed = deliveries.claim(channel, id, now, now.plus(LEASE));
    if (claimed.isEmpty()) {
      return false;
    }
    var claim = claimed.get();
    var out = deliveries.outgoing(id).orElseThrow();
    var subscription = subscriptions.find(out.organizationId()).orElse(null);
    try {
      switch (channel) {
        case EMAIL -> {
          if (subscription == null || subscription.recipients().isEmpty()) {
            settled(claim, deliveries.skipped(claim, "no email recipients are set any more"));
            return true;
          }
          email.send(subscription.recipients(), out.subject(), out.body());
        }
        case WEBHOOK -> {
          if (subscription == null || !subscription.hasWebhook()) {
            settled(claim, deliveries.skipped(claim, "no webhook is set any more"));
            return true;
          }
          webhooks.post(
              subscription.webhookUrl(),
              subscription.webhookSecret(),
              id,
              out.type(),
              out.payload(),
              clock.instant().getEpochSecond());
        }
      }
      settled(claim, deliveries.sent(claim, Timestamps.now(clock)));
    } catch (Exception e) {
      int attempts = deliveries.attempts(channel, id);
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      OffsetDateTime retryAt = attempts >= MAX_ATTEMPTS ? null : now.plus(backoff(attempts));
      settled(claim, deliveries.failed(claim, error, retryAt));
      log.warn(
          "{} delivery {} of organization {} failed (attempt {}): {}",
          channel,
          id,
          out.organizationId(),
          attempts,
          error);
    }
    return true;
  }

  private static void settled(Deliveries.Claim claim, boolean recorded) {
    if (!recorded) {
      log.warn(
          "{} delivery {} was no longer held by this attempt (lease until {}); its outcome is not"
              + " recorded",
          claim.channel(),
          claim.id(),
          claim.leaseUntil());
    }
  }
}
