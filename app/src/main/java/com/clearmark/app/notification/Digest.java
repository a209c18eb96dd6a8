package com.clearmark.app.notification;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.Deadline;
import java.time.LocalDate;
import java.util.List;

/**
 * What the daily digest of an organization says.
 *
 * @param deadlines deadlines of open complaints that are overdue or due within the week
 * @param expiring authorizations that end within 30 days
 * @param complaints complaints recorded in the last 24 hours
 * @param blocked listings told of as blocked in the last 24 hours, alone or in a summary; not those
 *     merely screened again
 */
record Digest(
    LocalDate day,
    List<Due> deadlines,
    List<Authorization> expiring,
    List<Complaint> complaints,
    List<BlockedListings.Blocked> blocked) {

  /** How far ahead the digest lists deadlines. */
  static final int DEADLINE_DAYS = 7;

  /** How far ahead the digest lists authorizations that end. */
  static final int EXPIRY_DAYS = 30;

  Digest {
    deadlines = List.copyOf(deadlines);
    expiring = List.copyOf(expiring);
    complaints = List.copyOf(complaints);
    blocked = List.copyOf(blocked);
  }

  /** A deadline of an open complaint. */
  record Due(Complaint complaint, Deadline deadline) {}

  /** Nothing to say: no digest is sent. */
  boolean isEmpty() {
    return deadlines.isEmpty() && expiring.isEmpty() && complaints.isEmpty() && blocked.isEmpty();
  }
}
