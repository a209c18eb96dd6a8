package com.clearmark.app.review;

/** What a reviewer decides about a flagged listing. */
public enum ReviewAction {
  /** The risk is known and accepted; a reason is required. */
  ACCEPT_RISK,
  /** The seller fixed the listing; its next version is screened again. */
  MARK_FIXED
}
