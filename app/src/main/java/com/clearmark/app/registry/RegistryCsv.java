package com.clearmark.app.registry;

import com.clearmark.app.web.CsvCells;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The registry as a CSV file in the layout its import reads ({@code mark, owner,
 * registration_number, jurisdiction, classes, status, famous}), so that a file exported here and
 * imported again gives the same marks. Own brands and third-party marks are imported with a choice
 * of which they are, so each is exported as a file of its own. Cells are written safe to open in a
 * spreadsheet ({@link CsvCells}).
 */
final class RegistryCsv {

  static final String HEADER = "mark,owner,registration_number,jurisdiction,classes,status,famous";

  private RegistryCsv() {}

  static String of(List<MarkRow> marks) {
    var out = new StringBuilder(HEADER).append("\r\n");
    for (MarkRow m : marks) {
      out.append(CsvCells.cell(m.name()))
          .append(',')
          .append(CsvCells.cell(m.owner()))
          .append(',')
          .append(CsvCells.cell(m.registration()))
          .append(',')
          .append(CsvCells.cell(m.jurisdiction()))
          .append(',')
          .append(
              new TreeSet<>(m.niceClasses())
                  .stream().map(String::valueOf).collect(Collectors.joining(";")))
          .append(',')
          .append(m.status().name().toLowerCase(Locale.ROOT))
          .append(',')
          .append(m.famous())
          .append("\r\n");
    }
    return out.toString();
  }
}
