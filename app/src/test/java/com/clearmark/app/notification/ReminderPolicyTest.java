package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.complaint.Deadline;
import com.clearmark.app.complaint.DeadlinePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reminders fall due on which day, for complaint deadlines and authorizations. */
class ReminderPolicyTest {

  /** A notice received on 26 November 2026, with the usual seven days to respond. */
  static final LocalDate NOTICE = LocalDate.of(2026, 11, 26);

  static final DeadlinePolicy SEVEN_DAYS_TO_RESPOND = new DeadlinePolicy(7);

  static Deadline response(LocalDate notice) {
    return SEVEN_DAYS_TO_RESPOND.deadlines(notice, false).get(0);
  }

  /** The letter of authorization from Zorvix Brands that ends on New Year's Day 2027. */
  static final LocalDate LETTER_ENDS = LocalDate.of(2027, 1, 1);

  static Optional<String> deadlineReminder(LocalDate today) {
    return ReminderPolicy.COMPLAINT_DEADLINES
        .on(today, response(NOTICE).due())
        .map(ReminderPolicy.Reminder::stageKey);
  }

  static Optional<String> letterReminder(LocalDate today) {
    return ReminderPolicy.AUTHORIZATION_EXPIRY
        .on(today, LETTER_ENDS)
        .map(ReminderPolicy.Reminder::stageKey);
  }

  @Test
  void theResponseToANoticeOfTheTwentySixthIsDueOnTheThirdOfDecember() {
    assertThat(response(NOTICE).due()).isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void remindsThreeDaysBeforeTheResponseDeadline() {
    var reminder =
        ReminderPolicy.COMPLAINT_DEADLINES.on(LocalDate.of(2026, 11, 30), response(NOTICE).due());

    assertThat(reminder).isPresent();
    assertThat(reminder.get().stageKey()).isEqualTo("3d");
    assertThat(reminder.get().daysLeft()).isEqualTo(3);
    assertThat(reminder.get().when()).isEqualTo("in 3 days");
  }

  @Test
  void remindsTheDayBeforeAndOnTheDueDay() {
    assertThat(deadlineReminder(LocalDate.of(2026, 12, 2))).contains("1d");
    assertThat(deadlineReminder(LocalDate.of(2026, 12, 3))).contains("0d");
    assertThat(
            ReminderPolicy.COMPLAINT_DEADLINES
                .on(LocalDate.of(2026, 12, 3), response(NOTICE).due())
                .orElseThrow()
                .when())
        .isEqualTo("today");
  }

  @Test
  void nothingIsDueWhileTheDeadlineIsMoreThanThreeDaysAway() {
    assertThat(deadlineReminder(NOTICE)).isEmpty();
    assertThat(deadlineReminder(LocalDate.of(2026, 11, 29))).isEmpty();
  }

  @Test
  void noReminderOnceTheDeadlineHasPassed() {
    assertThat(deadlineReminder(LocalDate.of(2026, 12, 4))).isEmpty();
  }

  @Test
  void twoDaysBeforeTheDeadlineTheThreeDayReminderIsStillDueSoALateEntryIsWarned() {
    var reminder =
        ReminderPolicy.COMPLAINT_DEADLINES.on(LocalDate.of(2026, 12, 1), response(NOTICE).due());

    assertThat(reminder.orElseThrow().stageKey()).isEqualTo("3d");
    assertThat(reminder.orElseThrow().when()).isEqualTo("in 2 days");
  }

  @Test
  void aServiceDownUntilTheDayBeforeSendsOnlyTheDayBeforeReminder() {
    // Down from the 29th to the 2nd: the first scan after it is on the 2nd.
    assertThat(deadlineReminder(LocalDate.of(2026, 12, 2))).contains("1d");
  }

  @Test
  void scanningEveryDayFromTheNoticeYieldsThreeRemindersInOrder() {
    List<String> keys = new ArrayList<>();
    for (LocalDate day = NOTICE; !day.isAfter(NOTICE.plusDays(10)); day = day.plusDays(1)) {
      deadlineReminder(day).filter(k -> !keys.contains(k)).ifPresent(keys::add);
    }
    assertThat(keys).containsExactly("3d", "1d", "0d");
  }

  @Test
  void anAtRiskAccountGetsTheThreeDayReminderOnTheDayOfTheNotice() {
    Deadline act = SEVEN_DAYS_TO_RESPOND.deadlines(NOTICE, true).get(0);

    assertThat(act.what()).isEqualTo("Act on the complaint");
    assertThat(ReminderPolicy.COMPLAINT_DEADLINES.on(NOTICE, act.due()).orElseThrow().stageKey())
        .isEqualTo("3d");
  }

  @Test
  void remindsThirtyDaysBeforeAnAuthorizationEnds() {
    assertThat(letterReminder(LocalDate.of(2026, 12, 1))).isEmpty();
    assertThat(letterReminder(LocalDate.of(2026, 12, 2))).contains("30d");
    assertThat(letterReminder(LocalDate.of(2026, 12, 20))).contains("30d");
  }

  @Test
  void remindsSevenDaysBeforeAnAuthorizationEndsAndUntilItsLastDay() {
    assertThat(letterReminder(LocalDate.of(2026, 12, 25))).contains("7d");
    assertThat(letterReminder(LETTER_ENDS)).contains("7d");
    assertThat(letterReminder(LETTER_ENDS.plusDays(1))).isEmpty();
  }

  @Test
  void theHorizonIsTheFarthestStage() {
    assertThat(ReminderPolicy.AUTHORIZATION_EXPIRY.horizon()).isEqualTo(30);
    assertThat(ReminderPolicy.COMPLAINT_DEADLINES.horizon()).isEqualTo(3);
  }
}
