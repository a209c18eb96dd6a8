package com.clearmark.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The moves a job allows and refuses, on the job itself. */
class JobMovesTest {

  static final Instant AT = Instant.parse("2026-10-02T09:00:00Z");

  static Job jobThatIs(JobStatus status) {
    return new Job(
        12,
        JobKind.CATALOGUE_IMPORT,
        status,
        "catalogue.csv",
        null,
        0,
        0,
        0,
        0,
        0,
        null,
        "queued",
        AT,
        null);
  }

  @Test
  void aQueuedJobStartsRunningWithTheFormatOfItsFile() {
    Job running = jobThatIs(JobStatus.QUEUED).start("CSV");
    assertThat(running.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(running.format()).isEqualTo("CSV");
  }

  @Test
  void aJobStartsOnlyOnce() {
    assertThatThrownBy(() -> jobThatIs(JobStatus.RUNNING).start("CSV"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Job 12 is running, so it cannot be marked running.");
  }

  @Test
  void aRunningJobRecordsItsProgressAndSucceedsWithItsFinalCounts() {
    Job running = jobThatIs(JobStatus.QUEUED).start(null).progressed(400, 100, 7, 93);
    assertThat(running.processed()).isEqualTo(100);
    assertThat(running.percent()).isEqualTo(25);

    Job done = running.succeed(400, 30, 2, 368, "CSV: 30 new", AT);
    assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(done.processed()).isEqualTo(400);
    assertThat(done.accepted()).isEqualTo(30);
    assertThat(done.finishedAt()).isEqualTo(AT);
    assertThat(done.phase()).isEqualTo("succeeded");
  }

  @Test
  void aJobThatFailedAcceptedNothingButOneThatFailedAfterProgressKeepsItsCounts() {
    Job running = jobThatIs(JobStatus.QUEUED).start(null).progressed(400, 100, 7, 93);
    assertThat(running.fail("unreadable", AT).accepted()).isZero();
    assertThat(running.failAfterProgress("stopped", AT).accepted()).isEqualTo(7);
    assertThat(jobThatIs(JobStatus.QUEUED).fail("never started", AT).status())
        .isEqualTo(JobStatus.FAILED);
  }

  @Test
  void anEndedJobCannotEndAgainNorRecordProgress() {
    for (JobStatus ended :
        new JobStatus[] {JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.INTERRUPTED}) {
      Job job = jobThatIs(ended);
      assertThatThrownBy(() -> job.fail("late", AT)).isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> job.interrupt("late", AT)).isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> job.succeed(1, 1, 0, 0, "late", AT))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> job.progressed(1, 1, 0, 0)).isInstanceOf(ConflictException.class);
    }
  }

  @Test
  void aJobThatNeverStartedCannotSucceedNorRecordProgress() {
    Job queued = jobThatIs(JobStatus.QUEUED);
    assertThatThrownBy(() -> queued.succeed(1, 1, 0, 0, "too soon", AT))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Job 12 is waiting to start, so it cannot be marked done.");
    assertThatThrownBy(() -> queued.progressed(1, 1, 0, 0)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aQueuedOrRunningJobCanBeInterruptedByAStop() {
    assertThat(jobThatIs(JobStatus.QUEUED).interrupt("stopped", AT).status())
        .isEqualTo(JobStatus.INTERRUPTED);
    assertThat(jobThatIs(JobStatus.RUNNING).interrupt("stopped", AT).finishedAt()).isEqualTo(AT);
  }
}
