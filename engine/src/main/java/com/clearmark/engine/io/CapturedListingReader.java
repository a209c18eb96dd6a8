package com.clearmark.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads captured third-party listings from a "marketplace listing" file: UTF-8 CSV with a header
 * row (comma- or tab-separated), or JSON lines with the same keys.
 *
 * <p>Columns, in any order and case: {@code marketplace}, {@code listing_id} (or {@code asin} or
 * {@code item_number}), {@code captured_at} and {@code title} are required; optional are {@code
 * url}, {@code seller_id}, {@code seller_name}, {@code seller_address}, {@code seller_phone},
 * {@code seller_email}, {@code price}, {@code currency}, {@code available} ({@code true} or {@code
 * false}, true when empty), {@code brand}, {@code bullet_points} (bullets separated by {@code |},
 * in JSON also a list) or {@code bullet_point1} to {@code bullet_point5}, {@code description},
 * {@code search_terms} and {@code category}. {@code captured_at} is an ISO instant ({@code
 * 2026-11-20T09:30:00Z}, an offset allowed) or an ISO date, read as its start in UTC.
 *
 * <p>As with the other readers, reading streams, and a malformed row (a stray extra field, a bad
 * price or time, a value longer than the service stores, a missing required value) is an {@link
 * InputProblem} naming its line and field: skipped and reported when reading leniently, thrown when
 * reading strictly. A file that is missing, empty, lacks a required column or has a quote never
 * closed is refused whole.
 */
public final class CapturedListingReader implements Iterator<CapturedListing>, AutoCloseable {
  /** The most rows {@link #read} collects into one list; stream larger files with {@link #open}. */
  public static final int MAX_ROWS = 200_000;

  private static final int BULLET_COLUMNS = 5;
  private static final List<String> ID_COLUMNS = List.of("listing_id", "asin", "item_number");
  private static final JsonFactory JSON = new JsonFactory();

  private interface Source extends AutoCloseable {
    CapturedListing next();

    @Override
    void close();
  }

  private final Source source;
  private final Problems problems;
  private CapturedListing next;
  private boolean done;

