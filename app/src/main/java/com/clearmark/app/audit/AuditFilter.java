package com.clearmark.app.audit;

import java.time.LocalDate;

/**
 * Which entries of the audit log to show or export: each part is optional, and the dates are whole
 * days in UTC, both included.
 *
 * @param actorId the member whose entries to show; null for everyone
 */
record AuditFilter(String action, Long actorId, LocalDate from, LocalDate to) {

  static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);

  AuditFilter {
    action = action == null || action.isBlank() ? null : action.strip();
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from is after to");
    }
  }
}
