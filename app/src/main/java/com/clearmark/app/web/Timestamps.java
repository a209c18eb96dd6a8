package com.clearmark.app.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current time as both databases store it: UTC, to the microsecond. JDBC drivers bind {@link
 * OffsetDateTime} to {@code timestamp with time zone} on H2 and PostgreSQL alike, where an {@code
 * Instant} is refused by the PostgreSQL driver.
 */
public final class Timestamps {

  private Timestamps() {}

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
