package com.clearmark.app.enforcement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enforcement case stands, from a suspect listing found by monitoring to the marketplace's
 * answer to the notice. {@link #next()} is the whole lifecycle: every move a case may make from
 * each status, including the ways back (a dismissal undone, a notice withdrawn, a rejected notice
 * tried again). A removed or closed case is never reopened; a listing put back after it gets a new
 * case linked to it ({@code relisting_of}).
 */
public enum CaseStatus {
  DETECTED,
  VALIDATED,
  NOTICE_DRAFTED,
  APPROVED,
  SENT,
  REMOVED,
  REJECTED,
  COUNTER_NOTICED,
  REINSTATED,
  CLOSED,
  DISMISSED;

  /** The statuses a case in this one may move to. */
  public Set<CaseStatus> next() {
    return switch (this) {
      case DETECTED -> EnumSet.of(VALIDATED, DISMISSED);
      case VALIDATED -> EnumSet.of(NOTICE_DRAFTED, DISMISSED);
      case NOTICE_DRAFTED, APPROVED ->
          EnumSet.of(this == NOTICE_DRAFTED ? APPROVED : SENT, VALIDATED);
      case SENT -> EnumSet.of(REMOVED, REJECTED, COUNTER_NOTICED);
      case COUNTER_NOTICED -> EnumSet.of(REINSTATED, REMOVED);
      case REJECTED -> EnumSet.of(VALIDATED, CLOSED);
      case REMOVED, REINSTATED -> EnumSet.of(CLOSED);
      case DISMISSED -> EnumSet.of(DETECTED);
      case CLOSED -> EnumSet.noneOf(CaseStatus.class);
    };
  }

  /**
   * Whether the case is still being worked on, so that a new capture of its listing adds to it
   * rather than opening another case. A removed listing that comes back is a relisting, judged
   * anew.
   */
  public boolean open() {
    return this != CLOSED && this != DISMISSED && this != REMOVED;
  }

  /** Whether a notice for the case is with the marketplace, awaiting or contesting its answer. */
  public boolean awaitingTakedown() {
    return this == SENT || this == COUNTER_NOTICED;
  }

  /** The answers of a marketplace (or a seller) to a sent notice that a reviewer records. */
  public static Set<CaseStatus> outcomes() {
    return EnumSet.of(REMOVED, REJECTED, COUNTER_NOTICED, REINSTATED);
  }

  /** Whether a closed or removed case may be enforced again as a new case. */
  public boolean reenforceable() {
    return this == CLOSED || this == REMOVED;
  }
}
