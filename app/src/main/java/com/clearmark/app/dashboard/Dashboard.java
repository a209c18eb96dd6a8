package com.clearmark.app.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows of an organization.
 *
 * @param trend one entry per day, oldest first, counting the screenings of that day by decision
 */
record Dashboard(
    long listings,
    long pass,
    long review,
    long block,
    long openReviews,
    long marks,
    List<Day> trend,
    List<MarkHits> topMarks,
    TrendChart chart) {

  record Day(LocalDate date, long pass, long review, long block) {
    long total() {
      return pass + review + block;
    }
  }

  record MarkHits(String mark, long listings) {}
}
