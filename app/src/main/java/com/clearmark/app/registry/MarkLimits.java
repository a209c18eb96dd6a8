package com.clearmark.app.registry;

import com.clearmark.app.job.JobProblem;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.engine.mark.Mark;
import java.util.LinkedHashMap;
import java.util.Map;

/** The length limits of a mark's fields ({@link FieldLimits}), for forms, the API and imports. */
final class MarkLimits {

  private MarkLimits() {}

  /** The fields over their limit, by field name, each counted as stored (stripped). */
  static Map<String, String> problems(
      String name, String owner, String registration, String jurisdiction) {
    Map<String, String> out = new LinkedHashMap<>();
    check(out, "name", name, FieldLimits.MARK_NAME, "");
    check(out, "owner", owner, FieldLimits.MARK_OWNER, "");
    check(out, "registration", registration, FieldLimits.REGISTRATION, "");
    check(out, "jurisdiction", jurisdiction, FieldLimits.JURISDICTION, ", for example US or EU");
    return out;
  }

  /**
   * A mark read from a file whose fields are over their limit, or null. The engine's readers do not
   * say which line a mark they accepted came from, so the mark is named by its place in the file
   * and the start of its name.
   */
  static JobProblem rejected(Mark m, int place) {
    Map<String, String> byColumn = new LinkedHashMap<>();
    check(byColumn, "mark", m.name(), FieldLimits.MARK_NAME, "");
    check(byColumn, "owner", m.owner(), FieldLimits.MARK_OWNER, "");
    check(byColumn, "registration_number", m.registrationNumber(), FieldLimits.REGISTRATION, "");
    check(byColumn, "jurisdiction", m.jurisdiction(), FieldLimits.JURISDICTION, "");
    if (byColumn.isEmpty()) {
      return null;
    }
    String start = m.name().length() <= 40 ? m.name() : m.name().substring(0, 40) + "...";
    var message = new StringBuilder("mark " + place + " of the file (\"" + start + "\"): ");
    boolean first = true;
    for (var e : byColumn.entrySet()) {
      message.append(first ? "" : "; ").append(e.getKey()).append(" ").append(e.getValue());
      first = false;
    }
    return new JobProblem(0, String.join(", ", byColumn.keySet()), message.toString());
  }

  private static void check(
      Map<String, String> out, String field, String value, int max, String hint) {
    int length = value == null ? 0 : value.strip().length();
    if (length > max) {
      out.put(field, "at most " + max + " characters" + hint + ", got " + length);
    }
  }
}
