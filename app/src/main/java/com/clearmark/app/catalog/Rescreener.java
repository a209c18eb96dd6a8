package com.clearmark.app.catalog;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.job.InterruptedJobs;
import com.clearmark.app.job.Job;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.JobStatus;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryRebuilt;
import com.clearmark.app.screening.AllowList;
import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.screening.ScreeningService;
import com.clearmark.engine.screening.Decision;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-screens an organization's listings against its current registry, as a job with progress.
 *
 * <p>Every listing records the registry version it was last screened against, and a re-screen takes
 * only the listings behind the version it runs for, a page at a time. Each page's new screenings,
 * the versions of the listings found unchanged and the job's counts are committed together, so a
 * re-screen cut short by a crash has kept exactly what its counts say, and running it again (at the
 * next start, from the API or from the registry page) does only what is left. A listing whose
 * verdict and findings did not change is not rewritten.
 *
 * <p>Re-screens run one at a time on their own thread; a request while one of the same organization
 * waits in the queue joins that one.
 */
@Component
class Rescreener {

  private static final Logger log = LoggerFactory.getLogger(Rescreener.class);
  private static final int PAGE = 1000;

  /**
   * Passes over the listings still behind before a re-screen gives up: one is enough unless a
   * listing is written meanwhile with a screening older than the re-screen's, which the catalogue's
   * lock rules out; the others are a guard, never a loop.
   */
  private static final int MAX_PASSES = 3;

