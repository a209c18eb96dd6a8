package com.clearmark.app.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnforcementMetricsTest {

  static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

  final List<EnforcementCase> cases = new ArrayList<>();
  final Map<Long, Map<CaseStatus, Integer>> reached = new HashMap<>();

  /** A case detected at T0, noticed after {@code toNotice}, answered after {@code toAnswer}. */
  void sentCase(
      String marketplace,
      String mark,
      CaseStatus status,
      Duration toNotice,
      Duration toAnswer,
      CaseStatus... path) {
    long id = cases.size() + 1;
    Instant noticed = toNotice == null ? null : T0.plus(toNotice);
    Instant answered = noticed == null || toAnswer == null ? null : noticed.plus(toAnswer);
    cases.add(
        new EnforcementCase(
            id,
            id,
            id,
            null,
            marketplace,
            "TM_LOOKALIKE",
            mark,
            "6123456",
            status,
            0,
            null,
            T0,
            T0,
            noticed,
            answered,
            null));
    var r = new EnumMap<CaseStatus, Integer>(CaseStatus.class);
    for (var s : path) {
      r.merge(s, 1, Integer::sum);
    }
    reached.put(id, r);
  }

  @Test
  void takedownsRejectionsAndCounterNoticesAreCountedPerMarketplace() {
    // amazon.com: 3 sent, 2 removed (after 24 h and 48 h), one rejected once then removed later
    sentCase(
        "amazon.com",
        "ZORVIX",
        CaseStatus.REMOVED,
        Duration.ofHours(2),
        Duration.ofHours(24),
        CaseStatus.VALIDATED,
        CaseStatus.SENT,
        CaseStatus.REMOVED);
    sentCase(
        "amazon.com",
        "ZORVIX",
        CaseStatus.CLOSED,
        Duration.ofHours(4),
        Duration.ofHours(48),
        CaseStatus.VALIDATED,
        CaseStatus.SENT,
        CaseStatus.REMOVED,
        CaseStatus.CLOSED);
    sentCase(
        "amazon.com",
        "VOLTRA",
        CaseStatus.SENT,
        Duration.ofHours(6),
        null,
        CaseStatus.VALIDATED,
        CaseStatus.SENT,
        CaseStatus.REJECTED,
        CaseStatus.VALIDATED,
        CaseStatus.SENT);
    // aliexpress.com: 2 sent, one counter-noticed and reinstated, one removed after a
    // counter-notice
    sentCase(
        "aliexpress.com",
        "ZORVIX",
        CaseStatus.REINSTATED,
        Duration.ofHours(1),
        Duration.ofHours(10),
        CaseStatus.SENT,
        CaseStatus.COUNTER_NOTICED,
        CaseStatus.REINSTATED);
    sentCase(
        "aliexpress.com",
        "ZORVIX",
        CaseStatus.REMOVED,
        Duration.ofHours(1),
        Duration.ofHours(72),
        CaseStatus.SENT,
        CaseStatus.COUNTER_NOTICED,
        CaseStatus.REMOVED);
    // never sent
    sentCase("amazon.com", "ZORVIX", CaseStatus.DETECTED, null, null);

    var m = EnforcementMetrics.of(cases, reached);

    var amazon = group(m.byMarketplace(), "amazon.com");
    assertThat(amazon.cases()).isEqualTo(4);
    assertThat(amazon.sent()).isEqualTo(3);
    assertThat(amazon.notices()).isEqualTo(4);
    assertThat(amazon.removed()).isEqualTo(2);
    assertThat(amazon.takedownRate()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(amazon.medianTimeToTakedown()).isEqualTo(Duration.ofHours(36));
    assertThat(amazon.rejectionRate()).isEqualTo(0.25);
    assertThat(amazon.accuracy()).isEqualTo(0.75);
    assertThat(amazon.meetsProjectZero()).isFalse();
    assertThat(amazon.meetsGoodFaith()).isFalse();

    var ali = group(m.byMarketplace(), "aliexpress.com");
    assertThat(ali.counterNoticeRate()).isEqualTo(1.0);
    assertThat(ali.successfulCounterNoticeRate()).isEqualTo(0.5);
    assertThat(ali.takedownRate()).isEqualTo(0.5);
    assertThat(ali.medianTimeToTakedown()).isEqualTo(Duration.ofHours(72));
    assertThat(ali.accuracy()).isEqualTo(0.5);

    assertThat(m.overall().sent()).isEqualTo(5);
    assertThat(m.overall().takedownRate()).isEqualTo(0.6);
    assertThat(group(m.byMark(), "VOLTRA").rejectionRate()).isEqualTo(0.5);

    var firstCase = m.cases().stream().filter(t -> t.caseId() == 1).findFirst().orElseThrow();
    assertThat(firstCase.detectionToNotice()).isEqualTo(Duration.ofHours(2));
    assertThat(firstCase.noticeToTakedown()).isEqualTo(Duration.ofHours(24));
    var unsent = m.cases().stream().filter(t -> t.caseId() == 6).findFirst().orElseThrow();
    assertThat(unsent.detectionToNotice()).isNull();
  }

  @Test
  void accurateNoticesThatAreAllRemovedMeetBothProgrammes() {
    for (int i = 0; i < 10; i++) {
      sentCase(
          "amazon.com",
          "ZORVIX",
          CaseStatus.REMOVED,
          Duration.ofHours(1),
          Duration.ofHours(i + 1),
          CaseStatus.SENT,
          CaseStatus.REMOVED);
    }
    var g = EnforcementMetrics.of(cases, reached).overall();
    assertThat(g.accuracy()).isEqualTo(1.0);
    assertThat(g.meetsProjectZero()).isTrue();
    assertThat(g.meetsGoodFaith()).isTrue();
    assertThat(g.medianTimeToTakedown()).isEqualTo(Duration.ofMinutes(330));
  }

  @Test
  void withNothingSentNoRateAndNoThresholdIsJudged() {
    sentCase("amazon.com", "ZORVIX", CaseStatus.VALIDATED, null, null, CaseStatus.VALIDATED);
    var g = EnforcementMetrics.of(cases, reached).overall();
    assertThat(g.takedownRate()).isNull();
    assertThat(g.accuracy()).isNull();
    assertThat(g.meetsProjectZero()).isNull();
    assertThat(g.meetsGoodFaith()).isNull();
    assertThat(g.medianTimeToTakedown()).isNull();
  }

  static EnforcementMetrics.Group group(List<EnforcementMetrics.Group> groups, String key) {
    return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
  }
}
