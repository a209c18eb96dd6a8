package com.clearmark.app.complaint;

import com.clearmark.app.audit.AuditAction;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands. The allowed moves encode the lifecycle: a complaint is worked on, acted
 * on, then either a retraction is asked of the rights owner or an appeal is filed, and it ends
 * resolved or rejected. An appealed complaint cannot be appealed again, and an ended one stays
 * ended.
 */
public enum ComplaintStatus {
  NEW,
  INVESTIGATING,
  ACTION_TAKEN,
  RETRACTION_REQUESTED,
  APPEALED,
  RESOLVED,
  REJECTED;

  public Set<ComplaintStatus> next() {
    return switch (this) {
      case NEW ->
          EnumSet.of(
              INVESTIGATING, ACTION_TAKEN, RETRACTION_REQUESTED, APPEALED, RESOLVED, REJECTED);
      case INVESTIGATING ->
          EnumSet.of(ACTION_TAKEN, RETRACTION_REQUESTED, APPEALED, RESOLVED, REJECTED);
      case ACTION_TAKEN -> EnumSet.of(RETRACTION_REQUESTED, APPEALED, RESOLVED, REJECTED);
      case RETRACTION_REQUESTED -> EnumSet.of(APPEALED, RESOLVED, REJECTED);
      case APPEALED -> EnumSet.of(RESOLVED, REJECTED);
      case RESOLVED, REJECTED -> EnumSet.noneOf(ComplaintStatus.class);
    };
  }

  /** What the audit log records when a complaint is moved to this status. */
  public AuditAction auditAction() {
    return switch (this) {
      case INVESTIGATING -> AuditAction.COMPLAINT_INVESTIGATING;
      case ACTION_TAKEN -> AuditAction.COMPLAINT_ACTION_TAKEN;
      case RETRACTION_REQUESTED -> AuditAction.COMPLAINT_RETRACTION_REQUESTED;
      case APPEALED -> AuditAction.COMPLAINT_APPEALED;
      case RESOLVED -> AuditAction.COMPLAINT_RESOLVED;
      case REJECTED -> AuditAction.COMPLAINT_REJECTED;
      // No move leads back to NEW (see next()), so a complaint is never recorded as moved there.
      case NEW -> throw new IllegalStateException("no complaint is moved back to NEW");
    };
  }

  public boolean open() {
    return this != RESOLVED && this != REJECTED;
  }
}
