package com.clearmark.engine.io;

import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimText;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads patents from a simple UTF-8 CSV file, one patent per row.
 *
 * <p>Required columns: {@code number}, {@code granted} and {@code claims}. Optional: {@code kind},
 * {@code type} (utility, design, plant or reissue; else taken from the number's prefix: D design,
 * PP plant, RE reissue), {@code title}, {@code assignee}, {@code filed}, {@code earliest_filing},
 * {@code pta_days}, {@code terminal_disclaimer} (yes/no), {@code disclaimed_expiry}, {@code
 * lapsed}, {@code cpc} (classes separated by {@code ;}). Dates are ISO ({@code 2021-06-15}). {@code
 * claims} holds the claims in order separated by {@code |}, each read by {@link ClaimText}. A
 * malformed row is an {@link InputProblem} naming its line and column.
 */
public final class PatentCsvReader {

  /** Claims read per patent; grants rarely pass a hundred. */
  public static final int MAX_CLAIMS = 200;

  private static final Pattern NUMBER =
      Pattern.compile("(?:US)?\\s*((?:D|PP|RE|RX|H|T)?[0-9,]{1,12})");

  private PatentCsvReader() {}

  /**
   * Reads the patent file.
   *
   * @param strict whether a malformed row stops the reading instead of being skipped
   * @param problems receives the malformed rows when reading leniently
   * @throws InputException when the file is missing, unreadable, empty or lacks a required column
   */
  public static List<Patent> read(Path file, boolean strict, Consumer<InputProblem> problems) {
    return Table.readCsv(
        InputFile.of(file),
        new Problems(strict, problems),
        List.of("number", "granted", "claims"),
        PatentCsvReader::patentOf);
  }

  private static Patent patentOf(Row row) {
    var m = NUMBER.matcher(row.get("number").toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InvalidValue(
          "number",
          "\"" + row.get("number") + "\" is not a US patent number such as 11234567 or D912345");
    }
    String number = m.group(1).replace(",", "");
    PatentType type = typeOf(row.get("type"), number);
    LocalDate granted = date(row, "granted");
    if (granted == null) {
      throw new InvalidValue("granted", "the grant date is empty");
    }
    LocalDate filed = date(row, "filed");
    if (filed != null && filed.isAfter(granted)) {
      throw new InvalidValue(
          "filed", "the filing date " + filed + " is after the grant " + granted);
    }
    int pta = 0;
    String days = row.get("pta_days");
    if (!days.isEmpty()) {
      try {
        pta = Integer.parseInt(days);
      } catch (NumberFormatException e) {
        pta = -1;
      }
      if (pta < 0 || pta > 20 * 366) {
        throw new InvalidValue("pta_days", "\"" + days + "\" is not a number of days");
      }
    }
    boolean disclaimer =
        switch (row.get("terminal_disclaimer").toLowerCase(Locale.ROOT)) {
          case "", "no", "n", "false", "0" -> false;
          case "yes", "y", "true", "1" -> true;
          default ->
              throw new InvalidValue(
                  "terminal_disclaimer",
                  "\"" + row.get("terminal_disclaimer") + "\" is not yes or no");
        };
    List<String> cpc = new ArrayList<>();
    for (String c : row.get("cpc").split(";")) {
      if (!c.isBlank()) {
        cpc.add(c.strip());
      }
    }
    List<Claim> claims = new ArrayList<>();
    String[] texts = row.get("claims").split("\\|");
    if (texts.length > MAX_CLAIMS) {
      throw new InvalidValue(
          "claims", texts.length + " claims; at most " + MAX_CLAIMS + " are read per patent");
    }
    for (String text : texts) {
      if (text.isBlank()) {
        continue;
      }
      try {
        claims.add(ClaimText.parse(claims.size() + 1, text));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue("claims", e.getMessage());
      }
    }
    if (claims.isEmpty()) {
      throw new InvalidValue("claims", "the patent has no claims");
    }
    return new Patent(
        number,
        row.get("kind"),
        type,
        row.get("title"),
        row.get("assignee"),
        filed,
        granted,
        date(row, "earliest_filing"),
        pta,
        disclaimer,
        date(row, "disclaimed_expiry"),
        date(row, "lapsed"),
        cpc,
        claims);
  }

  private static PatentType typeOf(String type, String number) {
    if (!type.isEmpty()) {
      try {
        return PatentType.valueOf(type.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue(
            "type", "\"" + type + "\" is not a patent type: utility, design, plant or reissue");
      }
    }
    if (number.startsWith("D")) {
      return PatentType.DESIGN;
    }
    if (number.startsWith("PP")) {
      return PatentType.PLANT;
    }
    if (number.startsWith("RE")) {
      return PatentType.REISSUE;
    }
    return PatentType.UTILITY;
  }

  private static LocalDate date(Row row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValue(column, "\"" + value + "\" is not a date such as 2021-06-15");
    }
  }
}
