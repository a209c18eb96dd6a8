package com.clearmark.app.sourcing;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.CsvCells;
import com.clearmark.app.web.ReportDates;
import java.io.BufferedReader;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads units sold from a Seller Central business report saved as CSV: the "Detail Page Sales and
 * Traffic" reports, by child item (one row per product for the chosen period, which the seller
 * gives as {@code from} and {@code to}) or by date (a {@code Date} column, one row per day).
 * Columns are found by name: {@code (Child) ASIN} or {@code ASIN}, {@code SKU}, {@code Units
 * Ordered}, {@code Date}. Every bad row is reported by line and column; if there is any, nothing is
 * recorded.
 */
final class BusinessReport {

  private BusinessReport() {}

  public static List<Sales> read(Reader in, String fileName, LocalDate from, LocalDate to) {
    List<Sales> out = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    List<List<String>> table =
        CsvCells.parse(new BufferedReader(in).lines().collect(Collectors.joining("\n")));
    if (table.isEmpty()) {
      throw new InvalidInputException("file", fileName + " is empty");
    }
    List<String> header = table.get(0).stream().map(h -> h.replace("\uFEFF", "")).toList();
    int asin = column(header, "(child) asin", "asin");
    int sku = column(header, "sku");
    int units = column(header, "units ordered", "units");
    int date = column(header, "date");
    if (units < 0 || (asin < 0 && sku < 0)) {
      throw new InvalidInputException(
          "file",
          fileName
              + ": not a business report; it needs a Units Ordered column and an ASIN or SKU column");
    }
    if (date < 0 && (from == null || to == null)) {
      throw new InvalidInputException(
          "from", "this report has no Date column: give the period it covers as from and to");
    }
    if (date < 0 && to.isBefore(from)) {
      throw new InvalidInputException("to", "the period ends on " + to + ", before it starts");
    }
    for (int row = 1; row < table.size(); row++) {
      List<String> f = table.get(row);
      if (f.stream().allMatch(String::isBlank)) {
        continue;
      }
      String where = fileName + " line " + (row + 1);
      if (tooLong(errors, where + ": ASIN", get(f, asin), FieldLimits.ASIN)
          | tooLong(errors, where + ": SKU", get(f, sku), FieldLimits.SKU)) {
        continue;
      }
      try {
        long u = Long.parseLong(get(f, units).replace(",", "").strip());
        if (u < 0) {
          errors.put(where + ": Units Ordered", u + " is negative; a report counts units sold");
          continue;
        }
        LocalDate day = date < 0 ? null : ReportDates.parse(get(f, date));
        if (date >= 0 && day == null) {
          errors.put(where + ": Date", "\"" + get(f, date) + "\" is not a date");
          continue;
        }
        out.add(
            new Sales(
                get(f, asin), get(f, sku), day == null ? from : day, day == null ? to : day, u));
      } catch (NumberFormatException e) {
        errors.put(where + ": Units Ordered", "\"" + get(f, units) + "\" is not a number of units");
      } catch (IllegalArgumentException e) {
        errors.put(where, e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Some rows are invalid; nothing was recorded.", errors);
    }
    return out;
  }

  private static boolean tooLong(Map<String, String> errors, String where, String value, int max) {
    int length = value.strip().length();
    if (length > max) {
      errors.put(where, "at most " + max + " characters, got " + length);
      return true;
    }
    return false;
  }

  private static String get(List<String> f, int i) {
    return i >= 0 && i < f.size() ? f.get(i) : "";
  }

  private static int column(List<String> header, String... names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }
}
