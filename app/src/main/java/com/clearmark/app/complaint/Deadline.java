package com.clearmark.app.complaint;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A date by which something must be done about a complaint. */
public record Deadline(String what, LocalDate due, String why) {

  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, due);
  }

  public boolean overdue(LocalDate today) {
    return today.isAfter(due);
  }

  /** Due within the reminder window (today included) and not yet past. */
  public boolean remindOn(LocalDate today, int daysAhead) {
    return !overdue(today) && daysLeft(today) <= daysAhead;
  }
}
