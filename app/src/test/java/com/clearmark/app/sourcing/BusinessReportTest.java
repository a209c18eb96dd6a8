package com.clearmark.app.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.InvalidInputException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessReportTest {

  static final LocalDate SEPTEMBER_1 = LocalDate.of(2026, 9, 1);
  static final LocalDate SEPTEMBER_30 = LocalDate.of(2026, 9, 30);

  @Test
  void aReportByChildItemCountsEachProductOverTheGivenPeriod() {
    var rows =
        BusinessReport.read(
            new StringReader(
                "\uFEFF\"(Parent) ASIN\",\"(Child) ASIN\",\"Title\",\"SKU\",\"Sessions - Total\",\"Units Ordered\"\n"
                    + "\"B0PARENT01\",\"B0CHARGER1\",\"Zorvix 65W Charger, White\",\"ZV-1001\",\"1,204\",\"1,130\"\n"
                    + "\"B0PARENT01\",\"B0CABLE001\",\"Zorvix Cable\",\"ZV-1002\",\"310\",\"42\"\n"),
            "BusinessReport-9-2026.csv",
            SEPTEMBER_1,
            SEPTEMBER_30);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .isEqualTo(new Sales("B0CHARGER1", "ZV-1001", SEPTEMBER_1, SEPTEMBER_30, 1130));
  }

  @Test
  void aReportByDateHasOneDayPerRow() {
    var rows =
        BusinessReport.read(
            new StringReader(
                "Date,ASIN,Units Ordered\n9/14/2026,B0CHARGER1,7\n2026-09-15,B0CHARGER1,3\n"),
            "by-date.csv",
            null,
            null);
    assertThat(rows)
        .extracting(Sales::from)
        .containsExactly(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 15));
    assertThat(rows).extracting(Sales::units).containsExactly(7L, 3L);
  }

  @Test
  void badRowsAreNamedByLineAndColumnAndNothingIsRecorded() {
    assertThatThrownBy(
            () ->
                BusinessReport.read(
                    new StringReader(
                        "Date,ASIN,Units Ordered\n9/14/2026,B0CHARGER1,seven\nyesterday,B0CHARGER1,3\n"),
                    "by-date.csv",
                    null,
                    null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fields())
                    .containsOnlyKeys(
                        "by-date.csv line 2: Units Ordered", "by-date.csv line 3: Date"));
  }

  @Test
  void aReportByChildItemNeedsItsPeriod() {
    assertThatThrownBy(
            () ->
                BusinessReport.read(
                    new StringReader("ASIN,Units Ordered\nB0CHARGER1,3\n"), "r.csv", null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fields()).containsKey("from"));
  }

  @Test
  void aDayNoCalendarHasIsNotADateRatherThanTheLastOfTheMonth() {
    assertThatThrownBy(
            () ->
                BusinessReport.read(
                    new StringReader("Date,ASIN,Units Ordered\n2/30/2026,B0CHARGER1,7\n"),
                    "by-date.csv",
                    null,
                    null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fields())
                    .containsEntry("by-date.csv line 2: Date", "\"2/30/2026\" is not a date"));
  }

  @Test
  void negativeUnitsAndAnOverLongAsinAreNamedByLineAndColumn() {
    assertThatThrownBy(
            () ->
                BusinessReport.read(
                    new StringReader(
                        "Date,ASIN,Units Ordered\n2026-09-14,B0CHARGER1,-7\n2026-09-15,"
                            + "B0".repeat(11)
                            + ",3\n"),
                    "by-date.csv",
                    null,
                    null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fields())
                    .containsKeys("by-date.csv line 2: Units Ordered", "by-date.csv line 3: ASIN"));
  }
}
