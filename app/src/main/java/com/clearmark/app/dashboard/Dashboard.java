package com.clearmark.app.dashboard;

import com.clearmark.app.registry.Marks;
import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows of an organization.
 *
 * @param openReviews blocked or to-review listings that no reviewer has accepted or fixed yet
 * @param marks the registry's entries: live marks screened against, dead ones, own brands
 * @param trend one entry per day, oldest first, counting the screenings of that day by decision
 */
record Dashboard(
    long listings,
    long pass,
    long review,
    long block,
    long openReviews,
    Marks.Counts marks,
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
