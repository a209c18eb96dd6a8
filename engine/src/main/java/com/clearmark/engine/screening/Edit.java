package com.clearmark.engine.screening;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One change to the text of a listing field: characters {@code [start, end)} of the field's text
 * are replaced by {@code replacement}; {@code start == end} inserts.
 *
 * @param field the field as {@link Finding#field()} names it: {@code title}, {@code brand}, {@code
 *     bullet_points[2]} (numbered from 1), {@code description} or {@code search_terms}
 */
public record Edit(String field, int start, int end, String replacement) {

  private static final Pattern FIELD =
      Pattern.compile("title|brand|description|search_terms|bullet_points\\[[1-9][0-9]{0,3}]");

  public Edit {
    Objects.requireNonNull(field, "field");
    if (!FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException(
          "field must be title, brand, bullet_points[n], description or search_terms, got \""
              + field
              + "\"");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "edit of " + field + " must have 0 <= start <= end, got " + start + ".." + end);
    }
    Objects.requireNonNull(replacement, "replacement");
  }

  /** Whether the edit only deletes text. */
  public boolean removes() {
    return replacement.isEmpty() && end > start;
  }
}
