package com.clearmark.app.web;

import com.clearmark.app.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date typed into a form field ({@code <input type="date">} sends YYYY-MM-DD). Forms keep dates
 * as the text typed, so a date that cannot be read is a message beside its field and the text stays
 * in the field, rather than a binding failure that loses the rest of the form.
 */
public final class FormDates {

  /** Blank, or a date as YYYY-MM-DD, for {@code @Pattern}. */
  public static final String PATTERN = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*";

  /** What a field says of a date it cannot read. */
  public static final String MESSAGE = "enter the date as YYYY-MM-DD";

  private FormDates() {}

  /** The date in {@code text}, null when blank; refused by field when it is not a day. */
  public static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, MESSAGE);
    }
  }
}
