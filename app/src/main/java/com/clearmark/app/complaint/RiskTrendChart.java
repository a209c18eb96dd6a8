package com.clearmark.app.complaint;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The IP risk score over recent weeks as an SVG line, laid out on the server so the page needs no
 * charting script. The score runs from 0 at the bottom to 100 at the top of a fixed 960 × 160
 * viewBox that scales with the page; every fourth week is labelled.
 *
 * @param line the {@code points} attribute of the polyline
 */
public record RiskTrendChart(
    int width, int height, String line, List<Dot> dots, List<Label> labels, String summary) {

  /** One week's score, with the text a pointer or a screen reader gets. */
  public record Dot(int x, int y, String title) {}

  /** An axis label; the last one is anchored at its end so it stays inside the chart. */
  public record Label(int x, String text, String anchor) {}

  static final int WIDTH = 960;
  static final int HEIGHT = 160;
  static final int LEFT = 36;
  static final int RIGHT = 12;
  static final int TOP = 10;
  static final int BOTTOM = 24;

  public static RiskTrendChart of(List<AccountHealth.Point> points) {
    var fmt = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    int plot = HEIGHT - TOP - BOTTOM;
    double step = points.size() < 2 ? 0 : (double) (WIDTH - LEFT - RIGHT) / (points.size() - 1);
    var line = new StringBuilder();
    List<Dot> dots = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      var p = points.get(i);
      int x = LEFT + (int) Math.round(i * step);
      int y = TOP + plot - (int) Math.round(p.riskScore() * plot / 100.0);
      line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
      dots.add(new Dot(x, y, "Week to " + p.day().format(fmt) + ": risk " + p.riskScore()));
      if ((points.size() - 1 - i) % 4 == 0) {
        labels.add(new Label(x, p.day().format(fmt), i == points.size() - 1 ? "end" : "middle"));
      }
    }
    String summary =
        points.isEmpty()
            ? "No scores yet."
            : "Risk score "
                + points.get(0).riskScore()
                + " on "
                + points.get(0).day().format(fmt)
                + ", "
                + points.get(points.size() - 1).riskScore()
                + " today.";
    return new RiskTrendChart(WIDTH, HEIGHT, line.toString(), dots, labels, summary);
  }

  /** The y coordinate of a score, for the grid lines at 0, 50 and 100. */
  public int yOf(int score) {
    int plot = HEIGHT - TOP - BOTTOM;
    return TOP + plot - (int) Math.round(score * plot / 100.0);
  }
}
