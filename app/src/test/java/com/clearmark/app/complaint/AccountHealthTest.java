package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountHealthTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final DeadlinePolicy DEADLINES = new DeadlinePolicy(7);

  static Complaint complaint(
      String reference,
      ComplaintType type,
      String owner,
      LocalDate notice,
      ComplaintStatus status) {
    return new Complaint(
        1,
        reference,
        type,
        ComplaintOrigin.RECEIVED,
        status,
        notice,
        "6123456",
        owner,
        "",
        false,
        "",
        List.of(new Complaint.Product("B0CHARGER1", "")),
        List.of(),
        List.of(),
        "",
        null);
  }

  @Test
  void aRightsOwnerWhoComplainsTwiceIsARepeatComplainantAndWeighsMore() {
    var complaints =
        List.of(
            complaint(
                "1",
                ComplaintType.TRADEMARK,
                "Voltra Power Inc.",
                TODAY.minusDays(60),
                ComplaintStatus.RESOLVED),
            complaint(
                "2",
                ComplaintType.TRADEMARK,
                "Voltra Power Inc.",
                TODAY.minusDays(20),
                ComplaintStatus.RESOLVED),
            complaint(
                "3",
                ComplaintType.COUNTERFEIT,
                "Hydra Bottles LLC",
                TODAY.minusDays(200),
                ComplaintStatus.RESOLVED));

    var health = AccountHealth.of(complaints, DEADLINES, TODAY);

    assertThat(health.complaints()).isEqualTo(2);
    assertThat(health.repeatComplainants()).containsExactly("Voltra Power Inc.");
    assertThat(health.riskScore()).isEqualTo(2 * (10 + 5));
  }

  @Test
  void theTrendCountsOnEachWeekOnlyTheComplaintsNoticedByThen() {
    var complaints =
        List.of(
            complaint(
                "1",
                ComplaintType.COUNTERFEIT,
                "Hydra Bottles LLC",
                TODAY.minusDays(10),
                ComplaintStatus.RESOLVED),
            complaint(
                "2",
                ComplaintType.TRADEMARK,
                "Voltra Power Inc.",
                TODAY.minusDays(3),
                ComplaintStatus.RESOLVED));

    var trend = AccountHealth.trend(complaints, DEADLINES, TODAY, 4);

    assertThat(trend)
        .extracting(AccountHealth.Point::day)
        .containsExactly(TODAY.minusWeeks(3), TODAY.minusWeeks(2), TODAY.minusWeeks(1), TODAY);
    assertThat(trend).extracting(AccountHealth.Point::riskScore).containsExactly(0, 0, 20, 30);
  }

  @Test
  void aComplaintStillOpenPastItsResponseDeadlineRaisesTheScoreFromThatWeekOn() {
    var open =
        complaint(
            "1",
            ComplaintType.TRADEMARK,
            "Voltra Power Inc.",
            TODAY.minusDays(20),
            ComplaintStatus.INVESTIGATING);

    var trend = AccountHealth.trend(List.of(open), DEADLINES, TODAY, 3);

    assertThat(AccountHealth.of(List.of(open), DEADLINES, TODAY).overdueDeadlines()).isEqualTo(1);
    assertThat(trend).extracting(AccountHealth.Point::riskScore).containsExactly(10, 25, 25);
  }

  @Test
  void theChartPlacesAScoreOf100AtTheTopAndLabelsEveryFourthWeekEndingToday() {
    var points =
        List.of(
            new AccountHealth.Point(TODAY.minusWeeks(4), 0),
            new AccountHealth.Point(TODAY.minusWeeks(3), 50),
            new AccountHealth.Point(TODAY.minusWeeks(2), 100),
            new AccountHealth.Point(TODAY.minusWeeks(1), 100),
            new AccountHealth.Point(TODAY, 30));

    var chart = RiskTrendChart.of(points);

    assertThat(chart.dots()).hasSize(5);
    assertThat(chart.dots().get(2).y()).isEqualTo(chart.yOf(100)).isLessThan(chart.yOf(50));
    assertThat(chart.dots().get(0).y()).isEqualTo(chart.yOf(0));
    assertThat(chart.labels())
        .extracting(RiskTrendChart.Label::text)
        .containsExactly("Nov 1", "Nov 29");
    assertThat(chart.summary()).isEqualTo("Risk score 0 on Nov 1, 30 today.");
  }
}
