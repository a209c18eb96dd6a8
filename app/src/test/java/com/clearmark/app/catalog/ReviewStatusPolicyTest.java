package com.clearmark.app.catalog;

import static com.clearmark.engine.screening.Decision.BLOCK;
import static com.clearmark.engine.screening.Decision.PASS;
import static com.clearmark.engine.screening.Decision.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewStatusPolicyTest {

  @Test
  void aListingThatPassesHasNothingToReview() {
    assertThat(ReviewStatusPolicy.next(ReviewStatus.OPEN, BLOCK, PASS, true))
        .isEqualTo(ReviewStatus.NONE);
    assertThat(ReviewStatusPolicy.next(ReviewStatus.ACCEPTED, REVIEW, PASS, false))
        .isEqualTo(ReviewStatus.NONE);
  }

  @Test
  void aNewFlaggedListingWaitsForAReviewer() {
    assertThat(ReviewStatusPolicy.next(null, null, REVIEW, true)).isEqualTo(ReviewStatus.OPEN);
  }

  @Test
  void anAcceptanceDoesNotCarryOverToANewVersionOfTheText() {
    assertThat(ReviewStatusPolicy.next(ReviewStatus.ACCEPTED, BLOCK, BLOCK, true))
        .isEqualTo(ReviewStatus.OPEN);
  }

  @Test
  void aListingMarkedFixedThatIsStillFlaggedInItsNextVersionIsReviewedAgain() {
    assertThat(ReviewStatusPolicy.next(ReviewStatus.FIXED, BLOCK, REVIEW, true))
        .isEqualTo(ReviewStatus.OPEN);
  }

  @Test
  void reScreeningTheSameVersionKeepsAnAcceptanceUnlessTheDecisionGotWorse() {
    assertThat(ReviewStatusPolicy.next(ReviewStatus.ACCEPTED, BLOCK, REVIEW, false))
        .isEqualTo(ReviewStatus.ACCEPTED);
    assertThat(ReviewStatusPolicy.next(ReviewStatus.ACCEPTED, REVIEW, BLOCK, false))
        .isEqualTo(ReviewStatus.OPEN);
  }
}
