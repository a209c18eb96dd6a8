package com.clearmark.engine.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text (CSV with commas, TSV with tabs) into records, one at a time, and tells the
 * physical line each record starts on.
 *
 * <p>Follows RFC 4180: a field that starts with a double quote runs to the matching closing quote,
 * may hold delimiters and line breaks, and writes a quote as two quotes. Being lenient with what
 * spreadsheets and Amazon write, it also accepts LF, CRLF or CR line ends, takes a quote inside an
 * unquoted field literally (as in {@code 12" vinyl}), and keeps any text after a closing quote.
 * Line breaks inside quoted fields are kept as they are and counted, so the start line of every
 * later record stays right.
 *
 * <p>A quote that is never closed is flagged, not guessed at: so is a quoted field that spans lines
 * and whose closing quote is followed by more text, the mark of a quote left open that paired with
 * the opening quote of a later field, swallowing the rows between.
 *
 * <p>Memory is bounded: a quoted field longer than {@link #MAX_FIELD_CHARS} is taken for a missing
 * closing quote, as is a quote still open at the end of the file; an unquoted field longer than
 * that, a record of more than {@link #MAX_FIELDS} fields or of more than {@link #MAX_RECORD_CHARS}
 * characters in all is read to its end without the excess being kept and comes back {@link
 * Record#oversized() oversized}, for the caller to report.
 */
final class DelimitedRecords {
  static final int MAX_FIELD_CHARS = 1 << 20;
  static final int MAX_FIELDS = 10_000;

  /** The most characters a record keeps over all its fields. */
  static final int MAX_RECORD_CHARS = 4 * MAX_FIELD_CHARS;

  private final Reader in;
  private final char delimiter;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long line = 1;
  private boolean ended;

  /**
   * One record.
   *
   * @param line the physical line the record starts on, 1-based
   * @param unterminatedQuote whether a quoted field in it was never closed, so that it ran to the
   *     end of the file (or past {@link #MAX_FIELD_CHARS}); its fields are then incomplete
   * @param oversized whether an unquoted field was longer than {@link #MAX_FIELD_CHARS} or the
   *     record had more than {@link #MAX_FIELDS} fields or {@link #MAX_RECORD_CHARS} characters;
   *     its fields are then incomplete
   * @param quoteLine where the unclosed quote opened, or 0 when every quote was closed
   * @param quoteField the 0-based field of the unclosed quote, or -1
   */
  record Record(
      long line,
      List<String> fields,
      boolean unterminatedQuote,
      boolean oversized,
      long quoteLine,
      int quoteField) {

    Record(long line, List<String> fields, boolean oversized) {
      this(line, fields, false, oversized, 0, -1);
    }

    /** Whether every field is empty or white space, as in an empty line or a line of tabs. */
    boolean isBlank() {
      for (String field : fields) {
        if (!field.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  DelimitedRecords(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The line the next record would start on. */
  long line() {
    return line;
  }

  /** The next record, or null at the end of the text. */
  Record next() throws IOException {
    if (ended) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean sawAny = false;
    boolean quoted = false;
    boolean inQuotes = false;
    boolean oversized = false;
    int kept = 0;
    long quoteLine = 0;
    boolean closedAcrossLines = false;
    long mismatchedLine = 0;
    int mismatchedField = -1;
    while (true) {
      int c = read();
      if (c < 0) {
        ended = true;
        if (inQuotes) {
          fields.add(field.toString());
          return new Record(start, fields, true, oversized, quoteLine, fields.size() - 1);
        }
        if (!sawAny) {
          return null;
        }
        oversized |= !keep(fields, field, kept);
        return ended(start, fields, oversized, mismatchedLine, mismatchedField);
      }
      sawAny = true;
      if (inQuotes) {
        if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            inQuotes = false;
            closedAcrossLines = line > quoteLine;
          }
        } else {
          field.append((char) c);
          if (c == '\n') {
            line++;
          } else if (c == '\r') {
            line++;
            if (peek() == '\n') {
              read();
              field.append('\n');
            }
          }
          if (field.length() > MAX_FIELD_CHARS) {
            ended = true;
            fields.add(field.toString());
            return new Record(start, fields, true, oversized, quoteLine, fields.size() - 1);
          }
        }
      } else if (c == delimiter) {
        closedAcrossLines = false;
        if (keep(fields, field, kept)) {
          kept += field.length();
        } else {
          oversized = true;
        }
        field.setLength(0);
        quoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        oversized |= !keep(fields, field, kept);
        return ended(start, fields, oversized, mismatchedLine, mismatchedField);
      } else if (c == '"' && !quoted && field.length() == 0) {
        quoted = true;
        inQuotes = true;
        quoteLine = line;
      } else if (closedAcrossLines && c != ' ') {
        if (mismatchedLine == 0) {
          mismatchedLine = quoteLine;
          mismatchedField = fields.size();
        }
        closedAcrossLines = false;
        field.append((char) c);
      } else if (field.length() < MAX_FIELD_CHARS) {
        field.append((char) c);
      } else {
        oversized = true;
      }
    }
  }

  private static Record ended(
      long start, List<String> fields, boolean oversized, long quoteLine, int quoteField) {
    return quoteLine > 0
        ? new Record(start, fields, true, oversized, quoteLine, quoteField)
        : new Record(start, fields, oversized);
  }

  /** Adds the field unless the record already holds its most fields or characters. */
  private static boolean keep(List<String> fields, StringBuilder field, int kept) {
    if (fields.size() >= MAX_FIELDS || kept + field.length() > MAX_RECORD_CHARS) {
      return false;
    }
    fields.add(field.toString());
    return true;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
