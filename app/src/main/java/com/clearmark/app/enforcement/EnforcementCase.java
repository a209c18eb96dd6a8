package com.clearmark.app.enforcement;

import com.clearmark.app.shared.ConflictException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A suspected infringement on one monitored listing, as an aggregate: its status changes only
 * through {@link #moveTo}, which refuses a move {@link CaseStatus#next()} does not allow and
 * returns the case as it stands after it, with the moment of the move stamped on the milestone it
 * reaches. {@link Cases#moved} then stores the move only while the revision is the one read, since
 * a case can come back to a status it had (a notice withdrawn, a dismissal undone).
 *
 * @param captureId the snapshot that raised the case: the evidence a notice cites
 * @param relistingOf the earlier case of the same goods when this one is a relisting, else null
 * @param noticedAt when the latest notice was sent; cleared when a rejected notice is tried again
 * @param outcomeAt when the marketplace's latest answer to it was recorded
 */
public record EnforcementCase(
    long id,
    long monitoredListingId,
    long captureId,
    Long sellerRef,
    String marketplace,
    String rule,
    String mark,
    String registration,
    CaseStatus status,
    int revision,
    Long relistingOf,
    Instant detectedAt,
    Instant validatedAt,
    Instant noticedAt,
    Instant outcomeAt,
    Instant closedAt) {

  public EnforcementCase {
    Objects.requireNonNull(marketplace, "marketplace");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detectedAt, "detectedAt");
  }

  /**
   * This case moved to {@code next} at {@code at}.
   *
   * @throws ConflictException when the lifecycle does not allow the move, saying what it allows
   */
  public EnforcementCase moveTo(CaseStatus next, Instant at) {
    if (!status.next().contains(next)) {
      throw new ConflictException(
          "Case #"
              + id
              + " is "
              + words(status)
              + " and cannot become "
              + words(next)
              + (status.next().isEmpty()
                  ? "; it is closed for good (enforce it again as a new case)."
                  : "; from here it can become "
                      + String.join(
                          " or ", status.next().stream().map(EnforcementCase::words).toList())
                      + "."));
    }
    Instant validated = validatedAt;
    Instant noticed = noticedAt;
    Instant outcome = outcomeAt;
    Instant closed = closedAt;
    switch (next) {
      case VALIDATED -> {
        validated = validatedAt == null ? at : validatedAt;
        if (status == CaseStatus.REJECTED) {
          // The rejected notice is history now (its events keep it); the next one starts afresh.
          noticed = null;
          outcome = null;
        }
      }
      case DETECTED -> validated = null;
      case SENT -> noticed = at;
      case REMOVED, REJECTED, COUNTER_NOTICED, REINSTATED -> outcome = at;
      case CLOSED -> closed = at;
      default -> {}
    }
    return new EnforcementCase(
        id,
        monitoredListingId,
        captureId,
        sellerRef,
        marketplace,
        rule,
        mark,
        registration,
        next,
        revision,
        relistingOf,
        detectedAt,
        validated,
        noticed,
        outcome,
        closed);
  }

  /**
   * Refuses to act on a case read at another revision than {@code expected}, when one was given.
   *
   * @throws ConflictException when the case changed since the caller read it
   */
  public void requireRevision(Integer expected) {
    if (expected != null && expected != revision) {
      throw new ConflictException(Cases.CHANGED_MEANWHILE);
    }
  }

  /** Whether the case is still being worked on (see {@link CaseStatus#open()}). */
  public boolean open() {
    return status.open();
  }

  static String words(CaseStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
