package com.clearmark.app.complaint;

import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.CsvCells;
import com.clearmark.app.web.ReportDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads received complaints from a CSV file, one complaint a row, for sellers who keep them in a
 * spreadsheet or move from another tool.
 *
 * <p>Columns are found by name in the header, in any order and case, with spaces or underscores:
 * {@code complaint_id}, {@code type}, {@code notice_date} and {@code asins} are required; {@code
 * origin}, {@code titles}, {@code registration}, {@code rights_owner}, {@code rights_owner_email},
 * {@code account_health_below_100} and {@code brand} are optional. Several ASINs (and their titles)
 * in one cell are separated by {@code |}. Every row is checked like a form; the file is taken whole
 * or not at all, and each problem names its line and column.
 */
final class ComplaintCsv {

  static final List<String> REQUIRED = List.of("complaint_id", "type", "notice_date", "asins");

  private ComplaintCsv() {}

  /** A complaint read from the file, with the line it came from. */
  record Row(int line, Complaint complaint) {}

  static List<Row> read(String text, String fileName, LocalDate today) {
    String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
    List<List<String>> table = CsvCells.parse(text == null ? "" : text.replace("\uFEFF", ""));
    if (table.isEmpty() || table.get(0).stream().allMatch(String::isBlank)) {
      throw new InvalidInputException("file", name + " is empty");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = table.get(0);
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(key(header.get(i)), i);
    }
    List<String> absent = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!absent.isEmpty()) {
      throw new InvalidInputException(
          "file",
          name
              + " line 1: the header has no "
              + String.join(", ", absent)
              + " column (required: "
              + String.join(", ", REQUIRED)
              + ")");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      int line = r + 1;
      String where = name + " line " + line;
      Map<String, String> row = new HashMap<>();
      columns.forEach((column, index) -> row.put(column, cell(cells, index)));
      LocalDate notice = null;
      String date = row.get("notice_date");
      if (!date.isEmpty()) {
        notice = ReportDates.parse(date);
        if (notice == null) {
          errors.put(where + ": notice_date", "\"" + date + "\" is not a date like 2026-11-03");
        }
      }
      Boolean below = flag(row.getOrDefault("account_health_below_100", ""));
      if (below == null) {
        errors.put(
            where + ": account_health_below_100",
            "\"" + row.get("account_health_below_100") + "\" is not yes or no");
      }
      var form =
          new ComplaintForm(
              row.get("complaint_id"),
              type(row.get("type")),
              row.getOrDefault("origin", ""),
              notice,
              asins(row.get("asins")),
              split(row.getOrDefault("titles", "")),
              row.getOrDefault("registration", ""),
              row.getOrDefault("rights_owner", ""),
              row.getOrDefault("rights_owner_email", ""),
              Boolean.TRUE.equals(below),
              row.getOrDefault("brand", ""));
      boolean unreadableDate = notice == null && !date.isEmpty();
      try {
        Complaint c = form.toComplaint(today);
        Integer first = seen.putIfAbsent(c.reference(), line);
        if (first != null) {
          errors.put(
              where + ": complaint_id",
              c.reference() + " is already on line " + first + " of " + name);
        } else {
          rows.add(new Row(line, c));
        }
      } catch (InvalidInputException e) {
        e.fields()
            .forEach(
                (field, message) -> {
                  // A bad date was already reported as written; the form only saw it as missing.
                  if (!(field.equals("noticeDate") && unreadableDate)) {
                    errors.put(where + ": " + column(field), message);
                  }
                });
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          (errors.size() == 1 ? "1 problem" : errors.size() + " problems")
              + " in "
              + name
              + "; no complaint was recorded.",
          errors);
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException("file", name + " has a header but no complaints");
    }
    return rows;
  }

  /** The CSV column a form field is read from, so errors name what the seller sees. */
  private static String column(String field) {
    return switch (field) {
      case "reference" -> "complaint_id";
      case "noticeDate" -> "notice_date";
      case "rightsOwnerEmail" -> "rights_owner_email";
      case "rightsOwner" -> "rights_owner";
      default -> field;
    };
  }

  private static String key(String header) {
    String k = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return switch (k) {
      case "complaint", "reference", "complaintid" -> "complaint_id";
      case "asin" -> "asins";
      case "date" -> "notice_date";
      default -> k;
    };
  }

  /** Accepts the enum names and the labels sellers type: "Counterfeit (no test buy)". */
  private static String type(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    for (ComplaintType t : ComplaintType.values()) {
      if (t.label().toUpperCase(Locale.ROOT).equals(v)) {
        return t.name();
      }
    }
    String name = v.replaceAll("[\\s-]+", "_");
    return name.equals("COUNTERFEIT_WITHOUT_TEST_BUY")
        ? ComplaintType.COUNTERFEIT_NO_TEST_BUY.name()
        : name;
  }

  private static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).toList();
  }

  private static List<String> asins(String cell) {
    return cell.isBlank() ? List.of() : List.of(cell.strip().split("[|;,\\s]+"));
  }

  private static Boolean flag(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "", "no", "n", "false", "0" -> false;
      case "yes", "y", "true", "1" -> true;
      default -> null;
    };
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index).strip() : "";
  }
}
