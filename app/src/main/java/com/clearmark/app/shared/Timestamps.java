package com.clearmark.app.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current time as both databases store it: UTC, to the microsecond. JDBC drivers bind {@link
 * OffsetDateTime} to {@code timestamp with time zone} on H2 and PostgreSQL alike, where an {@code
 * Instant} is refused by the PostgreSQL driver.
 *
 * <p>Always read from the service's {@link Clock} bean, never from the wall clock, so that every
 * time the service records and every "today" it judges by agree with each other, and a test that
 * sets the clock sets them all.
 */
public final class Timestamps {

  private Timestamps() {}

  /** The clock's current time, as a timestamp column stores it. */
  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** The clock's current day in UTC, the day deadlines, validity and reports are judged on. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
