package com.clearmark.app.catalog;

import com.clearmark.engine.screening.Decision;

/**
 * Where a listing goes in the review queue after a screening.
 *
 * <ul>
 *   <li>A listing that passes has nothing to review.
 *   <li>A new version of a flagged listing is reviewed afresh: an acceptance covered the old text,
 *       and a "fixed" claim is exactly what the new screening checks.
 *   <li>Re-screening the same version (the registry changed, or a finding was dismissed) keeps an
 *       acceptance or a "fixed" mark unless the decision got worse.
 * </ul>
 */
public final class ReviewStatusPolicy {

  private ReviewStatusPolicy() {}

  public static ReviewStatus next(
      ReviewStatus previous, Decision previousDecision, Decision decision, boolean newVersion) {
    if (decision == Decision.PASS) {
      return ReviewStatus.NONE;
    }
    if (newVersion || previous == null || previousDecision == null) {
      return ReviewStatus.OPEN;
    }
    boolean worse = decision.compareTo(previousDecision) > 0;
    if (!worse && (previous == ReviewStatus.ACCEPTED || previous == ReviewStatus.FIXED)) {
      return previous;
    }
    return ReviewStatus.OPEN;
  }
}
