package com.clearmark.app.catalog;

/** Where a flagged listing stands with the reviewers. */
public enum ReviewStatus {
  /** Nothing to review: the listing passed. */
  NONE,
  /** Flagged and waiting for a reviewer. */
  OPEN,
  /** A reviewer accepted the risk, with a reason. */
  ACCEPTED,
  /** A reviewer marked it fixed; the next version will be screened again. */
  FIXED
}
