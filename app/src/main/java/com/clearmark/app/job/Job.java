package com.clearmark.app.job;

import com.clearmark.app.shared.ConflictException;
import java.time.Instant;
import java.util.Locale;

/**
 * A background job and its counts. Its status changes only through its transitions ({@link #start},
 * {@link #progressed}, {@link #succeed}, {@link #fail}, {@link #failAfterProgress}, {@link
 * #interrupt}), each of which refuses a move {@link JobStatus} does not allow and returns the job
 * as it stands after the move; {@link Jobs} stores a move only if the job still has the status it
 * was read with.
 *
 * @param total rows (or listings) to handle, when known
 * @param processed rows handled so far
 * @param accepted rows imported (new or changed)
 * @param rejected rows refused, each with a {@link JobProblem}
 * @param unchanged rows identical to what was already stored
 */
public record Job(
    long id,
    JobKind kind,
    JobStatus status,
    String fileName,
    String format,
    long total,
    long processed,
    long accepted,
    long rejected,
    long unchanged,
    String message,
    String phase,
    Instant createdAt,
    Instant finishedAt) {

  /** Progress from 0 to 100, for the progress bar. */
  public int percent() {
    if (status == JobStatus.SUCCEEDED) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(100, processed * 100 / total);
  }

  public boolean finished() {
    return status.finished();
  }

  /** The job taken up by a worker, its file's format when already known. */
  public Job start(String format) {
    require(status == JobStatus.QUEUED, JobStatus.RUNNING);
    return with(
        JobStatus.RUNNING, format, total, processed, accepted, rejected, unchanged, message);
  }

  /** A running job's counts, recorded as it goes. */
  public Job progressed(long total, long processed, long changed, long unchanged) {
    require(status == JobStatus.RUNNING, JobStatus.RUNNING);
    return with(status, format, total, processed, changed, rejected, unchanged, message);
  }

  /** The job done, with its final counts. */
  public Job succeed(
      long total, long accepted, long rejected, long unchanged, String message, Instant at) {
    require(status == JobStatus.RUNNING, JobStatus.SUCCEEDED);
    return with(JobStatus.SUCCEEDED, format, total, total, accepted, rejected, unchanged, message)
        .finishedAt(at);
  }

  /** The job ended on a problem that left everything as it was: nothing was accepted. */
  public Job fail(String message, Instant at) {
    require(!finished(), JobStatus.FAILED);
    return with(JobStatus.FAILED, format, total, processed, 0, rejected, unchanged, message)
        .finishedAt(at);
  }

  /** The job stopped on a problem after committing part of its work, which its counts say. */
  public Job failAfterProgress(String message, Instant at) {
    require(!finished(), JobStatus.FAILED);
    return with(JobStatus.FAILED, format, total, processed, accepted, rejected, unchanged, message)
        .finishedAt(at);
  }

  /** The job cut short by a stop of the server, the message saying what it kept. */
  public Job interrupt(String message, Instant at) {
    require(!finished(), JobStatus.INTERRUPTED);
    return with(
            JobStatus.INTERRUPTED, format, total, processed, accepted, rejected, unchanged, message)
        .finishedAt(at);
  }

  private void require(boolean allowed, JobStatus next) {
    if (!allowed) {
      throw new ConflictException(
          "Job " + id + " is " + word(status) + ", so it cannot be marked " + word(next) + ".");
    }
  }

  /** The status as a sentence names it; the labels of the pages say the same. */
  private static String word(JobStatus status) {
    return switch (status) {
      case QUEUED -> "waiting to start";
      case RUNNING -> "running";
      case SUCCEEDED -> "done";
      case FAILED -> "failed";
      case INTERRUPTED -> "interrupted";
    };
  }

  private Job with(
      JobStatus next,
      String format,
      long total,
      long processed,
      long accepted,
      long rejected,
      long unchanged,
      String message) {
    return new Job(
        id,
        kind,
        next,
        fileName,
        format,
        total,
        processed,
        accepted,
        rejected,
        unchanged,
        message,
        next.finished() ? next.name().toLowerCase(Locale.ROOT) : phase,
        createdAt,
        finishedAt);
  }

  private Job finishedAt(Instant at) {
    return new Job(
        id, kind, status, fileName, format, total, processed, accepted, rejected, unchanged,
        message, phase, createdAt, at);
  }
}
