package com.clearmark.app.monitoring;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.engine.io.CapturedListing;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes captured third-party listings in: records their sellers and listings, keeps a new immutable
 * snapshot for each listing whose content changed, screens it against the organization's own marks
 * and tells the {@link CaptureListener}s, all in one transaction.
 */
@Service
public class MonitoringService {

  private final Captures captures;
  private final MarketplaceSellers sellers;
  private final AuthorizedSellers authorized;
  private final ReferencePrices referencePrices;
  private final OwnMarkScreeners screeners;
  private final ObjectProvider<CaptureListener> listeners;
  private final AuditLog audit;
  private final Clock clock;

  MonitoringService(
      Captures captures,
      MarketplaceSellers sellers,
      AuthorizedSellers authorized,
      ReferencePrices referencePrices,
      OwnMarkScreeners screeners,
      ObjectProvider<CaptureListener> listeners,
      AuditLog audit,
      Clock clock) {
    this.captures = captures;
    this.sellers = sellers;
    this.authorized = authorized;
    this.referencePrices = referencePrices;
    this.screeners = screeners;
    this.listeners = listeners;
    this.audit = audit;
    this.clock = clock;
  }

  /** Captures the rows for the caller's organization, as the API does. */
  @Transactional
  public ImportOutcome capture(Caller caller, List<CapturedListing> rows) {
    return capture(caller, rows, null);
  }

  /** Captures the rows, the snapshots remembering the import job they came from, if any. */
  @Transactional
  ImportOutcome capture(Caller caller, List<CapturedListing> rows, Long jobId) {
    long org = caller.organizationId();
    OrganizationId orgId = OrganizationId.of(org);
    Instant received = clock.instant();
    var screener = screeners.of(org);
    var prices = referencePrices.all(orgId);
    List<NewCapture> batch = new ArrayList<>();
    List<ImportOutcome.Problem> problems = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    int unchanged = 0;
    for (CapturedListing row : rows) {
      ListingCapture c = ListingCapture.of(row);
      Map<String, String> wrong = CaptureLimits.problems(c);
      if (!wrong.isEmpty()) {
        wrong.forEach((f, m) -> problems.add(new ImportOutcome.Problem(c.line(), f, m)));
        continue;
      }
      Instant seen = c.capturedAt() == null ? received : c.capturedAt();
      MarketplaceSeller seller = c.sellerId().isEmpty() ? null : sellers.seen(org, c, seen);
      Long sellerRef = seller == null ? null : seller.id();
      String hash = ContentHash.of(c);
      var known = captures.known(org, c.marketplace(), c.listingId());
      if (known.isPresent() && hash.equals(known.get().latestHash())) {
        captures.seenAgain(known.get().id(), c.url(), sellerRef, seen, null);
        unchanged++;
        continue;
      }
      long listingId =
          known.isPresent() ? known.get().id() : captures.insertListing(org, c, sellerRef, seen);
      boolean sellerAuthorized =
          authorized.authorized(
              orgId, c.marketplace(), c.sellerId(), LocalDate.ofInstant(seen, ZoneOffset.UTC));
      long captureId =
          snapshotted(
              org,
              screener,
              prices,
              c,
              listingId,
              sellerRef,
              seen,
              received,
              hash,
              sellerAuthorized,
              jobId,
              seller,
              batch);
      ids.add(captureId);
    }
    var outcome = new ImportOutcome(batch.size(), unchanged, problems, ids);
    audit.record(
        caller,
        AuditAction.CAPTURES_IMPORTED,
        jobId == null ? "ORGANIZATION" : "JOB",
        jobId == null ? caller.organizationId() : jobId,
        outcome.snapshots()
            + " new snapshots, "
            + unchanged
            + " unchanged, "
            + problems.size()
            + " problems",
        null);
    if (!batch.isEmpty()) {
      List<NewCapture> told = List.copyOf(batch);
      listeners.orderedStream().forEach(l -> l.captured(orgId, told));
    }
    return outcome;
  }

