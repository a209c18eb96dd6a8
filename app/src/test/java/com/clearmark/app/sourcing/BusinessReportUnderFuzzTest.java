package com.clearmark.app.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.support.Malformed;
import com.clearmark.app.support.ValidFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The business report reader as a pure function under a seeded stream of malformed reports: each is
 * read whole, every row fitting what sales keep, or refused with errors naming line and column.
 * {@code -Dclearmark.fuzz.inputs} and {@code -Dclearmark.fuzz.seed} as for the other fuzz tests.
 */
class BusinessReportUnderFuzzTest {

  private static final long SEED = Long.getLong("clearmark.fuzz.seed", 20261204L);
  private static final int INPUTS = Integer.getInteger("clearmark.fuzz.inputs", 300);
  private static final Pattern WHERE =
      Pattern.compile("^(file|from|to|report\\.csv line \\d+(: [A-Za-z ]+)?)$");
  private static final Pattern INTERNAL =
      Pattern.compile("Exception|\\bjava\\.|\\tat |Cannot invoke");

  @Test
  void aMalformedReportIsReadWholeOrRefusedByLineAndColumn() {
    var malformed =
        new Malformed(List.of(ValidFiles.BUSINESS_REPORT.getBytes(StandardCharsets.UTF_8)), SEED);
    for (int i = 0; i < INPUTS; i++) {
      var input = malformed.input(i);
      String where = "input " + i + " of seed " + SEED + " " + input.mutations();
      var text =
          new InputStreamReader(new ByteArrayInputStream(input.content()), StandardCharsets.UTF_8);
      try {
        var rows =
            BusinessReport.read(
                text, "report.csv", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        for (Sales s : rows) {
          assertThat(s.asin().length()).as(where).isLessThanOrEqualTo(FieldLimits.ASIN);
          assertThat(s.sku().length()).as(where).isLessThanOrEqualTo(FieldLimits.SKU);
          assertThat(s.units()).as(where).isNotNegative();
        }
      } catch (InvalidInputException e) {
        assertThat(e.getMessage()).as(where).isNotBlank().doesNotContainPattern(INTERNAL);
        e.fields()
            .forEach(
                (field, message) -> {
                  assertThat(field).as(where).matches(WHERE);
                  assertThat(message).as(where).isNotBlank().doesNotContainPattern(INTERNAL);
                });
      }
    }
  }
}
