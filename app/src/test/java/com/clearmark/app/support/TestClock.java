package com.clearmark.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the test sets: days pass when the test says so, never while it waits. It starts at {@link
 * #START} on {@link #TODAY}, whatever the real date and hour, so a test whose service reads the
 * time from it gives the same result on any day at any hour.
 */
public final class TestClock extends Clock {

  /** The day the service takes for today in a test that imports this clock. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  /**
   * Ten minutes to midnight: a test that worked only while the day had hours left, or only before
   * some hour of the morning, fails at this time on every run instead of on some runs.
   */
  public static final LocalTime START = LocalTime.of(23, 50);

  /** This clock as the service's {@link Clock}, for test classes that {@code @Import} it. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class AsServiceClock {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock(TODAY.atTime(START).toInstant(ZoneOffset.UTC));
    }
  }

  private final AtomicReference<Instant> now;

  public TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public void set(LocalDate day, LocalTime time) {
    now.set(day.atTime(time).toInstant(ZoneOffset.UTC));
  }

  public void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  public LocalDate today() {
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
