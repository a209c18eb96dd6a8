package com.clearmark.app.enforcement;

import static com.clearmark.app.enforcement.CaseStatus.APPROVED;
import static com.clearmark.app.enforcement.CaseStatus.CLOSED;
import static com.clearmark.app.enforcement.CaseStatus.COUNTER_NOTICED;
import static com.clearmark.app.enforcement.CaseStatus.DETECTED;
import static com.clearmark.app.enforcement.CaseStatus.DISMISSED;
import static com.clearmark.app.enforcement.CaseStatus.NOTICE_DRAFTED;
import static com.clearmark.app.enforcement.CaseStatus.REINSTATED;
import static com.clearmark.app.enforcement.CaseStatus.REJECTED;
import static com.clearmark.app.enforcement.CaseStatus.REMOVED;
import static com.clearmark.app.enforcement.CaseStatus.SENT;
import static com.clearmark.app.enforcement.CaseStatus.VALIDATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.ConflictException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnforcementCaseTest {

  static final Instant DETECTED_AT = Instant.parse("2026-11-02T09:00:00Z");
  static final Instant LATER = Instant.parse("2026-11-05T12:00:00Z");

  /** The lifecycle as the issue states it, written out once more to hold the enum to it. */
  static final Map<CaseStatus, Set<CaseStatus>> ALLOWED =
      Map.ofEntries(
          Map.entry(DETECTED, EnumSet.of(VALIDATED, DISMISSED)),
          Map.entry(VALIDATED, EnumSet.of(NOTICE_DRAFTED, DISMISSED)),
          Map.entry(NOTICE_DRAFTED, EnumSet.of(APPROVED, VALIDATED)),
          Map.entry(APPROVED, EnumSet.of(SENT, VALIDATED)),
          Map.entry(SENT, EnumSet.of(REMOVED, REJECTED, COUNTER_NOTICED)),
          Map.entry(COUNTER_NOTICED, EnumSet.of(REINSTATED, REMOVED)),
          Map.entry(REJECTED, EnumSet.of(VALIDATED, CLOSED)),
          Map.entry(REMOVED, EnumSet.of(CLOSED)),
          Map.entry(REINSTATED, EnumSet.of(CLOSED)),
          Map.entry(DISMISSED, EnumSet.of(DETECTED)),
          Map.entry(CLOSED, EnumSet.noneOf(CaseStatus.class)));

  static EnforcementCase zorvixCharger(CaseStatus status) {
    return new EnforcementCase(
        7,
        3,
        11,
        5L,
        "amazon.com",
        "TM_LOOKALIKE",
        "ZORVIX",
        "6123456",
        status,
        2,
        null,
        DETECTED_AT,
        status == DETECTED || status == DISMISSED ? null : DETECTED_AT,
        null,
        null,
        null);
  }

  @ParameterizedTest
  @EnumSource(CaseStatus.class)
  void everyAllowedMoveIsMadeAndEveryOtherRefused(CaseStatus from) {
    for (CaseStatus to : CaseStatus.values()) {
      var c = zorvixCharger(from);
      if (ALLOWED.get(from).contains(to)) {
        var moved = c.moveTo(to, LATER);
        assertThat(moved.status()).as(from + " -> " + to).isEqualTo(to);
        assertThat(moved.revision()).as("the store raises the revision, not the move").isEqualTo(2);
      } else {
        assertThatThrownBy(() -> c.moveTo(to, LATER))
            .as(from + " -> " + to)
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("Case #7 is " + EnforcementCase.words(from))
            .hasMessageContaining("cannot become " + EnforcementCase.words(to));
      }
    }
    assertThat(from.next()).isEqualTo(ALLOWED.get(from));
  }

  @Test
  void aClosedCaseSaysItCanOnlyBeEnforcedAgain() {
    assertThatThrownBy(() -> zorvixCharger(CLOSED).moveTo(DETECTED, LATER))
        .hasMessageContaining("closed for good (enforce it again as a new case)");
    assertThat(CLOSED.reenforceable()).isTrue();
    assertThat(REMOVED.reenforceable()).isTrue();
    assertThat(SENT.reenforceable()).isFalse();
  }

  @Test
  void aNoticeSentStampsTheNoticeAndItsAnswerTheOutcome() {
    var sent = zorvixCharger(APPROVED).moveTo(SENT, LATER);
    assertThat(sent.noticedAt()).isEqualTo(LATER);
    var removed = sent.moveTo(REMOVED, LATER.plusSeconds(3600));
    assertThat(removed.outcomeAt()).isEqualTo(LATER.plusSeconds(3600));
    var closed = removed.moveTo(CLOSED, LATER.plusSeconds(7200));
    assertThat(closed.closedAt()).isEqualTo(LATER.plusSeconds(7200));
    assertThat(closed.noticedAt()).as("kept for the metrics").isEqualTo(LATER);
  }

  @Test
  void aRejectedNoticeTriedAgainStartsTheNextNoticeAfresh() {
    var rejected = zorvixCharger(APPROVED).moveTo(SENT, LATER).moveTo(REJECTED, LATER);
    var again = rejected.moveTo(VALIDATED, LATER.plusSeconds(60));
    assertThat(again.noticedAt()).isNull();
    assertThat(again.outcomeAt()).isNull();
    assertThat(again.validatedAt()).as("first validation kept").isEqualTo(DETECTED_AT);
  }

  @Test
  void undoingADismissalForgetsTheValidation() {
    var dismissed = zorvixCharger(VALIDATED).moveTo(DISMISSED, LATER);
    assertThat(dismissed.moveTo(DETECTED, LATER).validatedAt()).isNull();
  }

  @Test
  void aStaleRevisionIsRefusedAndTheCurrentOneOrNoneAccepted() {
    var c = zorvixCharger(DETECTED);
    assertThatThrownBy(() -> c.requireRevision(1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed by someone else");
    c.requireRevision(2);
    c.requireRevision(null);
  }

  @Test
  void onlyUnfinishedCasesAreOpen() {
    assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::open))
        .containsExactlyInAnyOrder(
            DETECTED,
            VALIDATED,
            NOTICE_DRAFTED,
            APPROVED,
            SENT,
            REJECTED,
            COUNTER_NOTICED,
            REINSTATED);
  }
}
