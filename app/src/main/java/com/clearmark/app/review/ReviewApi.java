package com.clearmark.app.review;

import com.clearmark.app.catalog.FilterForm;
import com.clearmark.app.catalog.ListingSummary;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@Tag(name = "Reviews", description = "The review queue and reviewers' decisions")
class ReviewApi {

  private final ReviewService reviews;

  ReviewApi(ReviewService reviews) {
    this.reviews = reviews;
  }

  record Decision(ReviewAction action, String reason) {}

  record BulkDecision(List<Long> listingIds, ReviewAction action, String reason) {}

  record Dismissal(String reason) {}

  record BulkResult(int decided) {}

  record Note(String reason) {}

  @GetMapping("/api/v1/reviews")
  @Operation(summary = "Flagged listings waiting for review (reviewStatus=ALL for every one)")
  PageOf<ListingSummary> queue(
      Caller caller,
      @ParameterObject FilterForm filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @Parameter(
              description =
                  "decision, score, sku, title, brand, status, version, updated,"
                      + " severity, rule or mark")
          @RequestParam(required = false)
          String sort,
      @Parameter(description = "asc or desc") @RequestParam(required = false) String dir) {
    return reviews.queue(
        caller, filter.toFilter(true), PageRequest.of(page, size), Listings.Sort.of(sort, dir));
  }

  @PostMapping("/api/v1/listings/{id}/review")
  @Operation(summary = "Accept the risk (reason required) or mark the listing fixed")
  ListingSummary decide(
      Caller caller, @PathVariable long id, @Valid @RequestBody Decision decision) {
    return reviews.decide(
        caller,
        id,
        decision == null ? null : decision.action(),
        decision == null ? null : decision.reason());
  }

  @PostMapping("/api/v1/reviews/bulk")
  @Operation(summary = "Apply one decision to many listings, all or none")
  BulkResult bulk(Caller caller, @Valid @RequestBody BulkDecision decision) {
    return new BulkResult(
        reviews.decideAll(caller, decision.listingIds(), decision.action(), decision.reason()));
  }

  @PostMapping("/api/v1/findings/{id}/dismiss")
  @Operation(summary = "Dismiss a finding as a false positive for this listing (reason required)")
  ListingSummary dismiss(
      Caller caller, @PathVariable long id, @Valid @RequestBody Dismissal dismissal) {
    return reviews.dismiss(caller, id, dismissal == null ? null : dismissal.reason());
  }

  @PostMapping("/api/v1/findings/{id}/restore")
  @Operation(
      summary = "Restore a dismissed finding (optional reason)",
      description =
          "Takes the finding off the listing's allow-list: it counts again in this screening and"
              + " every later one, and the listing is scored again with it. 409 when the finding"
              + " is not dismissed or belongs to an earlier version.")
  ListingSummary restore(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Note note) {
    return reviews.restore(caller, id, note == null ? null : note.reason());
  }

  @PostMapping("/api/v1/listings/{id}/reopen")
  @Operation(
      summary = "Reopen an accepted or fixed listing for review (optional reason)",
      description =
          "Sets the review status back to OPEN. 409 when the listing is neither ACCEPTED nor"
              + " FIXED, or when its review changed at the same time.")
  ListingSummary reopen(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Note note) {
    return reviews.reopen(caller, id, note == null ? null : note.reason());
  }
}