  private final Listings listings;
  private final ScreeningService screening;
  private final AllowList allowList;
  private final Jobs jobs;
  private final AuditLog audit;
  private final CatalogService catalog;
  private final RegistryIndexes indexes;
  private final InterruptedJobs interrupted;
  private final TransactionTemplate transaction;
  private final Map<Long, Long> queued = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            var t = new Thread(r, "rescreen");
            t.setDaemon(true);
            return t;
          });

  Rescreener(
      Listings listings,
      ScreeningService screening,
      AllowList allowList,
      Jobs jobs,
      AuditLog audit,
      CatalogService catalog,
      RegistryIndexes indexes,
      InterruptedJobs interrupted,
      TransactionTemplate transaction) {
    this.listings = listings;
    this.screening = screening;
    this.allowList = allowList;
    this.jobs = jobs;
    this.audit = audit;
    this.catalog = catalog;
    this.indexes = indexes;
    this.interrupted = interrupted;
    this.transaction = transaction;
  }

  /** A re-screen asked for: its job, and whether it is one that was already waiting or running. */
  record Requested(Job job, boolean existing) {}

  /**
   * Runs on the thread that builds every organization's registry, so it never waits there: when an
   * import holds the organization's catalogue, the wait for it and the request go to the re-screen
   * worker, and the other organizations' builds go on.
   */
  @EventListener
  void registryRebuilt(RegistryRebuilt event) {
    long org = event.organizationId();
    String name = "registry version " + event.version();
    // Taking the catalogue's lock first waits for an import in flight, whose listings may have been
    // screened against the old registry and are behind once it has written them.
    var lock = catalog.writer(org);
    if (lock.tryLock()) {
      lock.unlock();
      request(org, name, false);
      return;
    }
    worker.execute(
        () -> {
          try {
            lock.lock();
            lock.unlock();
            request(org, name, false);
          } catch (RuntimeException e) {
            log.error("queueing the re-screen of organization {} failed", org, e);
          }
        });
  }

  /**
   * At start-up: records in the audit log what each re-screen the last stop cut short had changed,
   * and re-screens every organization that has listings behind its registry, whether a re-screen
   * was cut short or had not started.
   */
  @EventListener(ApplicationReadyEvent.class)
  void resumeAfterStart() {
    for (Jobs.Interrupted i : interrupted.found()) {
      Job job = i.job();
      if (job.kind() == JobKind.RESCREEN
          && job.status() == JobStatus.INTERRUPTED
          && job.processed() > 0) {
        audit.record(
            i.organizationId(),
            null,
            "system",
            AuditAction.LISTINGS_RESCREENED,
            "JOB",
            job.id(),
            job.fileName()
                + ": interrupted by a server stop after "
                + job.processed()
                + " of "
                + job.total()
                + " listings re-screened, "
                + job.accepted()
                + " changed",
            null);
      }
    }
    for (long org : listings.organizationsBehind(indexes::registryVersion)) {
      request(org, "registry version " + indexes.status(org).registryVersion() + ", resumed", false)
          .ifPresent(r -> log.info("resuming the re-screen of organization {}", org));
    }
  }

  /**
   * Queues a re-screen of the organization's listings that are behind its registry. The job is
   * committed before this returns.
   *
   * @param joinRunning whether a re-screen already running does: true for a person asking, false
   *     after a registry change, which the running one may have started too early to cover
   * @return the queued (or already waiting or running) job; empty when no listing is behind
   */
  Optional<Requested> request(long organizationId, String name, boolean joinRunning) {
    synchronized (queued) {
      Long waiting = queued.get(organizationId);
      if (waiting != null) {
        return jobs.find(organizationId, waiting).map(j -> new Requested(j, true));
      }
      var running = jobs.active(organizationId, JobKind.RESCREEN);
      if (joinRunning && running.isPresent()) {
        return running.map(j -> new Requested(j, true));
      }
      long behind =
          listings.countBehind(organizationId, indexes.status(organizationId).registryVersion());
      if (behind == 0) {
        return running.map(j -> new Requested(j, true));
      }
      long jobId = jobs.create(organizationId, JobKind.RESCREEN, name, null, null);
      queued.put(organizationId, jobId);
      // execute, not submit: an Error the job rethrows reaches the thread's handler, not a Future.
      worker.execute(() -> run(organizationId, jobId));
      return jobs.find(organizationId, jobId).map(j -> new Requested(j, false));
    }
  }

  private void run(long org, long jobId) {
    synchronized (queued) {
      queued.remove(org, jobId);
    }
    long[] counts = new long[3]; // total, processed, changed
    endingTheJob(org, jobId, counts, () -> rescreen(org, jobId, counts));
  }

  /**
   * Runs a re-screen's work and ends its job however the work ends, so that a job never stays
   * running (and every later request joins it) after its thread has given up. An {@link Error} is
   * recorded like any failure, then rethrown: the thread that met it is not to carry on as if
   * nothing happened.
   *
   * @param counts the work's total, processed and changed listings, as far as it got
   */
  void endingTheJob(long org, long jobId, long[] counts, Runnable work) {
    try {
      work.run();
    } catch (RegistryIndexes.NotCompiledException e) {
      jobs.fail(
          jobId,
          "Nothing was re-screened: "
              + e.getMessage()
              + ". Correct the registry, or re-run the re-screen from the registry page to compile"
              + " it again.");
    } catch (Throwable e) {
      log.error("re-screening organization {} failed", org, e);
      try {
        jobs.failAfterProgress(
            jobId,
            "Re-screening stopped on an internal error after "
                + counts[1]
                + " of "
                + counts[0]
                + " listings; the "
                + counts[2]
                + " that changed keep their new screening. The error has been logged; re-run the"
                + " re-screen from the registry page.");
      } catch (RuntimeException | Error recording) {
        e.addSuppressed(recording);
      }
      if (e instanceof Error error) {
        throw error;
      }
    }
  }

  private void rescreen(long org, long jobId, long[] counts) {
    var progress = jobs.start(jobId, null);
    // Compiles the registry if no screening has yet since the start or its last build failed, so
    // the target is the current version, never an older one that no listing is behind.
    RegistryIndexes.Compiled compiled = indexes.latest(org);
    long target = compiled.version();
    var lock = catalog.writer(org);
    // Counting under the catalogue's lock waits for an import in flight, whose listings may have
    // been screened against the old registry and must be re-screened too.
    lock.lock();
    try {
      counts[0] = listings.countBehind(org, target);
    } finally {
      lock.unlock();
    }
    progress.phase("re-screening", counts[0]);
    jobs.progressed(jobId, counts[0], 0, 0, 0);
    AllowList.Snapshot allowed = allowList.snapshot(org);
    long after = 0;
    int passes = 1;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        // The service is stopping; the next start records and resumes this job.
        return;
      }
      long last;
      lock.lock();
      try {
        last = page(org, jobId, target, after, allowed, counts);
      } finally {
        lock.unlock();
      }
      progress.processed(counts[1]);
      if (last > 0) {
        after = last;
      } else {
        if (passes < MAX_PASSES && listings.countBehind(org, target) > 0) {
          passes++;
          after = 0;
          continue;
        }
        break;
      }
    }
    long unchanged = counts[1] - counts[2];
    audit.record(
        org,
        null,
        "system",
        AuditAction.LISTINGS_RESCREENED,
        "JOB",
        jobId,
        "registry version "
            + target
            + " ("
            + compiled.markCount()
            + " marks): "
            + counts[1]
            + " listings re-screened, "
            + counts[2]
            + " changed",
        null);
    jobs.succeed(
        jobId,
        counts[1],
        counts[2],
        0,
        unchanged,
        counts[2] + " of " + counts[1] + " listings changed");
  }

  /**
   * Re-screens one page of listings behind {@code target}, after listing id {@code after}, and
   * commits its results with the job's counts.
   *
   * @return the id of the page's last listing, or 0 when none was left on this pass
   */
  private long page(
      long org, long jobId, long target, long after, AllowList.Snapshot allowed, long[] counts) {
    List<Object[]> page = listings.currentVersionsBehind(org, target, after, PAGE);
    if (page.isEmpty()) {
      return 0;
    }
    List<Long> versionIds = page.stream().map(r -> ((ListingVersion) r[4]).id()).toList();
    var stored = listings.findingsOf(org, versionIds);
    List<Listings.Rescreened> updates = new ArrayList<>();
    List<Listings.Confirmed> confirmed = new ArrayList<>();
    for (Object[] row : page) {
      long listingId = (Long) row[0];
      var version = (ListingVersion) row[4];
      var previousStatus = (ReviewStatus) row[3];
      ScreeningOutcome outcome =
          screening.screen(
              org, listingId, version.toListing((String) row[1], (String) row[2]), allowed);
      List<ListingFinding> before = stored.getOrDefault(version.id(), List.of());
      if (same(before, outcome) && version.decision().equals(outcome.decision().name())) {
        confirmed.add(new Listings.Confirmed(listingId, version.id(), outcome.registryVersion()));
        continue;
      }
      ReviewStatus status =
          ReviewStatusPolicy.next(
              previousStatus, Decision.valueOf(version.decision()), outcome.decision(), false);
      updates.add(new Listings.Rescreened(listingId, version.id(), outcome, status));
    }
    long processed = counts[1] + page.size();
    long changed = counts[2] + updates.size();
    long total = Math.max(counts[0], processed);
    transaction.executeWithoutResult(
        s -> {
          listings.rescreenedAll(org, updates);
          listings.confirmedAll(org, confirmed);
          jobs.progressed(jobId, total, processed, changed, processed - changed);
        });
    counts[0] = total;
    counts[1] = processed;
    counts[2] = changed;
    return (Long) page.get(page.size() - 1)[0];
  }

  private static boolean same(List<ListingFinding> before, ScreeningOutcome now) {
    if (before.size() != now.findings().size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      var a = before.get(i);
      var b = now.findings().get(i).finding();
      if (a.rule() != b.rule()
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

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
