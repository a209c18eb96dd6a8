package com.clearmark.app.registry;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.StoredLength;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A mark as entered in the UI or sent to the API. The constraints say what each field alone must
 * be, for the page's and the API's binding; {@link #toMark()} checks every field again for the
 * callers that build a form themselves (imports, tests), with the Nice class range, and reports all
 * problems at once, by field.
 *
 * @param niceClasses the classes as typed, for example {@code 9, 25}
 * @param status {@code LIVE} or {@code DEAD}; empty means live
 */
public record MarkForm(
    @NotBlank(message = "enter the mark as registered") @StoredLength(max = FieldLimits.MARK_NAME)
        String name,
    @StoredLength(max = FieldLimits.MARK_OWNER) String owner,
    @StoredLength(max = FieldLimits.REGISTRATION) String registration,
    @StoredLength(max = FieldLimits.JURISDICTION, hint = ", for example US or EU")
        String jurisdiction,
    @Pattern(regexp = "[0-9,;\\s]*", message = NOT_CLASS_NUMBERS) String niceClasses,
    @Pattern(regexp = "(?i)\\s*(LIVE|DEAD)?\\s*", message = "LIVE or DEAD") String status,
    Boolean famous,
    Boolean own) {

  static final String NOT_CLASS_NUMBERS =
      "list class numbers separated by commas, for example 9, 25";

  public static MarkForm of(MarkRow m) {
    return new MarkForm(
        m.name(),
        m.owner(),
        m.registration(),
        m.jurisdiction(),
        m.classesText(),
        m.status().name(),
        m.famous(),
        m.own());
  }

  public static MarkForm empty() {
    return new MarkForm("", "", "", "US", "", "LIVE", false, false);
  }

  public boolean isOwn() {
    return Boolean.TRUE.equals(own);
  }

  /** What {@link #toMark} refuses, by field; empty when the mark is right. */
  Map<String, String> problems() {
    try {
      toMark();
      return Map.of();
    } catch (InvalidInputException e) {
      return e.fields();
    }
  }

  public Mark toMark() {
    Map<String, String> errors = new LinkedHashMap<>();
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      errors.put("name", "enter the mark as registered");
    }
    errors.putAll(MarkLimits.problems(n, owner, registration, jurisdiction));
    var classes = new TreeSet<Integer>();
    if (niceClasses != null && !niceClasses.isBlank()) {
      for (String part : niceClasses.split("[,;\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          int c = Integer.parseInt(part.strip());
          if (c < 1 || c > 45) {
            errors.put("niceClasses", "Nice classes are numbers from 1 to 45; got " + c);
          }
          classes.add(c);
        } catch (NumberFormatException e) {
          errors.put("niceClasses", NOT_CLASS_NUMBERS);
        }
      }
    }
    MarkStatus s = MarkStatus.LIVE;
    if (status != null && !status.isBlank()) {
      try {
        s = MarkStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.put("status", "LIVE or DEAD");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The mark has invalid fields.", errors);
    }
    return new Mark(
        n,
        owner,
        registration,
        jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT),
        classes,
        s,
        Boolean.TRUE.equals(famous));
  }
}