  /**
   * Screens the latest snapshot of a watched listing again, for evidence given since it was taken
   * (images of the listing, which captures do not carry): its content becomes a new snapshot,
   * received now, with the findings of a screening today, and the listeners are told of it as of
   * any capture, so a finding that raises a case opens one, or adds "captured again" to the open
   * one. Snapshots stay immutable; the earlier one keeps what it was found with then. Does nothing
   * for a listing without a snapshot, and a listing last found gone is only screened again once it
   * is captured again.
   *
   * @return the new snapshot's id, or empty when nothing was screened
   */
  @Transactional
  public java.util.Optional<Long> screenAgain(Caller caller, long monitoredListingId) {
    long org = caller.organizationId();
    OrganizationId orgId = OrganizationId.of(org);
    var latest = captures.latest(orgId, monitoredListingId);
    if (latest.isEmpty() || !latest.get().available()) {
      return java.util.Optional.empty();
    }
    Capture was = latest.get();
    ListingCapture c =
        new ListingCapture(
            0,
            was.marketplace(),
            was.listingId(),
            was.url(),
            "",
            "",
            "",
            "",
            "",
            was.price(),
            was.currency(),
            was.capturedAt(),
            was.available(),
            was.title(),
            was.brand(),
            was.bulletPoints(),
            was.description(),
            was.searchTerms(),
            was.category());
    MarketplaceSeller seller =
        was.sellerRef() == null ? null : sellers.find(orgId, was.sellerRef()).orElse(null);
    List<NewCapture> batch = new ArrayList<>(1);
    long id =
        snapshotted(
            org,
            screeners.of(org),
            referencePrices.all(orgId),
            c,
            monitoredListingId,
            was.sellerRef(),
            was.capturedAt(),
            clock.instant(),
            was.contentHash(),
            was.sellerAuthorized(),
            null,
            seller,
            batch);
    List<NewCapture> told = List.copyOf(batch);
    listeners.orderedStream().forEach(l -> l.captured(orgId, told));
    return java.util.Optional.of(id);
  }

  /**
   * Screens one listing's content, keeps it as a new snapshot with its findings and points the
   * listing at it; the snapshot joins the batch the listeners are told of. Returns its id.
   */
  private long snapshotted(
      long org,
      OwnMarkScreeners.Built screener,
      List<ReferencePrices.ReferencePrice> prices,
      ListingCapture c,
      long listingId,
      Long sellerRef,
      Instant seen,
      Instant received,
      String hash,
      boolean sellerAuthorized,
      Long jobId,
      MarketplaceSeller seller,
      List<NewCapture> batch) {
    Capture draft = snapshot(0, listingId, sellerRef, c, seen, received, hash, "PASS", 0, false);
    var result = screener.screener().screen(draft.toListing());
    List<CaptureFinding> found = new ArrayList<>();
    for (Finding f : result.findings()) {
      found.add(
          new CaptureFinding(
              0,
              0,
              f.rule().name(),
              f.rule().category().name(),
              f.severity().name(),
              f.mark(),
              f.registration(),
              f.owner(),
              f.field(),
              f.start(),
              f.end(),
              clip(f.text()),
              clip(f.explanation())));
    }
    Decision decision = result.decision();
    int score = result.score();
    var cheap = BelowReferencePrice.check(c, prices);
    if (cheap.isPresent()) {
      found.add(cheap.get());
      if (decision == Decision.PASS) {
        decision = Decision.REVIEW;
      }
      score = Math.max(score, screeners.reviewScore());
    }
    Capture stored =
        snapshot(
            0,
            listingId,
            sellerRef,
            c,
            seen,
            received,
            hash,
            decision.name(),
            score,
            sellerAuthorized);
    long captureId = captures.insertCapture(org, stored, jobId, screener.version());
    List<CaptureFinding> withIds = List.of();
    if (!found.isEmpty()) {
      captures.insertFindings(
          org,
          found.stream()
              .map(
                  f ->
                      new CaptureFinding(
                          0,
                          captureId,
                          f.rule(),
                          f.category(),
                          f.severity(),
                          f.mark(),
                          f.registration(),
                          f.owner(),
                          f.field(),
                          f.start(),
                          f.end(),
                          f.evidence(),
                          f.explanation()))
              .toList());
      withIds = captures.findingsOf(org, captureId);
    }
    captures.seenAgain(listingId, c.url(), sellerRef, seen, captureId);
    batch.add(
        new NewCapture(
            snapshot(
                captureId,
                listingId,
                sellerRef,
                c,
                seen,
                received,
                hash,
                decision.name(),
                score,
                sellerAuthorized),
            withIds,
            seller));

    return captureId;
  }

  private static Capture snapshot(
      long id,
      long listingId,
      Long sellerRef,
      ListingCapture c,
      Instant seen,
      Instant received,
      String hash,
      String decision,
      int score,
      boolean sellerAuthorized) {
    return new Capture(
        id,
        listingId,
        sellerRef,
        c.marketplace(),
        c.listingId(),
        c.url(),
        c.title(),
        c.brand(),
        c.bulletPoints(),
        c.description(),
        c.searchTerms(),
        c.price(),
        c.currency(),
        c.category(),
        c.available(),
        seen,
        received,
        hash,
        decision,
        score,
        sellerAuthorized);
  }

  private static String clip(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
  }
}
