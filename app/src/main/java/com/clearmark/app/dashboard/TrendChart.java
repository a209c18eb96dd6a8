package com.clearmark.app.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stacked bar chart of screenings per day, laid out on the server as SVG rectangles so the page
 * needs no charting script. Coordinates are in a fixed 720 × 200 viewBox that scales with the page.
 */
record TrendChart(int width, int height, long max, List<Bar> bars, List<Tick> ticks) {

  record Bar(String label, String title, int x, int width, List<Segment> segments) {}

  record Segment(String css, int y, int height) {}

  record Tick(int y, long value) {}

  static final int WIDTH = 720;
  static final int HEIGHT = 200;
  static final int LEFT = 40;
  static final int BOTTOM = 24;

  static TrendChart of(List<Dashboard.Day> days) {
    long max = 1;
    for (var d : days) {
      max = Math.max(max, d.total());
    }
    max = niceCeiling(max);
    int plotHeight = HEIGHT - BOTTOM - 8;
    int slot = days.isEmpty() ? 0 : (WIDTH - LEFT) / days.size();
    int barWidth = Math.max(2, (int) (slot * 0.7));
    var fmt = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      var d = days.get(i);
      int x = LEFT + i * slot + (slot - barWidth) / 2;
      int base = HEIGHT - BOTTOM;
      List<Segment> segments = new ArrayList<>();
      long[] values = {d.pass(), d.review(), d.block()};
      String[] css = {"bar-pass", "bar-review", "bar-block"};
      for (int s = 0; s < 3; s++) {
        int h = (int) Math.round((double) values[s] * plotHeight / max);
        if (h > 0) {
          base -= h;
          segments.add(new Segment(css[s], base, h));
        }
      }
      String title =
          d.date().format(fmt)
              + ": "
              + d.pass()
              + " pass, "
              + d.review()
              + " review, "
              + d.block()
              + " block";
      bars.add(
          new Bar(
              i % 7 == days.size() % 7 - 1 || i == days.size() - 1 ? d.date().format(fmt) : "",
              title,
              x,
              barWidth,
              segments));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int t = 0; t <= 4; t++) {
      long value = max * t / 4;
      ticks.add(new Tick(HEIGHT - BOTTOM - (int) (value * plotHeight / max), value));
    }
    return new TrendChart(WIDTH, HEIGHT, max, bars, ticks);
  }

  private static long niceCeiling(long v) {
    long step = 1;
    while (step * 10 < v) {
      step *= 10;
    }
    for (long m : new long[] {1, 2, 4, 5, 10}) {
      if (step * m >= v) {
        return Math.max(4, step * m);
      }
    }
    return v;
  }
}