  private CapturedListingReader(Source source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /**
   * Opens a captured-listings file; problems name the file by its path.
   *
   * @see #open(Path, String, boolean, Consumer)
   */
  public static CapturedListingReader open(
      Path file, boolean strict, Consumer<InputProblem> problems) {
    return open(file, file.toString(), strict, problems);
  }

  /**
   * Opens a captured-listings file and reads its header.
   *
   * @param name how problems name the file, such as the name it was uploaded under
   * @param strict whether a malformed row stops the reading instead of being skipped
   * @param problems receives the malformed rows when reading leniently
   * @throws InputException when the file is missing, unreadable, empty or lacks a required column
   */
  public static CapturedListingReader open(
      Path file, String name, boolean strict, Consumer<InputProblem> problems) {
    var input = new InputFile(file, name);
    var sink = new Problems(strict, problems);
    Layout layout = detect(input);
    Reader text = input.openText(StandardCharsets.UTF_8, Table.SAVE_AS_UTF8);
    Source source =
        layout == Layout.JSON_LINES
            ? new JsonSource(input, text, sink)
            : new TableSource(
                Table.open(input, text, layout == Layout.TABS ? '\t' : ',', 0, sink), sink);
    return new CapturedListingReader(source, sink);
  }

  /**
   * Reads a whole file of at most {@link #MAX_ROWS} rows.
   *
   * @throws InputException as {@link #open} does, and when the file has more rows
   */
  public static List<CapturedListing> read(
      Path file, String name, boolean strict, Consumer<InputProblem> problems) {
    List<CapturedListing> rows = new ArrayList<>();
    try (var reader = open(file, name, strict, problems)) {
      while (reader.hasNext()) {
        CapturedListing row = reader.next();
        if (rows.size() == MAX_ROWS) {
          throw new InputException(
              new InputProblem(
                  name,
                  row.line(),
                  "",
                  "the file has more than " + MAX_ROWS + " listings; split it into smaller files"));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** How many malformed rows were found so far. */
  public long problemCount() {
    return problems.count();
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = source.next();
      } catch (RuntimeException e) {
        done = true;
        throw e;
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public CapturedListing next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CapturedListing row = next;
    next = null;
    return row;
  }

  @Override
  public void close() {
    done = true;
    next = null;
    source.close();
  }

  private enum Layout {
    COMMAS,
    TABS,
    JSON_LINES
  }

  private static Layout detect(InputFile file) {
    char[] buffer = new char[8192];
    var prefix = new StringBuilder();
    try (Reader text = file.openText(StandardCharsets.UTF_8, Table.SAVE_AS_UTF8)) {
      int n;
      while (prefix.indexOf("\n") < 0
          && prefix.length() < (1 << 16)
          && (n = text.read(buffer)) > 0) {
        prefix.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw file.failure(0, e);
    }
    String start = prefix.toString().strip();
    if (start.isEmpty()) {
      throw file.failure(0, "", "the file is empty");
    }
    if (start.charAt(0) == '{') {
      return Layout.JSON_LINES;
    }
    int end = start.indexOf('\n');
    String first = end < 0 ? start : start.substring(0, end);
    return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? Layout.TABS : Layout.COMMAS;
  }

  /** The values of one row, by lower-case column name; bullets apart when given as a list. */
  private record Values(Map<String, String> text, List<String> bulletList) {
    String get(String key) {
      String v = text.get(key);
      return v == null ? "" : v.strip();
    }
  }

  private static CapturedListing capturedListing(long line, Values v) {
    try {
      return new CapturedListing(
          line,
          v.get("marketplace"),
          listingId(v),
          v.get("url"),
          v.get("seller_id"),
          v.get("seller_name"),
          v.get("seller_address"),
          v.get("seller_phone"),
          v.get("seller_email"),
          Prices.parse("price", v.get("price")),
          v.get("currency"),
          capturedAt(v.get("captured_at")),
          available(v.get("available")),
          v.get("title"),
          v.get("brand"),
          bullets(v),
          v.get("description"),
          v.get("search_terms"),
          v.get("category"));
    } catch (CapturedListing.InvalidField e) {
      throw new InvalidValue(e.field(), e.reason());
    }
  }

  private static String listingId(Values v) {
    for (String column : ID_COLUMNS) {
      String id = v.get(column);
      if (!id.isEmpty()) {
        return id;
      }
    }
    throw new InvalidValue(
        "listing_id", "the listing id is missing (listing_id, asin or item_number)");
  }

  private static List<String> bullets(Values v) {
    if (v.bulletList() != null) {
      return v.bulletList();
    }
    String joined = v.get("bullet_points");
    if (!joined.isEmpty()) {
      return Arrays.asList(joined.split("\\|"));
    }
    List<String> bullets = new ArrayList<>();
    for (int i = 1; i <= BULLET_COLUMNS; i++) {
      bullets.add(v.get("bullet_point" + i));
    }
    return bullets;
  }

  static Instant capturedAt(String raw) {
    if (raw.isEmpty()) {
      throw new InvalidValue("captured_at", "the capture time is missing");
    }
    try {
      if (raw.length() == 10) {
        return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidValue(
          "captured_at",
          "\""
              + raw
              + "\" is not a time; write an ISO instant such as 2026-11-20T09:30:00Z or a date"
              + " such as 2026-11-20");
    }
  }

  private static boolean available(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "", "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new InvalidValue("available", "\"" + raw + "\" is not true or false");
    };
  }

  private static final class TableSource implements Source {
    private final Table table;
    private final Problems problems;

    TableSource(Table table, Problems problems) {
      this.table = table;
      this.problems = problems;
      try {
        table.require("marketplace", "captured_at", "title");
        if (!table.header().hasAny(ID_COLUMNS)) {
          table.require("listing_id");
        }
      } catch (RuntimeException e) {
        table.close();
        throw e;
      }
    }

    @Override
    public CapturedListing next() {
      Row row;
      while ((row = table.next()) != null) {
        Map<String, String> values = new HashMap<>();
        List<String> names = row.header().names();
        for (int i = 0; i < names.size() && i < row.fields().size(); i++) {
          values.putIfAbsent(names.get(i), row.fields().get(i));
        }
        try {
          return capturedListing(row.line(), new Values(values, null));
        } catch (InvalidValue e) {
          problems.report(row.problem(e.field(), e.getMessage()));
        }
      }
      return null;
    }

    @Override
    public void close() {
      table.close();
    }
  }

  private static final class JsonSource implements Source {
    private final InputFile file;
    private final BufferedReader lines;
    private final Problems problems;
    private long line;

    JsonSource(InputFile file, Reader text, Problems problems) {
      this.file = file;
      this.lines = new BufferedReader(text, 1 << 16);
      this.problems = problems;
    }

    @Override
    public CapturedListing next() {
      while (true) {
        String text;
        try {
          text = lines.readLine();
        } catch (IOException e) {
          throw file.failure(line + 1, e);
        }
        if (text == null) {
          return null;
        }
        line++;
        if (text.isBlank()) {
          continue;
        }
        try {
          if (text.length() > DelimitedRecords.MAX_RECORD_CHARS) {
            throw new InvalidValue(
                "", "the line has more than " + DelimitedRecords.MAX_RECORD_CHARS + " characters");
          }
          return capturedListing(line, parse(text));
        } catch (InvalidValue e) {
          problems.report(file.problem(line, e.field(), e.getMessage()));
        }
      }
    }

    private static Values parse(String text) {
      Map<String, String> values = new HashMap<>();
      List<String> bullets = null;
      try (JsonParser parser = JSON.createParser(text)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new InvalidValue("", "the line is not a JSON object; write one {...} per line");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName().toLowerCase(Locale.ROOT);
          JsonToken token = parser.nextToken();
          if (key.equals("bullet_points") && token == JsonToken.START_ARRAY) {
            bullets = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
              if (!token.isScalarValue()) {
                throw new InvalidValue(key, "expected a list of strings but it holds more lists");
              }
              if (token != JsonToken.VALUE_NULL) {
                bullets.add(parser.getText());
              }
            }
          } else if (token.isScalarValue()) {
            values.putIfAbsent(key, token == JsonToken.VALUE_NULL ? "" : parser.getText());
          } else {
            throw new InvalidValue(key, "expected a single value but found a list or an object");
          }
        }
        if (parser.nextToken() != null) {
          throw new InvalidValue(
              "", "there is more on the line after the JSON object; write one object per line");
        }
      } catch (JsonProcessingException e) {
        throw new InvalidValue("", "invalid JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new InvalidValue("", "invalid JSON: " + e.getMessage());
      }
      return new Values(values, bullets);
    }

    @Override
    public void close() {
      try {
        lines.close();
      } catch (IOException ignored) {
        // the file was only read, so a failed close loses nothing
      }
    }
  }
}
