package com.clearmark.app.job;

import java.time.Instant;

/**
 * A background job and its counts.
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
}
