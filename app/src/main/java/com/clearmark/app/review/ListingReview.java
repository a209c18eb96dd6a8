package com.clearmark.app.review;

import com.clearmark.app.catalog.ListingSummary;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.catalog.ReviewStatus;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.engine.screening.Decision;

/**
 * A flagged listing as a reviewer decides about it: its current verdict, its review status and the
 * revision of that status that was read. {@link #decide} is the only way a reviewer changes the
 * status; {@link Listings#setReviewStatus} stores the result only while the revision is unchanged.
 */
record ListingReview(ListingSummary listing, long revision) {

  static ListingReview of(Listings.Reviewed reviewed) {
    return new ListingReview(reviewed.listing(), reviewed.revision());
  }

  /**
   * The review after a reviewer's decision: an accepted risk or a listing marked fixed.
   *
   * @throws ConflictException for a listing that passed screening, which has nothing to review
   */
  ListingReview decide(ReviewAction action) {
    if (listing.decision().equals(Decision.PASS.name())) {
      throw new ConflictException(
          "Listing " + listing.sku() + " passed screening; there is nothing to review.");
    }
    return withStatus(
        action == ReviewAction.ACCEPT_RISK ? ReviewStatus.ACCEPTED : ReviewStatus.FIXED);
  }

  /**
   * The review taken back to open: an accepted risk or a "fixed" mark withdrawn, so the listing
   * waits in the queue again.
   *
   * @throws ConflictException for a listing that is not accepted or fixed, which is open already or
   *     has nothing to review
   */
  ListingReview reopen() {
    if (status() != ReviewStatus.ACCEPTED && status() != ReviewStatus.FIXED) {
      throw new ConflictException(
          "Listing "
              + listing.sku()
              + (status() == ReviewStatus.OPEN
                  ? " is already open for review."
                  : " has nothing to review; only an accepted or fixed listing can be reopened."));
    }
    return withStatus(ReviewStatus.OPEN);
  }

  private ListingReview withStatus(ReviewStatus next) {
    var l = listing;
    return new ListingReview(
        new ListingSummary(
            l.id(),
            l.sku(),
            l.asin(),
            l.brand(),
            l.title(),
            l.decision(),
            l.score(),
            next,
            l.version(),
            l.updatedAt()),
        revision);
  }

  ReviewStatus status() {
    return listing.reviewStatus();
  }
}
