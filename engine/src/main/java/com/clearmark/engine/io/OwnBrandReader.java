package com.clearmark.engine.io;

import com.clearmark.engine.context.OwnBrand;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the brands a seller owns or is authorized to sell from a UTF-8 CSV file.
 *
 * <p>The header needs a {@code brand} column; optional are {@code asins} and {@code skus}
 * (separated by {@code ;}) that narrow the authorization to some products, and {@code valid_from}
 * and {@code valid_to} (dates as {@code yyyy-MM-dd}) that narrow it to a period. A row with an
 * empty brand, a bad date, or {@code valid_to} before {@code valid_from} is an {@link InputProblem}
 * naming its line and column.
 */
public final class OwnBrandReader {
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[;,\\s]+");

  private OwnBrandReader() {}

  /**
   * Reads the own-brands file.
   *
   * @param strict whether a malformed row stops the reading instead of being skipped
   * @param problems receives the malformed rows when reading leniently
   * @throws InputException when the file is missing, unreadable, empty or has no {@code brand}
   *     column
   */
  public static List<OwnBrand> read(Path file, boolean strict, Consumer<InputProblem> problems) {
    return Table.readCsv(
        InputFile.of(file),
        new Problems(strict, problems),
        List.of("brand"),
        OwnBrandReader::ownBrandOf);
  }

  private static OwnBrand ownBrandOf(Row row) {
    String brand = row.get("brand");
    if (brand.isEmpty()) {
      throw new InvalidValue("brand", "the brand is empty");
    }
    LocalDate from = date(row, "valid_from");
    LocalDate to = date(row, "valid_to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidValue("valid_to", "valid_to " + to + " is before valid_from " + from);
    }
    return new OwnBrand(
        brand, identifiers(row.get("asins")), identifiers(row.get("skus")), from, to);
  }

  private static Set<String> identifiers(String raw) {
    return Arrays.stream(LIST_SEPARATORS.split(raw))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  private static LocalDate date(Row row, String column) {
    String raw = row.get(column);
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw new InvalidValue(
          column, "\"" + raw + "\" is not a date; write dates as yyyy-MM-dd, as in 2025-03-31");
    }
  }
}
