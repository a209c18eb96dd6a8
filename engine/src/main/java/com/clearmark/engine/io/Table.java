package com.clearmark.engine.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A delimited file read row by row through its header row. Blank rows are skipped; a row with more
 * non-empty fields than the header has columns is a problem; an unclosed quote refuses the whole
 * file, since every row after it is unreliable.
 */
final class Table implements Closeable {
  static final String UNCLOSED_QUOTE =
      "a quoted value opening on this line has no matching closing quote, so the rows after it"
          + " cannot be told apart and the file is refused; close the quote, or write a quote"
          + " inside a quoted value as two quotes";

  static final String SAVE_AS_UTF8 = "; save the file as UTF-8 (in Excel: \"CSV UTF-8\")";

  private final InputFile file;
  private final Reader text;
  private final DelimitedRecords records;
  private final Problems problems;
  private final Header header;
  private final long headerLine;
  private long rows;

  private Table(
      InputFile file,
      Reader text,
      DelimitedRecords records,
      Problems problems,
      Header header,
      long headerLine) {
    this.file = file;
    this.text = text;
    this.records = records;
    this.problems = problems;
    this.header = header;
    this.headerLine = headerLine;
  }

  /**
   * Reads up to the header and stays there.
   *
   * @param headerIndex how many non-blank records come before the header (category flat files have
   *     two rows of template metadata and labels above their field names)
   * @throws InputException when the file has no header row, or cannot be read
   */
  static Table open(
      InputFile file, Reader text, char delimiter, int headerIndex, Problems problems) {
    var records = new DelimitedRecords(text, delimiter);
    try {
      int seen = 0;
      while (true) {
        DelimitedRecords.Record record = records.next();
        if (record == null) {
          throw file.failure(0, "", "the file is empty");
        }
        if (record.unterminatedQuote()) {
          throw file.failure(record.quoteLine(), "", UNCLOSED_QUOTE);
        }
        if (record.oversized()) {
          throw file.failure(record.line(), "", oversized());
        }
        if (record.isBlank()) {
          continue;
        }
        if (seen++ == headerIndex) {
          return new Table(
              file, text, records, problems, new Header(record.fields()), record.line());
        }
      }
    } catch (IOException e) {
      closeQuietly(text);
      throw file.failure(records.line(), e);
    } catch (RuntimeException e) {
      closeQuietly(text);
      throw e;
    }
  }

  private static String oversized() {
    return "the row has a field longer than "
        + DelimitedRecords.MAX_FIELD_CHARS
        + " characters, more than "
        + DelimitedRecords.MAX_RECORD_CHARS
        + " characters in all or more than "
        + DelimitedRecords.MAX_FIELDS
        + " fields; it is not read";
  }

  /** Opens a UTF-8 CSV file whose first non-blank row is the header. */
  static Table openCsv(InputFile file, Problems problems) {
    Reader text = file.openText(StandardCharsets.UTF_8, SAVE_AS_UTF8);
    return open(file, text, ',', 0, problems);
  }

  Header header() {
    return header;
  }

  /** Fails unless the header has all the columns; names the first one missing. */
  void require(String... columns) {
    for (String column : columns) {
      if (!header.has(column)) {
        throw file.failure(
            headerLine,
            column,
            "the header has no \""
                + column
                + "\" column; the columns found are: "
                + String.join(", ", header.names()));
      }
    }
  }

  /**
   * The next well-formed row, or null at the end. Malformed rows go to the problems, which throw
   * when reading strictly.
   */
  Row next() {
    try {
      while (true) {
        DelimitedRecords.Record record = records.next();
        if (record == null) {
          return null;
        }
        if (record.unterminatedQuote()) {
          // Whatever follows an open quote is read as one value: no later row can be trusted,
          // so the file is refused whole rather than imported in part.
          int column = record.quoteField();
          throw file.failure(
              record.quoteLine(),
              column >= 0 && column < header.size() ? header.names().get(column) : "",
              UNCLOSED_QUOTE);
        }
        if (record.oversized()) {
          rows++;
          problems.report(file.problem(record.line(), "", oversized()));
          continue;
        }
        if (record.isBlank()) {
          continue;
        }
        rows++;
        List<String> fields = record.fields();
        int used = lastNonEmpty(fields) + 1;
        if (used > header.size()) {
          problems.report(
              file.problem(
                  record.line(),
                  "",
                  "the row has "
                      + used
                      + " fields but the header has "
                      + header.size()
                      + " columns; put values that contain the delimiter in double quotes"));
          continue;
        }
        return new Row(file, rows, record.line(), header, fields);
      }
    } catch (IOException e) {
      throw file.failure(records.line(), e);
    }
  }

  private static int lastNonEmpty(List<String> fields) {
    for (int i = fields.size() - 1; i >= 0; i--) {
      if (!fields.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads a whole UTF-8 CSV file whose header must have the required columns, mapping each
   * well-formed row; a row whose mapping throws {@link InvalidValue} is a problem.
   */
  static <T> List<T> readCsv(
      InputFile file, Problems problems, List<String> required, Function<Row, T> mapping) {
    try (Table table = openCsv(file, problems)) {
      table.require(required.toArray(String[]::new));
      List<T> values = new ArrayList<>();
      Row row;
      while ((row = table.next()) != null) {
        try {
          values.add(mapping.apply(row));
        } catch (InvalidValue e) {
          problems.report(row.problem(e.field(), e.getMessage()));
        }
      }
      return values;
    }
  }

  @Override
  public void close() {
    closeQuietly(text);
  }

  private static void closeQuietly(Reader text) {
    try {
      text.close();
    } catch (IOException ignored) {
      // the file was only read, so a failed close loses nothing
    }
  }
}
