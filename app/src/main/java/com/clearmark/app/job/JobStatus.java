package com.clearmark.app.job;

/**
 * Where a job is in its life. A failed import changed nothing. A re-screen commits page by page, so
 * a failed or interrupted one keeps the listings it finished, as its counts say.
 */
public enum JobStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** Cut short by a stop of the server; the message says what was kept. */
  INTERRUPTED;

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == INTERRUPTED;
  }
}
