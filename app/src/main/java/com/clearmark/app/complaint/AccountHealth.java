package com.clearmark.app.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The IP side of account health: complaints of the last 180 days by type and by rights owner (a
 * rights owner who complains again is a repeat complainant), the open deadlines, and a risk score.
 *
 * <p>The score weighs what marketplaces weigh: each complaint of the window counts 10 points, a
 * counterfeit one 20, one from a repeat complainant 5 more, an overdue deadline 15; capped at 100.
 */
public record AccountHealth(
    LocalDate from,
    LocalDate to,
    int complaints,
    Map<String, Integer> byType,
    Map<String, Integer> byRightsOwner,
    List<String> repeatComplainants,
    int openDeadlines,
    int overdueDeadlines,
    int riskScore) {

  public static final int WINDOW_DAYS = 180;

  /** The risk score on one day. */
  public record Point(LocalDate day, int riskScore) {}

  /**
   * The risk score at the end of each of the last {@code weeks} weeks, ending today, so the
   * dashboard can show whether things are getting better.
   *
   * <p>Each point is computed from the complaints as if that day were today: the 180-day window
   * ends on that day and complaints noticed later are left out. Status history is not kept, so a
   * deadline counts as overdue on a past day only if its complaint is still open now: a resolved
   * complaint never raises the past points, which may flatter the early weeks but never invents
   * risk.
   */
  public static List<Point> trend(
      List<Complaint> all, DeadlinePolicy deadlines, LocalDate today, int weeks) {
    List<Point> points = new ArrayList<>();
    for (int w = weeks - 1; w >= 0; w--) {
      LocalDate day = today.minusWeeks(w);
      points.add(new Point(day, of(all, deadlines, day).riskScore()));
    }
    return points;
  }

  public static AccountHealth of(List<Complaint> all, DeadlinePolicy deadlines, LocalDate today) {
    LocalDate from = today.minusDays(WINDOW_DAYS - 1);
    List<Complaint> window =
        all.stream()
            .filter(
                c ->
                    c.noticeDate() != null
                        && !c.noticeDate().isBefore(from)
                        && !c.noticeDate().isAfter(today))
            .toList();
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byOwner = new TreeMap<>();
    for (Complaint c : window) {
      byType.merge(c.type() == null ? "Unknown" : c.type().label(), 1, Integer::sum);
      if (!c.rightsOwner().isEmpty()) {
        byOwner.merge(c.rightsOwner(), 1, Integer::sum);
      }
    }
    List<String> repeat =
        byOwner.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    int open = 0;
    int overdue = 0;
    for (Complaint c : all) {
      if (c.noticeDate() == null || c.noticeDate().isAfter(today) || !c.status().open()) {
        continue;
      }
      for (Deadline d : deadlines.deadlines(c.noticeDate(), c.accountHealthBelow100())) {
        if (d.overdue(today)) {
          overdue++;
        } else {
          open++;
        }
      }
    }
    int score = 0;
    for (Complaint c : window) {
      score +=
          c.type() == ComplaintType.COUNTERFEIT || c.type() == ComplaintType.COUNTERFEIT_NO_TEST_BUY
              ? 20
              : 10;
      if (repeat.contains(c.rightsOwner())) {
        score += 5;
      }
    }
    score += 15 * overdue;
    var sortedOwners = new LinkedHashMap<String, Integer>();
    byOwner.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> sortedOwners.put(e.getKey(), e.getValue()));
    return new AccountHealth(
        from,
        today,
        window.size(),
        byType,
        sortedOwners,
        repeat,
        open,
        overdue,
        Math.min(100, score));
  }
}
