package com.clearmark.app.review;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.catalog.ListingSummary;
import com.clearmark.app.catalog.ListingVersion;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.catalog.ReviewStatus;
import com.clearmark.app.catalog.ReviewStatusPolicy;
import com.clearmark.app.screening.AllowList;
import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.screening.ScreeningService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.screening.Decision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue and reviewers' decisions. Every decision is recorded in the audit log with who
 * made it and why.
 */
@Service
public class ReviewService {

  private final Listings listings;
  private final AllowList allowList;
  private final ScreeningService screening;
  private final AuditLog audit;

  ReviewService(
      Listings listings, AllowList allowList, ScreeningService screening, AuditLog audit) {
    this.listings = listings;
    this.allowList = allowList;
    this.screening = screening;
    this.audit = audit;
  }

  /** Flagged listings; the review status defaults to {@code OPEN}, {@code ALL} shows every one. */
  public PageOf<ListingSummary> queue(Caller caller, Listings.Filter filter, PageRequest page) {
    return queue(caller, filter, page, Listings.Sort.DEFAULT);
  }

  /** A listing in the queue with the finding that weighs most on it, if one still counts. */
  public record QueueRow(ListingSummary listing, Listings.TopFinding top) {}

  /** A page of the queue in the order asked for, each listing with its most severe finding. */
  public PageOf<QueueRow> rows(
      Caller caller, Listings.Filter filter, PageRequest page, Listings.Sort sort) {
    var listed = queue(caller, filter, page, sort);
    var top =
        listings.topFindings(
            caller.organizationId(), listed.items().stream().map(ListingSummary::id).toList());
    return listed.map(l -> new QueueRow(l, top.get(l.id())));
  }

  public PageOf<ListingSummary> queue(
      Caller caller, Listings.Filter filter, PageRequest page, Listings.Sort sort) {
    String status = filter.reviewStatus();
    if (status == null || status.isBlank()) {
      status = ReviewStatus.OPEN.name();
    } else if (status.equalsIgnoreCase("ALL")) {
      status = null;
    }
    var f =
        new Listings.Filter(
            filter.decision(),
            filter.rule(),
            filter.mark(),
            filter.brand(),
            filter.q(),
            filter.from(),
            filter.to(),
            status,
            true);
    return listings.page(caller.organizationId(), f, page, sort);
  }

  @Transactional
  public ListingSummary decide(Caller caller, long listingId, ReviewAction action, String reason) {
    caller.require(Role.REVIEWER);
    var review =
        ListingReview.of(
            listings
                .reviewed(caller.organizationId(), listingId)
                .orElseThrow(() -> new NotFoundException("listing", listingId)));
    var listing = review.listing();
    if (action == null) {
      throw new InvalidInputException("action", "choose ACCEPT_RISK or MARK_FIXED");
    }
    String why = reason == null ? "" : reason.strip();
    if (action == ReviewAction.ACCEPT_RISK && why.isEmpty()) {
      throw new InvalidInputException("reason", "say why the risk is accepted");
    }
    if (why.length() > FieldLimits.REASON) {
      throw new InvalidInputException("reason", "at most " + FieldLimits.REASON + " characters");
    }
    ListingReview decided = review.decide(action);
    listings.setReviewStatus(
        caller.organizationId(), listingId, review.revision(), decided.status());
    audit.record(
        caller,
        action == ReviewAction.ACCEPT_RISK ? AuditAction.RISK_ACCEPTED : AuditAction.MARKED_FIXED,
        "LISTING",
        listingId,
        listing.sku()
            + " version "
            + listing.version()
            + " ("
            + listing.decision()
            + ", score "
            + listing.score()
            + ")",
        why.isEmpty() ? null : why);
    return listings.find(caller.organizationId(), listingId).orElseThrow();
  }

  /**
   * Checks a decision for many listings as typed, before anyone is asked to confirm it: listings
   * chosen, not too many, an action, and a reason where the action needs one.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public void checkBulk(List<Long> listingIds, ReviewAction action, String reason) {
    if (listingIds == null || listingIds.isEmpty()) {
      throw new InvalidInputException("listingIds", "select at least one listing");
    }
    if (listingIds.size() > 1000) {
      throw new InvalidInputException("listingIds", "at most 1000 listings at a time");
    }
    if (action == null) {
      throw new InvalidInputException("action", "choose ACCEPT_RISK or MARK_FIXED");
    }
    if (action == ReviewAction.ACCEPT_RISK && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "say why the risk is accepted");
    }
    reasonWithin(reason);
  }

  /** Applies one decision to many listings, all or none. */
  @Transactional
  public int decideAll(Caller caller, List<Long> listingIds, ReviewAction action, String reason) {
    checkBulk(listingIds, action, reason);
    int n = 0;
    for (long id : new LinkedHashSet<>(listingIds)) {
      decide(caller, id, action, reason);
      n++;
    }
    return n;
  }

