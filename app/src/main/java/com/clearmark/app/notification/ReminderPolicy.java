package com.clearmark.app.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * When to remind of a date: at a few stages before it, such as 3 days, 1 day and on the day.
 *
 * <p>On a given day the reminder due is the one of the nearest stage already reached: with stages
 * 3, 1 and 0 and a date 2 days away, the 3-day reminder. Each stage has its own key, so a reminder
 * is recorded once per stage, one missed while the service was down is sent late, and an earlier
 * stage is never sent after a later one. A date already past gets no reminder.
 */
final class ReminderPolicy {

  /** Complaint deadlines: 3 days before, the day before and on the day. */
  static final ReminderPolicy COMPLAINT_DEADLINES = new ReminderPolicy(3, 1, 0);

  /** The last day of an authorization: 30 days and 7 days before. */
  static final ReminderPolicy AUTHORIZATION_EXPIRY = new ReminderPolicy(30, 7);

  private final int[] stages;

  ReminderPolicy(int... stages) {
    if (stages.length == 0) {
      throw new IllegalArgumentException("a reminder policy needs at least one stage");
    }
    this.stages = stages.clone();
    Arrays.sort(this.stages);
    if (this.stages[0] < 0) {
      throw new IllegalArgumentException("a stage is a number of days before, 0 or more");
    }
  }

  /** The farthest stage: nothing is due for a date farther away than this. */
  int horizon() {
    return stages[stages.length - 1];
  }

  /** The reminder due on {@code today} for something due on {@code date}, if any. */
  Optional<Reminder> on(LocalDate today, LocalDate date) {
    long left = ChronoUnit.DAYS.between(today, date);
    if (left < 0) {
      return Optional.empty();
    }
    for (int stage : stages) {
      if (left <= stage) {
        return Optional.of(new Reminder(stage, left, date));
      }
    }
    return Optional.empty();
  }

  /**
   * A reminder of a date.
   *
   * @param stage the days-before stage it belongs to, part of its key
   * @param daysLeft the days actually left, which the message states
   */
  record Reminder(int stage, long daysLeft, LocalDate date) {

    /** The stage as it appears in an event key: {@code 3d}, {@code 1d}, {@code 0d}. */
    String stageKey() {
      return stage + "d";
    }

    /** When, in words: "today", "tomorrow", "in 3 days". */
    String when() {
      if (daysLeft == 0) {
        return "today";
      }
      return daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
    }
  }
}
