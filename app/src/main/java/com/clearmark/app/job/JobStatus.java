package com.clearmark.app.job;

/** Where a job is in its life. A failed job changed nothing. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
