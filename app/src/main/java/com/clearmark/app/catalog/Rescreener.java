package com.clearmark.app.catalog;

import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.RegistryRebuilt;
import com.clearmark.app.screening.AllowList;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.screening.ScreeningService;
import com.clearmark.engine.screening.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-screens an organization's listings after its registry was recompiled. Runs as a job with
 * progress; a listing whose verdict and findings did not change is not rewritten. Each page of
 * listings is written in its own transaction: a re-screen can be interrupted and run again safely.
 */
@Component
class Rescreener {

  private static final Logger log = LoggerFactory.getLogger(Rescreener.class);
  private static final int PAGE = 1000;
  private final Listings listings;
  private final ScreeningService screening;
  private final AllowList allowList;
  private final Jobs jobs;
  private final AuditLog audit;
  private final CatalogService catalog;
  private final TransactionTemplate transaction;

  Rescreener(
      Listings listings,
      ScreeningService screening,
      AllowList allowList,
      Jobs jobs,
      AuditLog audit,
      CatalogService catalog,
      TransactionTemplate transaction) {
    this.listings = listings;
    this.screening = screening;
    this.allowList = allowList;
    this.jobs = jobs;
    this.audit = audit;
    this.catalog = catalog;
    this.transaction = transaction;
  }

  @EventListener
  void registryRebuilt(RegistryRebuilt event) {
    long org = event.organizationId();
    // Counting under the catalogue's lock waits for an import in flight, whose listings were
    // screened against the old registry and must be re-screened too.
    var lock = catalog.writer(org);
    long total;
    lock.lock();
    try {
      total = listings.count(org);
    } finally {
      lock.unlock();
    }
    if (total == 0) {
      return;
    }
    long jobId =
        jobs.create(org, JobKind.RESCREEN, "registry version " + event.version(), null, null);
    try {
      run(org, jobId, total, event);
    } catch (RuntimeException e) {
      log.error("re-screening organization {} failed", org, e);
      jobs.fail(
          jobId,
          "Re-screening stopped by an internal error; it will run again on the next registry change.");
    }
  }

  private void run(long org, long jobId, long total, RegistryRebuilt event) {
    var progress = jobs.start(jobId, null);
    progress.phase("re-screening", total);
    AllowList.Snapshot allowed = allowList.snapshot(org);
    long after = 0;
    long seen = 0;
    long[] changed = {0};
    var lock = catalog.writer(org);
    // Each page is read, screened and written under the catalogue's lock, so no import can slip a
    // listing screened against the old registry in between.
    while (true) {
      lock.lock();
      try {
        List<Object[]> page = listings.currentVersionsAfter(org, after, PAGE);
        if (page.isEmpty()) {
          break;
        }
        List<Long> versionIds = page.stream().map(r -> ((ListingVersion) r[4]).id()).toList();
        var stored = listings.findingsOf(org, versionIds);
        List<Listings.Rescreened> updates = new ArrayList<>();
        for (Object[] row : page) {
          long listingId = (Long) row[0];
          var version = (ListingVersion) row[4];
          var previousStatus = (ReviewStatus) row[3];
          ScreeningOutcome outcome =
              screening.screen(
                  org, listingId, version.toListing((String) row[1], (String) row[2]), allowed);
          List<StoredFinding> before = stored.getOrDefault(version.id(), List.of());
          if (same(before, outcome) && version.decision().equals(outcome.decision().name())) {
            continue;
          }
          ReviewStatus status =
              ReviewStatusPolicy.next(
                  previousStatus, Decision.valueOf(version.decision()), outcome.decision(), false);
          updates.add(new Listings.Rescreened(listingId, version.id(), outcome, status));
        }
        transaction.executeWithoutResult(s -> listings.rescreenedAll(org, updates));
        changed[0] += updates.size();
        seen += page.size();
        after = (Long) page.get(page.size() - 1)[0];
      } finally {
        lock.unlock();
      }
      progress.processed(seen);
    }
    audit.record(
        org,
        null,
        "system",
        "LISTINGS_RESCREENED",
        "JOB",
        jobId,
        "registry version "
            + event.version()
            + " ("
            + event.markCount()
            + " marks): "
            + seen
            + " listings re-screened, "
            + changed[0]
            + " changed",
        null);
    jobs.succeed(
        jobId,
        seen,
        changed[0],
        0,
        seen - changed[0],
        changed[0] + " of " + seen + " listings changed");
  }

  private static boolean same(List<StoredFinding> before, ScreeningOutcome now) {
    if (before.size() != now.findings().size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      var a = before.get(i);
      var b = now.findings().get(i).finding();
      if (!a.rule().equals(b.rule().name())
          || !Objects.equals(a.mark(), b.mark())
          || !a.field().equals(b.field())
          || a.start() != b.start()
          || a.end() != b.end()
          || a.dismissed() != now.findings().get(i).dismissed()) {
        return false;
      }
    }
    return true;
  }
}
