package com.clearmark.app.enforcement;

import java.time.Instant;

/**
 * One line of a case's timeline: a move (with the statuses it went between) or something recorded
 * without a move, such as the listing captured again or a notice drafted.
 */
record CaseEvent(
    long id,
    long caseId,
    String kind,
    CaseStatus fromStatus,
    CaseStatus toStatus,
    String summary,
    String actorName,
    Instant at) {

  static final String OPENED = "OPENED";
  static final String MOVED = "MOVED";
  static final String CAPTURED_AGAIN = "CAPTURED_AGAIN";
  static final String TAKEDOWN_SEEN = "TAKEDOWN_SEEN";
  static final String UNAVAILABLE = "UNAVAILABLE";
  static final String RELISTING = "RELISTING";
  static final String TEST_BUY = "TEST_BUY";
  static final String NOTE = "NOTE";
}