  /**
   * Checks a dismissal as typed, before anyone is asked to confirm it: the finding is the caller's
   * to dismiss and a reason is given.
   *
   * @throws NotFoundException for a finding of another organization or none
   * @throws InvalidInputException naming the reason when it is missing or too long
   */
  public void checkDismissal(Caller caller, long findingId, String reason) {
    caller.require(Role.REVIEWER);
    listings
        .finding(caller.organizationId(), findingId)
        .orElseThrow(() -> new NotFoundException("finding", findingId));
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "say why this finding is a false positive");
    }
    reasonWithin(reason);
  }

  /**
   * Dismisses a finding as a false positive: it stops counting for this listing, now and in every
   * later screening, and the listing is scored again without it.
   */
  @Transactional
  public ListingSummary dismiss(Caller caller, long findingId, String reason) {
    caller.require(Role.REVIEWER);
    long org = caller.organizationId();
    ListingFinding finding =
        listings
            .finding(org, findingId)
            .orElseThrow(() -> new NotFoundException("finding", findingId));
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInputException("reason", "say why this finding is a false positive");
    }
    if (why.length() > FieldLimits.REASON) {
      throw new InvalidInputException("reason", "at most " + FieldLimits.REASON + " characters");
    }
    var version = listings.versionById(org, finding.listingVersionId()).orElseThrow();
    var reviewed = listings.reviewed(org, version.listingId()).orElseThrow();
    var listing = reviewed.listing();
    if (listing.version() != version.version()) {
      throw new ConflictException(
          "This finding belongs to version "
              + version.version()
              + "; the listing is now at version "
              + listing.version()
              + ". Review the current version.");
    }
    if (finding.dismissed()) {
      throw new ConflictException("This finding was already dismissed.");
    }
    // Of two dismissals (or a dismissal and a decision) at the same time, one is refused.
    listings.claimReview(org, listing.id(), reviewed.revision());
    allowList.allow(caller, listing.id(), finding.rule().name(), finding.mark(), why);
    return rescored(
        caller,
        listing,
        version,
        f -> f.dismissed() || f.id() == findingId,
        AuditAction.FINDING_DISMISSED,
        finding,
        "",
        why);
  }

  /**
   * Takes back an accepted risk or a "fixed" mark: the listing is open for review again, and the
   * audit log says who reopened it and why.
   */
  @Transactional
  public ListingSummary reopen(Caller caller, long listingId, String reason) {
    caller.require(Role.REVIEWER);
    var review =
        ListingReview.of(
            listings
                .reviewed(caller.organizationId(), listingId)
                .orElseThrow(() -> new NotFoundException("listing", listingId)));
    String why = reasonWithin(reason);
    ListingReview reopened = review.reopen();
    listings.setReviewStatus(
        caller.organizationId(), listingId, review.revision(), reopened.status());
    var listing = review.listing();
    audit.record(
        caller,
        AuditAction.REVIEW_REOPENED,
        "LISTING",
        listingId,
        listing.sku()
            + " version "
            + listing.version()
            + " reopened (was "
            + review.status()
            + "; "
            + listing.decision()
            + ", score "
            + listing.score()
            + ")",
        why.isEmpty() ? null : why);
    return listings.find(caller.organizationId(), listingId).orElseThrow();
  }

  /**
   * Restores a dismissed finding: it is taken off the listing's allow-list, counts again in this
   * screening and every later one, and the listing is scored again with it. A decision that gets
   * worse by it sends the listing back to the queue, as a re-screen would.
   */
  @Transactional
  public ListingSummary restore(Caller caller, long findingId, String reason) {
    caller.require(Role.REVIEWER);
    long org = caller.organizationId();
    ListingFinding finding =
        listings
            .finding(org, findingId)
            .orElseThrow(() -> new NotFoundException("finding", findingId));
    String why = reasonWithin(reason);
    var version = listings.versionById(org, finding.listingVersionId()).orElseThrow();
    var reviewed = listings.reviewed(org, version.listingId()).orElseThrow();
    var listing = reviewed.listing();
    if (listing.version() != version.version()) {
      throw new ConflictException(
          "This finding belongs to version "
              + version.version()
              + "; the listing is now at version "
              + listing.version()
              + ". Restore findings of the current version.");
    }
    if (!finding.dismissed()) {
      throw new ConflictException("This finding was not dismissed; it counts already.");
    }
    listings.claimReview(org, listing.id(), reviewed.revision());
    allowList.disallow(org, listing.id(), finding.rule().name(), finding.mark());
    // Other findings of the same rule and mark were dismissed by the same entry, so they count
    // again too; findings dismissed by other entries stay dismissed.
    return rescored(
        caller,
        listing,
        version,
        f -> f.dismissed() && !(f.rule() == finding.rule() && f.mark().equals(finding.mark())),
        AuditAction.FINDING_RESTORED,
        finding,
        " counts again",
        why);
  }

  /**
   * Scores the version again with the findings {@code dismissed} sets aside, moves the review as a
   * re-screen would, and records what happened to {@code finding} in the audit log.
   */
  private ListingSummary rescored(
      Caller caller,
      ListingSummary listing,
      ListingVersion version,
      Predicate<ListingFinding> dismissed,
      AuditAction action,
      ListingFinding finding,
      String happened,
      String why) {
    long org = caller.organizationId();
    List<ScreeningOutcome.Screened> kept =
        listings.findings(org, version.id()).stream()
            .map(f -> new ScreeningOutcome.Screened(f.toEngine(), dismissed.test(f)))
            .toList();
    ScreeningOutcome outcome = screening.rescore(kept, version.registryVersion());
    ReviewStatus status =
        ReviewStatusPolicy.next(
            listing.reviewStatus(),
            Decision.valueOf(listing.decision()),
            outcome.decision(),
            false);
    listings.rescreened(org, listing.id(), version.id(), outcome, status);
    audit.record(
        caller,
        action,
        "LISTING",
        listing.id(),
        finding.rule()
            + (finding.mark().isEmpty() ? "" : " " + finding.mark())
            + " in "
            + finding.field()
            + " (\""
            + finding.evidence()
            + "\") on "
            + listing.sku()
            + happened
            + "; now "
            + outcome.decision()
            + ", score "
            + outcome.score(),
        why.isEmpty() ? null : why);
    return listings.find(org, listing.id()).orElseThrow();
  }

  private static String reasonWithin(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() > FieldLimits.REASON) {
      throw new InvalidInputException("reason", "at most " + FieldLimits.REASON + " characters");
    }
    return why;
  }
}
