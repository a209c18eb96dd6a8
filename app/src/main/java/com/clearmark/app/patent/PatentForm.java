package com.clearmark.app.patent;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.FormDates;
import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimText;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A patent as typed into the register's form or sent to the API. Dates are kept as typed (see
 * {@link FormDates}). {@link #toPatent()} is the one check of every field, lengths included, so a
 * form or a request with several mistakes hears of all of them at once, by field, claims included.
 *
 * @param type UTILITY, DESIGN, PLANT or REISSUE; blank takes it from the number (D design, PP
 *     plant, RE reissue, else utility)
 * @param earliestFiling the earliest non-provisional US filing the application claims, blank when
 *     it claims none
 * @param cpc the CPC classes, separated by commas, semicolons or "|"
 * @param claims the claims in order, each beginning on a new line with its number ("1. A bottle
 *     comprising ..."); a claim without a number is separated from the one before by a blank line
 */
public record PatentForm(
    String number,
    String kind,
    String type,
    String title,
    String assignee,
    String filed,
    String granted,
    String earliestFiling,
    Integer termAdjustmentDays,
    Boolean terminalDisclaimer,
    String disclaimedExpiry,
    String lapsed,
    String cpc,
    String claims,
    Boolean own) {

  static final String TYPES = "UTILITY, DESIGN, PLANT or REISSUE";

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("(?:US)?\\s*((?:D|PP|RE|RX|H|T)?[0-9,]{1,12})");

  /** A line that starts a new claim: its number, a full stop or bracket, then the text. */
  private static final java.util.regex.Pattern NUMBERED =
      java.util.regex.Pattern.compile(
          "^\\s*\\d{1,3}\\s*[.)]\\s+", java.util.regex.Pattern.MULTILINE);

  public static PatentForm empty() {
    return new PatentForm("", "", "", "", "", "", "", "", 0, false, "", "", "", "", false);
  }

  public static PatentForm of(RegisteredPatent r) {
    Patent p = r.patent();
    return new PatentForm(
        p.number(),
        p.kind(),
        p.type().name(),
        p.title(),
        p.assignee(),
        text(p.filed()),
        text(p.granted()),
        p.earliestUsFiling() == null || p.earliestUsFiling().equals(p.filed())
            ? ""
            : p.earliestUsFiling().toString(),
        p.termAdjustmentDays(),
        p.terminalDisclaimer(),
        text(p.disclaimedExpiry()),
        text(p.lapsed()),
        String.join(", ", p.cpc()),
        p.claims().stream().map(c -> claimLine(c)).collect(Collectors.joining("\n\n")),
        r.own());
  }

  private static String claimLine(Claim c) {
    String t = c.text().strip();
    return NUMBERED.matcher(t).lookingAt() ? t : c.number() + ". " + t;
  }

  private static String text(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  public boolean isOwn() {
    return Boolean.TRUE.equals(own);
  }

  /** What {@link #toPatent} refuses, by field; empty when the patent is right. */
  Map<String, String> problems() {
    try {
      toPatent();
      return Map.of();
    } catch (InvalidInputException e) {
      return e.fields();
    }
  }

  public Patent toPatent() {
    Map<String, String> errors = new LinkedHashMap<>();
    String n = "";
    var m = NUMBER.matcher(blankIfNull(number).strip().toUpperCase(Locale.ROOT));
    if (blankIfNull(number).isBlank()) {
      errors.put("number", "enter the patent number, such as 11234567 or D912345");
    } else if (!m.matches()) {
      errors.put(
          "number",
          "\"" + number.strip() + "\" is not a US patent number such as 11234567 or D912345");
    } else {
      n = m.group(1).replace(",", "");
    }
    PatentType t = typeOf(type, n, errors);
    LocalDate filedOn = date("filed", filed, errors);
    LocalDate grantedOn = date("granted", granted, errors);
    if (grantedOn == null && !errors.containsKey("granted")) {
      errors.put("granted", "enter the grant date as YYYY-MM-DD");
    }
    if (filedOn != null && grantedOn != null && filedOn.isAfter(grantedOn)) {
      errors.put("filed", "the filing date " + filedOn + " is after the grant " + grantedOn);
    }
    LocalDate earliest = date("earliestFiling", earliestFiling, errors);
    if (earliest != null && filedOn != null && earliest.isAfter(filedOn)) {
      errors.put(
          "earliestFiling",
          "the earliest filing " + earliest + " is after this application's " + filedOn);
    }
    int pta = termAdjustmentDays == null ? 0 : termAdjustmentDays;
    if (pta < 0 || pta > 20 * 366) {
      errors.put("termAdjustmentDays", "a number of days from 0 to " + 20 * 366);
    }
    LocalDate disclaimed = date("disclaimedExpiry", disclaimedExpiry, errors);
    LocalDate lapsedOn = date("lapsed", lapsed, errors);
    errors.putAll(PatentLimits.problems(kind, title, assignee, cpc));
    List<Claim> parsed = claims(errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The patent has invalid fields.", errors);
    }
    return new Patent(
        n,
        blankIfNull(kind).strip().toUpperCase(Locale.ROOT),
        t,
        title,
        assignee,
        filedOn,
        grantedOn,
        earliest == null ? filedOn : earliest,
        pta,
        Boolean.TRUE.equals(terminalDisclaimer) || disclaimed != null,
        disclaimed,
        lapsedOn,
        PatentLimits.cpc(cpc),
        parsed);
  }

  private List<Claim> claims(Map<String, String> errors) {
    String all = blankIfNull(claims).strip();
    if (all.isEmpty()) {
      return List.of();
    }
    List<String> texts = split(all);
    if (texts.size() > FieldLimits.PATENT_CLAIMS) {
      errors.put(
          "claims",
          texts.size()
              + " claims; a patent in the register has at most "
              + FieldLimits.PATENT_CLAIMS);
      return List.of();
    }
    List<Claim> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      try {
        out.add(ClaimText.parse(i + 1, texts.get(i)));
      } catch (IllegalArgumentException e) {
        errors.put("claims", "claim " + (i + 1) + ": " + e.getMessage());
        return List.of();
      }
    }
    return out;
  }

  /**
   * The claims in the text: each numbered line starts one; without numbers, blank lines separate
   * them.
   */
  static List<String> split(String all) {
    var m = NUMBERED.matcher(all);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    List<String> out = new ArrayList<>();
    if (starts.isEmpty() || starts.get(0) != 0 && !all.substring(0, starts.get(0)).isBlank()) {
      for (String chunk : all.split("\\R\\s*\\R")) {
        if (!chunk.isBlank()) {
          out.add(chunk.strip());
        }
      }
      return out;
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : all.length();
      String chunk = all.substring(starts.get(i), end).strip();
      if (!chunk.isEmpty()) {
        out.add(chunk);
      }
    }
    return out;
  }

  private static PatentType typeOf(String type, String number, Map<String, String> errors) {
    String t = blankIfNull(type).strip().toUpperCase(Locale.ROOT);
    if (!t.isEmpty()) {
      try {
        return PatentType.valueOf(t);
      } catch (IllegalArgumentException e) {
        errors.put("type", TYPES);
        return PatentType.UTILITY;
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

  private static LocalDate date(String field, String text, Map<String, String> errors) {
    try {
      return FormDates.parse(field, text);
    } catch (InvalidInputException e) {
      errors.putAll(e.fields());
      return null;
    }
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s;
  }
}
