package com.clearmark.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a date as sellers' reports and spreadsheets write it: ISO ({@code 2026-10-02}), US ({@code
 * 10/2/2026}, {@code 10/2/26}) or in words ({@code 2 October 2026}, {@code October 2, 2026}).
 */
public final class ReportDates {

  // Strict, so that a day no calendar has (2026-02-30) is not a date rather than the 28th.
  private static final List<DateTimeFormatter> LAYOUTS =
      Stream.of(
              DateTimeFormatter.ofPattern("uuuu-MM-dd"),
              DateTimeFormatter.ofPattern("M/d/uuuu"),
              DateTimeFormatter.ofPattern("M/d/uu"),
              DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
              DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH))
          .map(f -> f.withResolverStyle(ResolverStyle.STRICT))
          .toList();

  private ReportDates() {}

  /** The date, or null when the text is in none of the layouts. */
  public static LocalDate parse(String text) {
    for (DateTimeFormatter layout : LAYOUTS) {
      try {
        return LocalDate.parse(text.strip(), layout);
      } catch (DateTimeParseException e) {
        // try the next layout
      }
    }
    return null;
  }
}
