package com.clearmark.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.catalog.ListingSummary;
import com.clearmark.app.catalog.ReviewStatus;
import com.clearmark.app.shared.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListingReviewTest {

  static ListingReview review(String decision, ReviewStatus status) {
    return new ListingReview(
        new ListingSummary(
            7, "SKU-7", null, "Acme", "Lumora trail shoe", decision, 80, status, 2, Instant.EPOCH),
        11);
  }

  @Test
  void anAcceptedOrFixedListingReopensAtTheRevisionItWasReadAt() {
    for (ReviewStatus decided : new ReviewStatus[] {ReviewStatus.ACCEPTED, ReviewStatus.FIXED}) {
      ListingReview reopened = review("BLOCK", decided).reopen();

      assertThat(reopened.status()).isEqualTo(ReviewStatus.OPEN);
      assertThat(reopened.revision()).isEqualTo(11);
      assertThat(reopened.listing().decision()).isEqualTo("BLOCK");
    }
  }

  @Test
  void anOpenListingOrOneWithNothingToReviewCannotBeReopened() {
    assertThatThrownBy(() -> review("REVIEW", ReviewStatus.OPEN).reopen())
        .isInstanceOf(ConflictException.class)
        .hasMessage("Listing SKU-7 is already open for review.");
    assertThatThrownBy(() -> review("PASS", ReviewStatus.NONE).reopen())
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("only an accepted or fixed listing can be reopened");
  }

  @Test
  void aDecisionAndAReopeningTakeTheListingThereAndBack() {
    ListingReview open = review("BLOCK", ReviewStatus.OPEN);

    assertThat(open.decide(ReviewAction.MARK_FIXED).reopen().status()).isEqualTo(ReviewStatus.OPEN);
    assertThat(open.decide(ReviewAction.ACCEPT_RISK).status()).isEqualTo(ReviewStatus.ACCEPTED);
  }
}
