package com.clearmark.app.audit;

import java.util.Optional;

/**
 * What an audit entry records. The constant's name is the text stored in {@code audit_log.action}
 * and shown on the audit page and in the API, so a constant is never renamed: rows written before
 * keep their meaning. Rows may hold actions this build does not know (written by a newer or an
 * older version); they are read and shown as stored, see {@link #of(String)}.
 */
public enum AuditAction {
  // ---- Members, invitations and tokens ----
  MEMBER_INVITED,
  MEMBER_ADDED,
  MEMBER_ROLE_CHANGED,
  MEMBER_REMOVED,
  INVITATION_CANCELLED,
  INVITATION_DECLINED,
  PASSWORD_RESET,
  TOKEN_CREATED,
  TOKEN_REVOKED,

  // ---- Registry ----
  MARK_ADDED,
  MARK_UPDATED,
  MARK_DELETED,
  REGISTRY_IMPORTED,

  // ---- Catalogue and review ----
  LISTING_CREATED,
  LISTING_UPDATED,
  CATALOGUE_IMPORTED,
  LISTINGS_RESCREENED,
  RISK_ACCEPTED,
  MARKED_FIXED,
  FINDING_DISMISSED,
  FINDING_RESTORED,
  REVIEW_REOPENED,

  // ---- Authorizations ----
  AUTHORIZATION_ADDED,
  AUTHORIZATION_DOCUMENT_ATTACHED,
  AUTHORIZATION_CORRECTED,
  AUTHORIZATION_DELETED,

  // ---- Proof of source ----
  SUPPLIER_ADDED,
  SUPPLIER_CORRECTED,
  SUPPLIER_DELETED,
  INVOICE_ADDED,
  INVOICE_CORRECTED,
  INVOICE_DELETED,
  INVOICE_DOCUMENT_ATTACHED,
  SALES_IMPORTED,
  SALES_RECORDED,

  // ---- Complaints: recorded, acted on, and each status they are moved to ----
  COMPLAINT_RECORDED,
  COMPLAINT_CORRECTED,
  COMPLAINT_DELETED,
  COMPLAINT_ACTION,
  COMPLAINT_INVESTIGATING,
  COMPLAINT_ACTION_TAKEN,
  COMPLAINT_RETRACTION_REQUESTED,
  COMPLAINT_APPEALED,
  COMPLAINT_RESOLVED,
  COMPLAINT_REJECTED,

  // ---- Notifications ----
  NOTIFICATIONS_CHANGED,
  WEBHOOK_SECRET_REPLACED,

  // ---- Appeals: letters as edited, and who signs them ----
  APPEAL_LETTER_EDITED,
  APPEAL_LETTER_RESET,
  APPEAL_CONTACT_CHANGED,

  // ---- Monitoring: captured third-party listings, authorized sellers, seller contact data ----
  CAPTURES_IMPORTED,
  AUTHORIZED_SELLER_ADDED,
  AUTHORIZED_SELLER_CORRECTED,
  AUTHORIZED_SELLER_DELETED,
  REFERENCE_PRICE_ADDED,
  REFERENCE_PRICE_DELETED,
  SELLER_CONTACT_EXPORTED,
  SELLER_CONTACT_ERASED,

  // ---- Enforcement: cases and test buys ----
  CASE_OPENED,
  CASE_VALIDATED,
  CASE_DISMISSED,
  CASE_STATUS_CHANGED,
  CASE_REENFORCED,
  TEST_BUY_RECORDED,
  ENFORCEMENT_SETTINGS_CHANGED,

  // ---- Notices ----
  NOTICE_DRAFTED,
  NOTICE_EDITED,
  NOTICE_APPROVED,
  NOTICE_SENT,
  NOTICE_WITHDRAWN,

  // ---- Stay-down and seller networks ----
  RELISTING_FLAGGED,

  // ---- Patents ----
  PATENT_ADDED,
  PATENT_CORRECTED,
  PATENT_DELETED,
  PATENTS_IMPORTED,

  // ---- Copyright: registered works and listing images ----
  WORK_ADDED,
  WORK_CORRECTED,
  WORK_IMAGE_REPLACED,
  WORK_DELETED,
  LISTING_IMAGE_ADDED,
  LISTING_IMAGE_REMOVED,
  CAPTURE_IMAGE_ADDED;

  /** The text stored for this action. */
  public String stored() {
    return name();
  }

  /** The action stored as {@code text}, or empty when this build does not know it. */
  public static Optional<AuditAction> of(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (AuditAction a : values()) {
      if (a.name().equals(text)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
