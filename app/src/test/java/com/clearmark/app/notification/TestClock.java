package com.clearmark.app.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test sets: days pass when the test says so, never while it waits. */
final class TestClock extends Clock {

  private final AtomicReference<Instant> now;

  TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  void set(LocalDate day, LocalTime time) {
    now.set(day.atTime(time).toInstant(ZoneOffset.UTC));
  }

  void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  LocalDate today() {
    return LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock runs in UTC");
  }
}
