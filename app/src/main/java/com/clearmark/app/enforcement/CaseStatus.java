package com.clearmark.app.enforcement;

/** PLACEHOLDER of helper C's contracted lifecycle of a case (moves decided by C). */
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
  DISMISSED
}
