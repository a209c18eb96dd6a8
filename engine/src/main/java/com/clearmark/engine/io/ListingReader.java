package com.clearmark.engine.io;

import com.clearmark.engine.listing.Listing;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads listings from a seller's file one at a time, whatever {@link ListingFormat} it is in.
 *
 * <p>The format is told from the content, never from the file name:
 *
 * <ol>
 *   <li>a first non-blank character <code>{</code> means JSON lines;
 *   <li>a tab-separated first row with {@code item-name} and {@code seller-sku} means an All
 *       Listings report, whatever its width (27, 29, 31, 47 columns are known; unknown columns are
 *       ignored);
 *   <li>a row with {@code item_name} or {@code brand_name} among the first five, tab- or
 *       comma-separated, means a category flat file whose field names are on that row; rows above
 *       it (template metadata, localized labels) are skipped;
 *   <li>a comma-separated first row naming {@code sku}, {@code asin} or {@code title} means the
 *       canonical CSV.
 * </ol>
 *
 * <p>Reading streams: memory does not grow with the number of rows. Each listing carries its data
 * row number and the physical line it starts on, counting header rows and line breaks inside quoted
 * fields. A malformed row (a bad price, more fields than columns, invalid JSON, no title, SKU or
 * ASIN) is an {@link InputProblem}: reading leniently it goes to the caller's consumer and the row
 * is skipped; reading strictly it is thrown as an {@link InputException}. Problems with the whole
 * file (missing, empty, unrecognised, undecodable under the charset) and structural errors that
 * leave the rows after them unreliable (a quote never closed, naming the line it opens on and its
 * column) are always thrown, so that no file is imported in part without saying so.
 */
public final class ListingReader implements Iterator<Listing>, AutoCloseable {
  private static final int DETECTION_CHARS = 1 << 18;
  private static final int DETECTION_ROWS = 5;
  private static final List<String> FLAT_FILE_COLUMNS = List.of("item_name", "brand_name");
  private static final List<String> CANONICAL_COLUMNS = List.of("sku", "asin", "title");

  private final ListingFormat format;
  private final ListingSource source;
  private final Problems problems;
  private Listing next;
  private boolean done;

  private ListingReader(ListingFormat format, ListingSource source, Problems problems) {
    this.format = format;
    this.source = source;
    this.problems = problems;
  }

  /**
   * Opens a listing file and reads its header.
   *
   * @param encoding the file's charset, or null for UTF-8; a leading byte order mark is skipped
   * @param strict whether a malformed row stops the reading instead of being skipped
   * @param problems receives the malformed rows when reading leniently
   * @throws InputException when the file is missing, unreadable, empty or not in a known format
   */
  public static ListingReader open(
      Path file, Charset encoding, boolean strict, Consumer<InputProblem> problems) {
    InputFile input = InputFile.of(file);
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : encoding;
    String advice =
        charset.equals(StandardCharsets.UTF_8)
            ? "; if the file was saved by Excel on Windows, try --encoding windows-1252"
            : "; give the file's encoding with --encoding, for example --encoding UTF-8";
    var sink = new Problems(strict, problems);
    Layout layout = detect(input, charset, advice);
    Reader text = input.openText(charset, advice);
    ListingSource source =
        layout.format() == ListingFormat.CANONICAL_JSONL
            ? new JsonListings(input, text, sink)
            : new TabularListings(
                layout.format(),
                Table.open(input, text, layout.delimiter(), layout.headerIndex(), sink),
                sink);
    return new ListingReader(layout.format(), source, sink);
  }

  public ListingFormat format() {
    return format;
  }

  /** How many malformed rows were found so far. */
  public long problemCount() {
    return problems.count();
  }

  /**
   * Whether another listing follows; reads ahead past malformed rows.
   *
   * @throws InputException when reading strictly and the next row is malformed, or when the file
   *     cannot be read further
   */
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
  public Listing next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Listing listing = next;
    next = null;
    return listing;
  }

  @Override
  public void close() {
    done = true;
    next = null;
    try {
      source.close();
    } catch (IOException ignored) {
      // the file was only read, so a failed close loses nothing
    }
  }

  private record Layout(ListingFormat format, char delimiter, int headerIndex) {}

  private static Layout detect(InputFile file, Charset charset, String advice) {
    var prefix = new StringBuilder();
    IOException undecodable = null;
    try (Reader text = file.openText(charset, advice)) {
      char[] buffer = new char[8192];
      while (prefix.length() < DETECTION_CHARS) {
        int n = text.read(buffer);
        if (n < 0) {
          break;
        }
        prefix.append(buffer, 0, n);
      }
    } catch (DecodingReader.UndecodableTextException e) {
      undecodable = e;
    } catch (IOException e) {
      throw file.failure(0, e);
    }
    String text = prefix.toString();
    try {
      return layoutOf(file, text);
    } catch (InputException e) {
      if (undecodable != null) {
        throw file.failure(lineAtEnd(text), undecodable);
      }
      throw e;
    }
  }

  private static Layout layoutOf(InputFile file, String text) {
    if (text.isBlank()) {
      throw file.failure(0, "", "the file is empty");
    }
    if (text.strip().charAt(0) == '{') {
      return new Layout(ListingFormat.CANONICAL_JSONL, '\0', 0);
    }
    List<Header> tabbed = firstRows(text, '\t');
    List<Header> commas = firstRows(text, ',');
    if (tabbed.isEmpty() || commas.isEmpty()) {
      // Only delimiters, as in a file of commas: text, but not one cell of it filled in.
      throw file.failure(0, "", "the file has no header row, only empty cells");
    }
    Header firstTabbed = tabbed.get(0);
    if (firstTabbed.has("item-name") && firstTabbed.has("seller-sku")) {
      return new Layout(ListingFormat.ALL_LISTINGS_REPORT, '\t', 0);
    }
    if (firstTabbed.hasAny(FLAT_FILE_COLUMNS)) {
      return new Layout(ListingFormat.CATEGORY_FLAT_FILE, '\t', 0);
    }
    if (commas.get(0).hasAny(FLAT_FILE_COLUMNS)) {
      return new Layout(ListingFormat.CATEGORY_FLAT_FILE, ',', 0);
    }
    if (commas.get(0).hasAny(CANONICAL_COLUMNS)) {
      return new Layout(ListingFormat.CANONICAL_CSV, ',', 0);
    }
    for (int i = 1; i < tabbed.size(); i++) {
      if (tabbed.get(i).hasAny(FLAT_FILE_COLUMNS)) {
        return new Layout(ListingFormat.CATEGORY_FLAT_FILE, '\t', i);
      }
    }
    for (int i = 1; i < commas.size(); i++) {
      if (commas.get(i).hasAny(FLAT_FILE_COLUMNS)) {
        return new Layout(ListingFormat.CATEGORY_FLAT_FILE, ',', i);
      }
    }
    String missing =
        "the first row has none of the columns item-name, item_name, brand_name,"
            + " sku, asin or title";
    String field = "";
    if (firstTabbed.has("item-name") != firstTabbed.has("seller-sku")) {
      field = firstTabbed.has("item-name") ? "seller-sku" : "item-name";
      missing = "the first row looks like an All Listings report but has no " + field + " column";
    }
    throw file.failure(
        1,
        field,
        "not a listings file Clearmark can read: "
            + missing
            + ". Accepted are an All Listings report (tab-separated, with item-name and"
            + " seller-sku), a category flat file (a row with item_name or brand_name among the"
            + " first rows), a CSV whose header names sku, asin or title, and JSON lines (one"
            + " object per line)");
  }

  /** The first non-blank rows of the text, split on the delimiter, as headers. */
  private static List<Header> firstRows(String text, char delimiter) {
    var records = new DelimitedRecords(new StringReader(text), delimiter);
    List<Header> rows = new ArrayList<>();
    try {
      DelimitedRecords.Record record;
      while (rows.size() < DETECTION_ROWS && (record = records.next()) != null) {
        if (!record.isBlank()) {
          rows.add(new Header(record.fields()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("a string cannot fail to read", e);
    }
    return rows;
  }

  private static long lineAtEnd(String text) {
    long line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
