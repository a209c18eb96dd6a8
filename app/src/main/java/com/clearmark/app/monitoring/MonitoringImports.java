package com.clearmark.app.monitoring;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.job.Job;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.JobProblem;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.UploadNames;
import com.clearmark.app.web.Uploads;
import com.clearmark.engine.io.CapturedListing;
import com.clearmark.engine.io.CapturedListingReader;
import com.clearmark.engine.io.InputException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Marketplace-listing files (CSV or JSON lines) captured as a background job of kind {@code
 * MONITORING_IMPORT}. One worker takes the jobs in turn, so two files naming the same listing never
 * race to create it. Rows that cannot be read are skipped and reported with their line and field;
 * the rest are captured in one transaction with the job's audit entry.
 */
@Service
class MonitoringImports {

  private static final Logger log = LoggerFactory.getLogger(MonitoringImports.class);

  private final Jobs jobs;
  private final MonitoringService monitoring;
  private final ClearmarkProperties properties;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            var t = new Thread(r, "monitoring-import");
            t.setDaemon(true);
            return t;
          });

  MonitoringImports(Jobs jobs, MonitoringService monitoring, ClearmarkProperties properties) {
    this.jobs = jobs;
    this.monitoring = monitoring;
    this.properties = properties;
  }

  Job submit(Caller caller, String originalName, InputStream content) {
    caller.require(Role.REVIEWER);
    String name = UploadNames.display(originalName, "upload");
    Path stored = Uploads.store(properties.uploads(), content);
    long jobId =
        jobs.create(
            caller.organizationId(), JobKind.MONITORING_IMPORT, name, caller.userId(), null);
    worker.submit(() -> run(caller, jobId, stored, name));
    return jobs.find(caller.organizationId(), jobId).orElseThrow();
  }

  void run(Caller caller, long jobId, Path file, String name) {
    try {
      List<JobProblem> problems = new ArrayList<>();
      List<CapturedListing> rows;
      jobs.start(jobId, "MARKETPLACE_LISTINGS");
      try {
        rows =
            CapturedListingReader.read(
                file,
                name,
                false,
                p -> problems.add(new JobProblem(p.line(), p.field(), p.message())));
      } catch (InputException e) {
        var p = e.problem();
        jobs.fail(
            jobId,
            name
                + (p.line() > 0 ? ":" + p.line() : "")
                + (p.field().isEmpty() ? "" : ": " + p.field())
                + ": "
                + p.message()
                + ". Nothing was imported.");
        return;
      }
      long readProblems = problems.size();
      var outcome = monitoring.capture(caller, rows, jobId);
      outcome
          .problems()
          .forEach(p -> problems.add(new JobProblem(p.line(), p.field(), p.message())));
      problems.sort(Comparator.comparingLong(JobProblem::line));
      jobs.addProblems(jobId, problems);
      jobs.succeed(
          jobId,
          rows.size() + readProblems,
          outcome.snapshots(),
          problems.size(),
          outcome.unchanged(),
          outcome.snapshots()
              + " new snapshots, "
              + outcome.unchanged()
              + " unchanged, "
              + problems.size()
              + " rows refused");
    } catch (RuntimeException e) {
      log.error("monitoring import job {} failed", jobId, e);
      try {
        jobs.fail(
            jobId,
            "The import stopped on an internal error; nothing was imported. The error has been"
                + " logged.");
      } catch (ConflictException ended) {
        log.warn("monitoring import job {} had already ended: {}", jobId, ended.getMessage());
      }
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("could not delete upload {}", file, e);
      }
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
