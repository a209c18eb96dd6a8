package com.clearmark.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedRecordsTest {

  private static List<DelimitedRecords.Record> records(String text, char delimiter)
      throws IOException {
    var records = new DelimitedRecords(new StringReader(text), delimiter);
    List<DelimitedRecords.Record> all = new ArrayList<>();
    DelimitedRecords.Record record;
    while ((record = records.next()) != null) {
      all.add(record);
    }
    return all;
  }

  @Test
  void plainFieldsAreSplitOnTheDelimiter() throws IOException {
    assertThat(records("a,b,c\n1,,3\n", ','))
        .extracting(DelimitedRecords.Record::fields)
        .containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"));
  }

  @Test
  void quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks() throws IOException {
    var all = records("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n", ',');

    assertThat(all).hasSize(1);
    assertThat(all.get(0).fields()).containsExactly("a,b", "say \"hi\"", "two\nlines");
  }

  @Test
  void quotedFieldWithEmbeddedNewlineKeepsLineNumbersOfLaterRows() throws IOException {
    var all = records("h1,h2\n\"x\ny\nz\",1\nnext,2\r\n\"a\r\nb\",3\rlast,4", ',');

    assertThat(all).extracting(DelimitedRecords.Record::line).containsExactly(1L, 2L, 5L, 6L, 8L);
    assertThat(all.get(3).fields()).containsExactly("a\r\nb", "3");
    assertThat(all.get(4).fields()).containsExactly("last", "4");
  }

  @Test
  void tabsSplitTsvAndCommasStayInsideFields() throws IOException {
    assertThat(records("a,b\tc\n", '\t').get(0).fields()).containsExactly("a,b", "c");
  }

  @Test
  void quoteInsideAnUnquotedFieldIsTakenLiterally() throws IOException {
    assertThat(records("12\" vinyl\tx\n", '\t').get(0).fields()).containsExactly("12\" vinyl", "x");
  }

  @Test
  void textAfterAClosingQuoteIsKept() throws IOException {
    assertThat(records("\"Best\" mug,2\n", ',').get(0).fields()).containsExactly("Best mug", "2");
  }

  @Test
  void emptyLineIsABlankRecordAndTrailingNewlineAddsNone() throws IOException {
    var all = records("a\n\nb\n", ',');

    assertThat(all)
        .extracting(DelimitedRecords.Record::isBlank)
        .containsExactly(false, true, false);
  }

  @Test
  void trailingDelimiterGivesATrailingEmptyField() throws IOException {
    assertThat(records("a,\n", ',').get(0).fields()).containsExactly("a", "");
  }

  @Test
  void unterminatedQuoteIsFlaggedWithTheLineItStartsOn() throws IOException {
    var all = records("a,b\n1,\"open\nstill open\n", ',');

    assertThat(all).hasSize(2);
    assertThat(all.get(1).unterminatedQuote()).isTrue();
    assertThat(all.get(1).line()).isEqualTo(2);
    assertThat(all.get(1).quoteLine()).isEqualTo(2);
    assertThat(all.get(1).quoteField()).isEqualTo(1);
  }

  @Test
  void quoteClosedAcrossLinesAndFollowedByTextIsFlaggedAsLeftOpen() throws IOException {
    var all = records("a,b\n1,\"open\n2,\"x\",3\n", ',');

    assertThat(all.get(1).unterminatedQuote()).isTrue();
    assertThat(all.get(1).quoteLine()).isEqualTo(2);
  }

  @Test
  void textAfterAClosingQuoteOnTheSameLineIsKept() throws IOException {
    var all = records("\"12\" vinyl\",b\n", ',');

    assertThat(all.get(0).unterminatedQuote()).isFalse();
  }

  @Test
  void anUnquotedFieldPastTheLimitIsReadToTheEndOfItsLineWithoutBeingKept() throws IOException {
    String huge = "x".repeat(DelimitedRecords.MAX_FIELD_CHARS + 10);
    var all = records("a,b\n1," + huge + "\n2,3\n", ',');

    assertThat(all)
        .extracting(DelimitedRecords.Record::oversized)
        .containsExactly(false, true, false);
    assertThat(all.get(1).fields().get(1)).hasSize(DelimitedRecords.MAX_FIELD_CHARS);
    assertThat(all.get(2).fields()).containsExactly("2", "3");
    assertThat(all.get(2).line()).isEqualTo(3);
  }

  @Test
  void aRecordOfTooManyFieldsIsOversizedAndKeepsOnlyTheLimit() throws IOException {
    var all = records(",".repeat(DelimitedRecords.MAX_FIELDS * 3) + "\nok\n", ',');

    assertThat(all.get(0).oversized()).isTrue();
    assertThat(all.get(0).fields()).hasSizeLessThanOrEqualTo(DelimitedRecords.MAX_FIELDS + 1);
    assertThat(all.get(1).fields()).containsExactly("ok");
  }

  @Test
  void aRecordOfManyLongFieldsKeepsNoMoreThanTheRecordLimit() throws IOException {
    String nearlyFull = "y".repeat(DelimitedRecords.MAX_FIELD_CHARS - 1);
    String row = String.join(",", Collections.nCopies(6, nearlyFull));
    var all = records(row + "\nok\n", ',');

    assertThat(all.get(0).oversized()).isTrue();
    assertThat(all.get(0).fields().stream().mapToInt(String::length).sum())
        .isLessThanOrEqualTo(DelimitedRecords.MAX_RECORD_CHARS);
    assertThat(all.get(1).fields()).containsExactly("ok");
  }
}
