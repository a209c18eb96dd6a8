package com.clearmark.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.catalog.Listings;
import com.clearmark.app.catalog.ReviewStatus;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.support.TwoAtOnce;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two reviewers deciding about the same flagged listing at the same time, in the running service: a
 * decision is stored only while the listing's review is at the revision the reviewer read, so
 * exactly one decision wins and the other reviewer is told to reload. Run on both databases by its
 * subclasses.
 */
@SpringBootTest
abstract class ConcurrentReviewDecisions {

  static final String RELOAD =
      "This listing's review was changed by someone else at the same time; reload it and try"
          + " again.";

  @Autowired Listings listings;
  @Autowired ReviewService reviews;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;

  long org;
  Caller reviewer;

  @BeforeEach
  void organizationWithAReviewer() {
    var now = Timestamps.now(clock);
    jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
        .params("Northwind Goods", now)
        .update();
    org = jdbc.sql("select max(id) from organizations").query(Long.class).single();
    String email = "riley-" + UUID.randomUUID() + "@northwind.example";
    jdbc.sql("insert into users (email, name, password_hash, created_at) values (?, ?, ?, ?)")
        .params(email, "Riley Reviewer", "-", now)
        .update();
    long user =
        jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
    reviewer = new Caller(user, "Riley Reviewer", org, "Northwind Goods", Role.REVIEWER);
  }

  /** A listing its screening blocked, waiting for a reviewer. */
  long flaggedListing(String sku) {
    var now = Timestamps.now(clock);
    jdbc.sql(
            """
            insert into listings (organization_id, sku, asin, current_version, brand, title,
              decision, score, review_status, content_hash, created_at, updated_at)
            values (?, ?, 'B0TEST0001', 1, 'Northwind', 'Zorvix cable', 'BLOCK', 80, 'OPEN', 'h1',
              ?, ?)""")
        .params(org, sku, now, now)
        .update();
    return listings.findBySku(org, sku).orElseThrow().id();
  }

  ListingReview read(long listing) {
    return ListingReview.of(listings.reviewed(org, listing).orElseThrow());
  }

  @Test
  void ofTwoDecisionsReadTogetherTheSecondToBeSavedIsRefusedAsAConflict() {
    long listing = flaggedListing("SKU-RACE-1");
    ListingReview mine = read(listing);
    ListingReview theirs = read(listing);

    listings.setReviewStatus(
        org, listing, mine.revision(), mine.decide(ReviewAction.ACCEPT_RISK).status());

    assertThatThrownBy(
            () ->
                listings.setReviewStatus(
                    org,
                    listing,
                    theirs.revision(),
                    theirs.decide(ReviewAction.MARK_FIXED).status()))
        .isInstanceOf(ConflictException.class)
        .hasMessage(RELOAD);
    assertThat(read(listing).status()).isEqualTo(ReviewStatus.ACCEPTED);
    assertThat(read(listing).revision()).isEqualTo(mine.revision() + 1);
  }

  @Test
  void twoReviewersDecidingInTransactionsAtTheSameTimeLeaveOneDecision() {
    long listing = flaggedListing("SKU-RACE-2");
    TwoAtOnce.Task accept = decidingInATransaction(listing, ReviewAction.ACCEPT_RISK);
    TwoAtOnce.Task fixed = decidingInATransaction(listing, ReviewAction.MARK_FIXED);

    var outcomes = TwoAtOnce.run(accept, fixed);

    assertThat(outcomes).filteredOn(TwoAtOnce.Outcome::won).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.won())
        .singleElement()
        .satisfies(
            o -> assertThat(o.thrown()).isInstanceOf(ConflictException.class).hasMessage(RELOAD));
    ReviewStatus won =
        (ReviewStatus)
            outcomes.stream().filter(TwoAtOnce.Outcome::won).findFirst().orElseThrow().value();
    assertThat(read(listing).status()).isEqualTo(won);
  }

  @Test
  void aDecisionThroughTheServiceAfterAnotherOneIsStoredOnTheNewRevision() {
    long listing = flaggedListing("SKU-RACE-3");

    reviews.decide(reviewer, listing, ReviewAction.ACCEPT_RISK, "licensed reseller");
    var fixed = reviews.decide(reviewer, listing, ReviewAction.MARK_FIXED, "");

    assertThat(fixed.reviewStatus()).isEqualTo(ReviewStatus.FIXED);
    assertThat(read(listing).revision()).isEqualTo(2);
  }

  @Test
  void aListingThatPassedHasNothingToDecide() {
    long listing = flaggedListing("SKU-PASS-1");
    jdbc.sql("update listings set decision = 'PASS', review_status = 'NONE' where id = ?")
        .param(listing)
        .update();

    assertThatThrownBy(() -> read(listing).decide(ReviewAction.ACCEPT_RISK))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Listing SKU-PASS-1 passed screening; there is nothing to review.");
  }

  private TwoAtOnce.Task decidingInATransaction(long listing, ReviewAction action) {
    return together ->
        tx.execute(
            s -> {
              ListingReview review = read(listing);
              // Both have read the review before either writes.
              together.meet();
              ListingReview decided = review.decide(action);
              listings.setReviewStatus(org, listing, review.revision(), decided.status());
              return decided.status();
            });
  }
}
