package com.clearmark.app.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Maps the instants of one window linearly onto another, keeping their order: what the demo uses to
 * spread the history it records in a second over the past weeks, so durations on its pages
 * (detection to notice, notice to takedown) read like a real desk's. Instants outside the source
 * window are left as they are.
 */
public record TimeWarp(Instant from, Instant to, Instant start, Instant end) {

  public TimeWarp {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!to.isAfter(from) || !end.isAfter(start)) {
      throw new IllegalArgumentException("a window ends after it starts");
    }
  }

  /** The instant mapped, or {@code null} for {@code null}. */
  public Instant apply(Instant t) {
    if (t == null || t.isBefore(from) || t.isAfter(to)) {
      return t;
    }
    double share =
        (double) Duration.between(from, t).toNanos() / Duration.between(from, to).toNanos();
    long nanos = Math.round(share * Duration.between(start, end).toNanos());
    return start.plusNanos(nanos);
  }
}
