package com.clearmark.app.notification;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.authorization.Authorizations;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.complaint.Complaints;
import com.clearmark.app.complaint.Deadline;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks, for each organization with notifications set up, for what it should be told, and records
 * it in the outbox: new complaints, complaint deadlines approaching, authorizations ending,
 * listings newly blocked, and once a day the digest.
 *
 * <p>Reminders are keyed by their stage (see {@link ReminderPolicy}), so however often the scan
 * runs each is recorded once. New complaints and blocked listings are those stamped since the last
 * scan, less {@link #OVERLAP}: a row is stamped before its transaction commits, and a long import
 * may commit well after the stamp. What the overlap finds again is already in the outbox by key.
 */
@Component
class NotificationScanner {

  static final Duration OVERLAP = Duration.ofHours(1);

  /** Up to this many listings blocked in one scan are told of one by one; more, in a summary. */
  static final int BLOCKED_ONE_BY_ONE = 5;

  /** Up to this many complaints recorded in one scan are told of one by one; more, in a summary. */
  static final int COMPLAINTS_ONE_BY_ONE = 5;

  private static final Logger log = LoggerFactory.getLogger(NotificationScanner.class);

  private final Subscriptions subscriptions;
  private final Outbox outbox;
  private final Dispatcher dispatcher;
  private final Deliveries deliveries;
  private final Complaints complaints;
  private final ComplaintService complaintService;
  private final Authorizations authorizations;
  private final BlockedListings blocked;
  private final NotificationProperties properties;
  private final Clock clock;

  NotificationScanner(
      Subscriptions subscriptions,
      Outbox outbox,
      Dispatcher dispatcher,
      Deliveries deliveries,
      Complaints complaints,
      ComplaintService complaintService,
      Authorizations authorizations,
      BlockedListings blocked,
      NotificationProperties properties,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.deliveries = deliveries;
    this.complaints = complaints;
    this.complaintService = complaintService;
    this.authorizations = authorizations;
    this.blocked = blocked;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${clearmark.notifications.scan-every:PT15M}",
      initialDelayString = "${clearmark.notifications.scan-every:PT15M}")
  void scheduled() {
    scanAll();
    dispatcher.dispatchDue();
  }

  /** One scan of every organization; returns how many notifications it recorded. */
  int scanAll() {
    int recorded = 0;
    for (Subscription s : subscriptions.all()) {
      try {
        recorded += scan(s);
      } catch (RuntimeException e) {
        // One organization's bad data must not keep the others from their reminders.
        log.error("notification scan of organization {} failed", s.organizationId(), e);
      }
    }
    return recorded;
  }

  int scan(Subscription s) {
    long org = s.organizationId();
    // Rows are stamped with the same clock, so "new since the last scan", the dates of reminders
    // and the hour of the digest are all measured on it.
    OffsetDateTime scanStart = Timestamps.now(clock);
    Instant since = later(s.enabledAt(), s.scannedUntil().minus(OVERLAP));
    Instant now = scanStart.toInstant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    int recorded = 0;

    List<Complaint> all = complaints.all(org);
    recorded += received(s, all, since, today);
    for (Complaint c : all) {
      for (Deadline d : complaintService.deadlinesOf(c)) {
        var reminder = ReminderPolicy.COMPLAINT_DEADLINES.on(today, d.due());
        if (reminder.isPresent()) {
          recorded += count(outbox.record(s, Messages.deadlineApproaching(c, d, reminder.get())));
        }
      }
    }
    var expiry = ReminderPolicy.AUTHORIZATION_EXPIRY;
    for (Authorization a :
        authorizations.expiringBetween(org, today, today.plusDays(expiry.horizon()))) {
      var reminder = expiry.on(today, a.validTo());
      if (reminder.isPresent()) {
        recorded += count(outbox.record(s, Messages.authorizationExpiring(a, reminder.get())));
      }
    }
    recorded += blocked(s, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    recorded += digest(s, all, now, today);
    subscriptions.scanned(org, scanStart);
    return recorded;
  }

  /**
   * Complaints newly recorded: one message each when there are a few, one summary when an import
   * records many at once (each then marked as told, so none is sent again alone).
   */
  private int received(Subscription s, List<Complaint> all, Instant since, LocalDate today) {
    List<Complaint> fresh =
        all.stream()
            .filter(c -> c.createdAt() != null && !c.createdAt().isBefore(since))
            .sorted(Comparator.comparingLong(Complaint::id))
            .filter(c -> !deliveries.has(s.organizationId(), Messages.complaintReceivedKey(c)))
            .toList();
    if (fresh.size() <= COMPLAINTS_ONE_BY_ONE) {
      int recorded = 0;
      for (Complaint c : fresh) {
        recorded += count(outbox.record(s, received(c, today)));
      }
      return recorded;
    }
    var summary = outbox.record(s, Messages.complaintsReceived(fresh));
    if (summary.isPresent()) {
      fresh.forEach(c -> outbox.recordCovered(s, received(c, today)));
    }
    return count(summary);
  }

  private Notification received(Complaint c, LocalDate today) {
    return Messages.complaintReceived(c, complaintService.deadlinesOf(c), today);
  }

  /**
   * Listings newly blocked: one message each when there are a few, one summary when an import or a
   * re-screen blocks many at once (each then marked as told, so none is sent again alone).
   */
  private int blocked(Subscription s, OffsetDateTime since) {
    List<BlockedListings.Blocked> fresh =
        blocked.screenedSince(s.organizationId(), since).stream()
            .filter(b -> !deliveries.has(s.organizationId(), Messages.listingBlocked(b).key()))
            .toList();
    if (fresh.size() <= BLOCKED_ONE_BY_ONE) {
      int recorded = 0;
      for (var b : fresh) {
        recorded += count(outbox.record(s, Messages.listingBlocked(b)));
      }
      return recorded;
    }
    var summary = outbox.record(s, Messages.listingsBlocked(fresh));
    if (summary.isPresent()) {
      fresh.forEach(b -> outbox.recordCovered(s, Messages.listingBlocked(b)));
    }
    return count(summary);
  }

  /** The digest of the day, once the configured time of day has come and if there is news. */
  private int digest(Subscription s, List<Complaint> all, Instant now, LocalDate today) {
    if (!outbox.reaches(s, EventType.DIGEST)
        || now.atOffset(ZoneOffset.UTC).toLocalTime().isBefore(properties.digestAt())
        || deliveries.has(s.organizationId(), "digest:" + today)) {
      return 0;
    }
    Instant dayAgo = now.minus(Duration.ofDays(1));
    List<Digest.Due> due = new ArrayList<>();
    for (Complaint c : all) {
      for (Deadline d : complaintService.deadlinesOf(c)) {
        if (d.daysLeft(today) <= Digest.DEADLINE_DAYS) {
          due.add(new Digest.Due(c, d));
        }
      }
    }
    due.sort(Comparator.comparing((Digest.Due d) -> d.deadline().due()));
    var digest =
        new Digest(
            today,
            due,
            authorizations.expiringBetween(
                s.organizationId(), today, today.plusDays(Digest.EXPIRY_DAYS)),
            all.stream()
                .filter(c -> c.createdAt() != null && !c.createdAt().isBefore(dayAgo))
                .toList(),
            blocked.toldSince(
                s.organizationId(), OffsetDateTime.ofInstant(dayAgo, ZoneOffset.UTC)));
    return digest.isEmpty() ? 0 : count(outbox.record(s, Messages.digest(digest)));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static int count(Optional<Long> recorded) {
    return recorded.isPresent() ? 1 : 0;
  }
}
