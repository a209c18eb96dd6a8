package com.clearmark.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.support.Malformed;
import com.clearmark.app.support.ValidFiles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The complaint parsers as pure functions under a seeded stream of malformed input: each either
 * reads it or refuses it with field errors a seller can act on, and nothing else escapes. The count
 * is {@code -Dclearmark.fuzz.inputs} (a few hundred by default; a hundred thousand takes seconds)
 * and the seed {@code -Dclearmark.fuzz.seed}.
 */
class ComplaintParsersUnderFuzzTest {

  private static final long SEED = Long.getLong("clearmark.fuzz.seed", 20261204L);
  private static final int INPUTS = Integer.getInteger("clearmark.fuzz.inputs", 300);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final Pattern WHERE = Pattern.compile("^(file|complaints\\.csv line \\d+: \\w+)$");
  private static final Pattern INTERNAL =
      Pattern.compile("Exception|\\bjava\\.|\\tat |Cannot invoke");

  private static void clear(InvalidInputException e, String where, Pattern fields) {
    assertThat(e.getMessage()).as(where).isNotBlank().doesNotContainPattern(INTERNAL);
    assertThat(e.fields()).as(where).isNotEmpty();
    e.fields()
        .forEach(
            (field, message) -> {
              assertThat(field).as(where).matches(fields);
              assertThat(message)
                  .as(where + " " + field)
                  .isNotBlank()
                  .doesNotContainPattern(INTERNAL);
            });
  }

  @Test
  void aMalformedComplaintsCsvIsReadOrRefusedByLineAndColumn() {
    var malformed =
        new Malformed(List.of(ValidFiles.COMPLAINTS.getBytes(StandardCharsets.UTF_8)), SEED);
    for (int i = 0; i < INPUTS; i++) {
      var input = malformed.input(i);
      String where = "input " + i + " of seed " + SEED + " " + input.mutations();
      String text = new String(input.content(), StandardCharsets.UTF_8);
      try {
        var rows = ComplaintCsv.read(text, "complaints.csv", TODAY);
        assertThat(rows).as(where).isNotEmpty();
        rows.forEach(r -> assertThat(r.line()).as(where).isGreaterThan(1));
      } catch (InvalidInputException e) {
        clear(e, where, WHERE);
      }
    }
  }

  @Test
  void aMalformedPastedNotificationIsParsedOrRefusedNamingTheText() {
    var malformed =
        new Malformed(List.of(ValidFiles.NOTICE.getBytes(StandardCharsets.UTF_8)), SEED + 1);
    for (int i = 0; i < INPUTS; i++) {
      var input = malformed.input(i);
      String where = "input " + i + " of seed " + SEED + " " + input.mutations();
      try {
        var parsed = NotificationParser.parse(new String(input.content(), StandardCharsets.UTF_8));
        assertThat(parsed.missing()).as(where).doesNotContainNull();
      } catch (InvalidInputException e) {
        clear(e, where, Pattern.compile("text"));
      }
    }
  }
}
