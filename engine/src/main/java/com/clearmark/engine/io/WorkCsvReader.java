package com.clearmark.engine.io;

import com.clearmark.engine.copyright.TextWorks;
import com.clearmark.engine.copyright.Work;
import com.clearmark.engine.copyright.WorkKind;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a register of protected works from a UTF-8 CSV file, one work per row.
 *
 * <p>Required columns: {@code id} (a whole number from 1, unique in the file), {@code kind} ({@code
 * photo}, {@code packaging}, {@code logo}, {@code illustration} or {@code text}) and {@code title}.
 * Optional: {@code owner}, {@code description}, {@code file} and {@code text}. An image work names
 * its image in {@code file}, a local path taken relative to the folder of the CSV file (never a
 * URL); a text work gives its words in {@code text}, at most {@value TextWorks#MAX_WORK_CHARS}
 * characters. The image itself is not opened here: whoever hashes it reports an unreadable one with
 * the row's {@link Entry#line() line}. A malformed row is an {@link InputProblem} naming its line
 * and column.
 */
public final class WorkCsvReader {

  /** The most works one file may register. */
  public static final int MAX_WORKS = 1_000_000;

  /**
   * One row of the register.
   *
   * @param image the image file of an image work, resolved against the CSV's folder; null for a
   *     text
   * @param text the words of a text work; empty for an image
   * @param file the CSV file as named, and {@code line} the row's line in it, for messages
   */
  public record Entry(Work work, Path image, String text, String file, long line) {

    /** A problem with this work's row, such as an image that cannot be read. */
    public InputProblem problem(String field, String message) {
      return new InputProblem(file, line, field, message);
    }
  }

  private WorkCsvReader() {}

  /**
   * Reads the works file.
   *
   * @param strict whether a malformed row stops the reading instead of being skipped
   * @param problems receives the malformed rows when reading leniently
   * @throws InputException when the file is missing, unreadable, empty, lacks a required column or
   *     has more than {@link #MAX_WORKS} rows
   */
  public static List<Entry> read(Path file, boolean strict, Consumer<InputProblem> problems) {
    InputFile input = InputFile.of(file);
    Problems sink = new Problems(strict, problems);
    Path folder = file.toAbsolutePath().getParent();
    Set<Long> ids = new HashSet<>();
    List<Entry> entries = new ArrayList<>();
    try (Table table = Table.openCsv(input, sink)) {
      table.require("id", "kind", "title");
      Row row;
      while ((row = table.next()) != null) {
        if (row.number() > MAX_WORKS) {
          throw input.failure(
              row.line(), "", "more than " + MAX_WORKS + " works; split the register");
        }
        try {
          Entry entry = entryOf(row, folder, input.name());
          if (!ids.add(entry.work().id())) {
            throw new InvalidValue("id", "work " + entry.work().id() + " is registered twice");
          }
          entries.add(entry);
        } catch (InvalidValue e) {
          sink.report(row.problem(e.field(), e.getMessage()));
        }
      }
    }
    return entries;
  }

  private static Entry entryOf(Row row, Path folder, String file) {
    long id = id(row.get("id"));
    WorkKind kind = kind(row.get("kind"));
    String title = row.get("title");
    if (title.isEmpty()) {
      throw new InvalidValue("title", "the work has no title");
    }
    var work = new Work(id, kind, title, row.get("owner"), row.get("description"));
    String image = row.get("file");
    String text = row.get("text");
    if (kind == WorkKind.TEXT) {
      if (text.isEmpty()) {
        throw new InvalidValue("text", "a text work needs its words in the text column");
      }
      if (text.length() > TextWorks.MAX_WORK_CHARS) {
        throw new InvalidValue(
            "text",
            "the text has "
                + text.length()
                + " characters; at most "
                + TextWorks.MAX_WORK_CHARS
                + " are read");
      }
      return new Entry(work, null, text, file, row.line());
    }
    if (image.isEmpty()) {
      throw new InvalidValue(
          "file",
          "a " + kind.name().toLowerCase(Locale.ROOT) + " needs its image in the file column");
    }
    if (ImageNames.isUrl(image)) {
      throw new InvalidValue(
          "file",
          "\""
              + image
              + "\" is a URL; Clearmark never downloads images: save the file and give its local"
              + " path");
    }
    if (image.length() > ImageNames.MAX_NAME_CHARS) {
      throw new InvalidValue(
          "file", "the path is longer than " + ImageNames.MAX_NAME_CHARS + " characters");
    }
    Path path;
    try {
      path = folder == null ? Path.of(image) : folder.resolve(image);
    } catch (InvalidPathException e) {
      throw new InvalidValue("file", "\"" + image + "\" is not a path on this system");
    }
    return new Entry(work, path.normalize(), "", file, row.line());
  }

  private static long id(String value) {
    long id;
    try {
      id = Long.parseLong(value);
    } catch (NumberFormatException e) {
      id = 0;
    }
    if (id < 1) {
      throw new InvalidValue("id", "\"" + value + "\" is not a work id; use a whole number from 1");
    }
    return id;
  }

  private static WorkKind kind(String value) {
    try {
      return WorkKind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue(
          "kind",
          "\"" + value + "\" is not a kind of work: photo, packaging, logo, illustration or text");
    }
  }
}
