package com.clearmark.engine.patent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When a patent's term ends, and why.
 *
 * @param granted the day the term began (the grant)
 * @param date the last day of the term: the patent cannot be enforced after it
 * @param explanation one sentence per rule applied, in the order applied
 */
public record Expiry(LocalDate granted, LocalDate date, List<String> explanation) {

  public Expiry {
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(date, "date");
    explanation = List.copyOf(explanation);
  }

  /** Whether the patent can be enforced on {@code day}: from its grant to the end of its term. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(granted) && !day.isAfter(date);
  }
}
