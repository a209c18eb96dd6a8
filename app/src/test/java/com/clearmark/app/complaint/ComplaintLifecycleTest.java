package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {

  @Test
  void anAppealedComplaintCannotBeAppealedAgain() {
    assertThat(ComplaintStatus.APPEALED.next()).doesNotContain(ComplaintStatus.APPEALED);
    assertThat(ComplaintStatus.REJECTED.next()).isEmpty();
  }

  @Test
  void aRetractionRequestCanStillBeFollowedByAnAppeal() {
    assertThat(ComplaintStatus.RETRACTION_REQUESTED.next()).contains(ComplaintStatus.APPEALED);
  }

  @Test
  void aNoticeOfOctober2SetsTheResponseAndInventoryDeadlines() {
    var deadlines = new DeadlinePolicy(7).deadlines(LocalDate.of(2026, 10, 2), false);

    assertThat(deadlines)
        .extracting(Deadline::what, Deadline::due)
        .containsExactly(
            Tuple.tuple("Respond to the notice", LocalDate.of(2026, 10, 9)),
            Tuple.tuple("Remove or dispose of the inventory", LocalDate.of(2026, 12, 31)));
  }

  @Test
  void anAccountBelow100HasThreeDaysFirst() {
    var deadlines = new DeadlinePolicy(7).deadlines(LocalDate.of(2026, 10, 2), true);
    assertThat(deadlines.get(0).due()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(deadlines.get(0).why()).contains("below 100");
  }

  @Test
  void aReminderComesTwoDaysAheadAndStopsOnceOverdue() {
    var respond = new DeadlinePolicy(7).deadlines(LocalDate.of(2026, 10, 2), false).get(0);
    assertThat(respond.remindOn(LocalDate.of(2026, 10, 6), 2)).isFalse();
    assertThat(respond.remindOn(LocalDate.of(2026, 10, 7), 2)).isTrue();
    assertThat(respond.remindOn(LocalDate.of(2026, 10, 9), 2)).isTrue();
    assertThat(respond.overdue(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(respond.remindOn(LocalDate.of(2026, 10, 10), 2)).isFalse();
  }
}
