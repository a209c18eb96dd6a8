package com.clearmark.app.patent;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.Patent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's limits on a patent, applied alike to forms, the API and imports, so that a patent
 * longer than a column is refused by field and never cut.
 */
final class PatentLimits {

  private PatentLimits() {}

  /** The CPC classes as typed, separated by commas, semicolons or "|", in order, without blanks. */
  static List<String> cpc(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : text.split("[,;|]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  static Map<String, String> problems(String kind, String title, String assignee, String cpc) {
    Map<String, String> errors = new LinkedHashMap<>();
    tooLong(errors, "kind", kind, FieldLimits.PATENT_KIND);
    tooLong(errors, "title", title, FieldLimits.PATENT_TITLE);
    tooLong(errors, "assignee", assignee, FieldLimits.PATENT_ASSIGNEE);
    tooLong(errors, "cpc", String.join("|", cpc(cpc)), FieldLimits.PATENT_CPC);
    return errors;
  }

  /** Why the register cannot keep a patent read from a file, or null when it can. */
  static String rejected(Patent p) {
    if (p.number().length() > FieldLimits.PATENT_NUMBER) {
      return "number: at most " + FieldLimits.PATENT_NUMBER + " characters";
    }
    var errors = problems(p.kind(), p.title(), p.assignee(), String.join("|", p.cpc()));
    if (!errors.isEmpty()) {
      var e = errors.entrySet().iterator().next();
      return e.getKey() + ": " + e.getValue();
    }
    if (p.claims().size() > FieldLimits.PATENT_CLAIMS) {
      return "claims: " + p.claims().size() + " claims; at most " + FieldLimits.PATENT_CLAIMS;
    }
    for (Claim c : p.claims()) {
      if (c.text().length() > FieldLimits.PATENT_CLAIM) {
        return "claims: claim "
            + c.number()
            + " is longer than "
            + FieldLimits.PATENT_CLAIM
            + " characters";
      }
    }
    return null;
  }

  private static void tooLong(Map<String, String> errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.put(field, "at most " + max + " characters, got " + value.strip().length());
    }
  }
}
