package com.clearmark.app.authorization;

import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.FormDates;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The authorization form as typed: lists separated by commas or lines, dates as YYYY-MM-DD. The
 * constraints answer whether the dates can be read at all; the kind of document is checked by
 * {@link #toForm}, and what is required, the lengths, the scope and the order of the dates by the
 * service, which names every problem at once.
 */
record AuthorizationEntry(
    String kind,
    String licensor,
    String brands,
    String marketplaces,
    String asins,
    String skus,
    @Pattern(regexp = FormDates.PATTERN, message = FormDates.MESSAGE) String validFrom,
    @Pattern(regexp = FormDates.PATTERN, message = FormDates.MESSAGE) String validTo) {

  static final List<String> KINDS =
      List.of("Letter of authorization", "Licence", "Distribution agreement");

  static AuthorizationEntry blank() {
    return new AuthorizationEntry(KINDS.get(0), "", "", "", "", "", "", "");
  }

  /** A recorded authorization as the edit form shows it. */
  static AuthorizationEntry of(Authorization a) {
    return new AuthorizationEntry(
        a.kind(),
        a.licensor(),
        String.join(", ", a.brands()),
        String.join(", ", a.marketplaces()),
        String.join(", ", a.asins()),
        String.join(", ", a.skus()),
        a.validFrom().toString(),
        a.validTo() == null ? "" : a.validTo().toString());
  }

  /** The service's form; refused by field when the kind is not one of {@link #KINDS}. */
  AuthorizationService.AuthorizationForm toForm() {
    if (!KINDS.contains(text(kind))) {
      throw new InvalidInputException("kind", "choose what kind of document it is");
    }
    LocalDate from = FormDates.parse("validFrom", validFrom);
    LocalDate to = FormDates.parse("validTo", validTo);
    return new AuthorizationService.AuthorizationForm(
        text(kind), licensor, list(brands), list(marketplaces), list(asins), list(skus), from, to);
  }

  private static Set<String> list(String value) {
    var out = new LinkedHashSet<String>();
    Arrays.stream(text(value).split("[,;\\n]+"))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .forEach(out::add);
    return out;
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
