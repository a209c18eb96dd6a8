package com.clearmark.engine.io;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a list of protected marks from a CSV file or from USPTO XML, told apart by content: a file
 * whose first character is {@code <} is XML (see the layouts below), anything else CSV.
 *
 * <p>The CSV needs a header row with a {@code mark} column; the optional columns are {@code owner},
 * {@code registration_number}, {@code jurisdiction}, {@code classes} (Nice class numbers 1 to 45
 * separated by {@code ;}, as in {@code 25;35}; spaces, commas and leading zeros are accepted),
 * {@code status} ({@code live} or {@code dead}, live when empty) and {@code famous} ({@code true},
 * {@code false}, {@code yes}, {@code no}, false when empty). Header names are matched regardless of
 * case and surrounding spaces. A row with a bad value is an {@link InputProblem} naming its line
 * and column: skipped when reading leniently, thrown when strictly.
 *
 * <p>USPTO XML may be the bulk daily applications file, or a TSDR record in ST.66 or ST.96. DTDs
 * and external entities are never loaded. Status codes map to live or dead as described in the
 * package's {@code UsptoStatus}: dead for abandoned (600–614, 618), cancelled (626, 710–714, 716),
 * expired (900) and cancelled international registrations (400–499); live otherwise. Design-only
 * records, which have no words to screen for, are left out and counted in {@link
 * MarkFile#withoutWordMark()}, and so are records whose mark is longer than {@link
 * Mark#MAX_NAME_LENGTH}, counted in {@link MarkFile#tooLong()}. XML has no row-level problems:
 * class numbers outside 1 to 45 (US classes) are left out and unknown status codes read as live;
 * malformed XML fails the whole file. In CSV a mark longer than {@link Mark#MAX_NAME_LENGTH} is a
 * problem of its row.
 */
public final class MarkReader {
  private static final Pattern CLASS_SEPARATORS = Pattern.compile("[;,\\s]+");
  private static final Pattern CLASS_NUMBER = Pattern.compile("\\d{1,3}");
  private static final int UTF8_BOM_FIRST = 0xEF;
  private static final int UTF8_BOM_SECOND = 0xBB;
  private static final int UTF8_BOM_THIRD = 0xBF;

  private MarkReader() {}

  /**
   * Reads the marks in a CSV or USPTO XML file.
   *
   * @param strict whether a malformed row stops the reading instead of being skipped
   * @param problems receives the malformed rows when reading leniently
   * @throws InputException when the file is missing, unreadable, empty, malformed XML, or a CSV
   *     without a {@code mark} column
   */
  public static List<Mark> read(Path file, boolean strict, Consumer<InputProblem> problems) {
    return readFile(file, strict, problems).marks();
  }

  /** Like {@link #read} and also tells how many design-only records were left out. */
  public static MarkFile readFile(Path file, boolean strict, Consumer<InputProblem> problems) {
    InputFile input = InputFile.of(file);
    var sink = new Problems(strict, problems);
    int first = firstCharacter(input);
    if (first < 0) {
      throw input.failure(0, "", "the file is empty");
    }
    if (first == '<') {
      return UsptoMarks.read(input);
    }
    return new MarkFile(Table.readCsv(input, sink, List.of("mark"), MarkReader::markOf), 0);
  }

  private static Mark markOf(Row row) {
    String name = row.get("mark");
    if (name.isEmpty()) {
      throw new InvalidValue("mark", "the mark is empty");
    }
    if (name.length() > Mark.MAX_NAME_LENGTH) {
      throw new InvalidValue(
          "mark",
          "the mark has "
              + name.length()
              + " characters; at most "
              + Mark.MAX_NAME_LENGTH
              + " are accepted");
    }
    return new Mark(
        name,
        row.get("owner"),
        row.get("registration_number"),
        row.get("jurisdiction").toUpperCase(Locale.ROOT),
        classes(row.get("classes")),
        status(row.get("status")),
        famous(row.get("famous")));
  }

  private static Set<Integer> classes(String raw) {
    Set<Integer> classes = new TreeSet<>();
    for (String token : CLASS_SEPARATORS.split(raw)) {
      if (token.isEmpty()) {
        continue;
      }
      int number = CLASS_NUMBER.matcher(token).matches() ? Integer.parseInt(token) : -1;
      if (number < 1 || number > 45) {
        throw new InvalidValue(
            "classes",
            "\""
                + token
                + "\" is not a Nice class; write class numbers from 1 to 45 separated by ;"
                + " as in 25;35");
      }
      classes.add(number);
    }
    return classes;
  }

  private static MarkStatus status(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "", "live" -> MarkStatus.LIVE;
      case "dead" -> MarkStatus.DEAD;
      default ->
          throw new InvalidValue("status", "\"" + raw + "\" is not a status; write live or dead");
    };
  }

  private static boolean famous(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "", "false", "no" -> false;
      default ->
          throw new InvalidValue(
              "famous", "\"" + raw + "\" is not a yes or no; write true, false, yes or no");
    };
  }

  /** The first byte that is not white space or a UTF-8 byte order mark, or -1 when none. */
  private static int firstCharacter(InputFile file) {
    try (InputStream in = file.openBytes()) {
      int b = in.read();
      if (b == UTF8_BOM_FIRST && in.read() == UTF8_BOM_SECOND && in.read() == UTF8_BOM_THIRD) {
        b = in.read();
      }
      while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        b = in.read();
      }
      return b;
    } catch (IOException e) {
      throw file.failure(0, e);
    }
  }
}
