package com.clearmark.engine.screening;

import java.util.Objects;

/**
 * One risk found in a listing, with its evidence.
 *
 * @param mark the mark concerned as registered, or empty for a rule that involves none
 * @param registration the mark's registration number, or empty
 * @param owner the mark's owner, or empty
 * @param field the listing field, as {@code title}, {@code brand}, {@code bullet_points[2]}, {@code
 *     description}, {@code search_terms} or {@code price}
 * @param start character offset of the evidence in the original field text
 * @param end offset just past the evidence
 * @param text the evidence as written in the listing
 * @param explanation one sentence a seller understands
 */
public record Finding(
    Rule rule,
    Severity severity,
    String mark,
    String registration,
    String owner,
    String field,
    int start,
    int end,
    String text,
    String explanation) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    mark = mark == null ? "" : mark;
    registration = registration == null ? "" : registration;
    owner = owner == null ? "" : owner;
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
    }
    text = text == null ? "" : text;
    Objects.requireNonNull(explanation, "explanation");
  }

  public Category category() {
    return rule.category();
  }
}
