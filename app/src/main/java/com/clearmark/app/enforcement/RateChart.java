package com.clearmark.app.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A bar chart of one rate per marketplace (or rule, or mark) with the threshold it is held to, laid
 * out on the server as SVG like the dashboard's trend chart, so the page needs no charting script.
 * Coordinates are in a fixed 720-wide viewBox, one 28-unit row per bar.
 */
record RateChart(
    String title, int width, int height, int thresholdX, String threshold, List<Bar> bars) {

  record Bar(String label, String value, int y, int width, boolean meets) {}

  static final int WIDTH = 720;
  static final int LEFT = 200;
  static final int ROW = 28;
  static final int PLOT = WIDTH - LEFT - 60;

  /**
   * The rate of each group that has one; a bar meets the threshold when its rate is at least it
   * ({@code atLeast}) or at most it.
   */
  static RateChart of(
      String title,
      List<EnforcementMetrics.Group> groups,
      Function<EnforcementMetrics.Group, Double> rate,
      double threshold,
      boolean atLeast) {
    List<Bar> bars = new ArrayList<>();
    int y = 8;
    for (var g : groups) {
      Double r = rate.apply(g);
      if (r == null) {
        continue;
      }
      bars.add(
          new Bar(
              g.key(),
              percent(r),
              y,
              (int) Math.round(r * PLOT),
              atLeast ? r >= threshold : r <= threshold));
      y += ROW;
    }
    return new RateChart(
        title,
        WIDTH,
        y + 8,
        LEFT + (int) Math.round(threshold * PLOT),
        (atLeast ? "at least " : "at most ") + percent(threshold),
        bars);
  }

  static String percent(double r) {
    double p = r * 100;
    return (p == Math.rint(p)
            ? String.valueOf((long) p)
            : String.format(java.util.Locale.ROOT, "%.1f", p))
        + "%";
  }
}
