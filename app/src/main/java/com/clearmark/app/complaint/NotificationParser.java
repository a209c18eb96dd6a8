package com.clearmark.app.complaint;

import com.clearmark.app.shared.Asin;
import com.clearmark.app.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of an IP complaint out of a notification as sellers paste it from Seller Central
 * or their email, whether it keeps one field to a line or runs them all together on one line.
 *
 * <p>The text is cut into labelled segments: every known label followed by a colon ({@code
 * Complaint ID:}, {@code ASIN:}, {@code Infringement type:}, {@code Rights owner:}, {@code Respond
 * by:}, in the several wordings marketplaces use) opens a segment that runs to the next label or
 * the end of its line, whichever comes first, so a one-line notice splits where a multi-line one
 * does. Each field is then read from its own segment: an identifier or an email address as a token
 * at its start, a name up to an email address or the end of its sentence. A rights owner given as
 * {@code Jane Roe jane@brand.example} or {@code Jane Roe <jane@brand.example>} yields the name and
 * the address apart. Product ASINs ({@link Asin#IN_TEXT}) are found anywhere in the text. Nothing
 * is guessed: a field that is not there is reported missing. Cutting is one pass of one pattern
 * over the text, linear in its length.
 */
public final class NotificationParser {

  /** The fields a label can open, each with the labels that name it, longest wording first. */
  private enum Field {
    COMPLAINT_ID(
        "complaint\\s*(?:id|number|no\\.?|reference)|notification\\s*(?:id|number)"
            + "|notice\\s*(?:id|number)|reference\\s*(?:id|number|no\\.?)|case\\s*(?:id|number)"
            + "|report\\s*id"),
    DEADLINE(
        "respond\\s*by|reply\\s*by|response\\s*(?:due|deadline)(?:\\s*date)?|due\\s*date"
            + "|deadline(?:\\s*to\\s*respond)?|appeal\\s*by"),
    DATE(
        "date\\s*of\\s*(?:notice|notification|complaint)|notice\\s*date|notification\\s*date"
            + "|complaint\\s*date|date\\s*received|received\\s*on|received|sent|date"),
    ASIN("asins?|affected\\s*asins?"),
    TITLE("(?:product|listing|item)\\s*(?:title|name)|title"),
    TYPE(
        "infringement\\s*type|type\\s*of\\s*(?:infringement|complaint|violation)"
            + "|violation\\s*type|complaint\\s*type|reason(?:\\s*for\\s*removal)?|policy"),
    REGISTRATION(
        "(?:trademark|copyright|patent)\\s*(?:asserted|number|registration(?:\\s*number)?)"
            + "|registration\\s*(?:number|no\\.?)|(?:asserted|ip)\\s*(?:rights?|registration)"
            + "(?:\\s*number)?"),
    EMAIL(
        "(?:rights\\s*owner|rights\\s*holder|complainant|brand\\s*owner|contact)\\s*e-?mail"
            + "(?:\\s*address)?|e-?mail(?:\\s*address)?"),
    OWNER(
        "rights\\s*owner(?:\\s*(?:name|contact))?|rights\\s*holder(?:\\s*name)?"
            + "|complainant(?:\\s*name)?|brand\\s*owner(?:\\s*name)?|reported\\s*by"
            + "|submitted\\s*by|contact(?:\\s*name)?");

    final String labels;

    Field(String labels) {
      this.labels = labels;
    }
  }

  private static final Field[] FIELDS = Field.values();

  /**
   * Any label, as one group per field, at the start of a word and followed by a colon (or a dash
   * between blanks). The groups are tried in {@link Field} order at each position, so a longer
   * wording listed first ({@code rights owner email}) wins over a shorter one ({@code rights
   * owner}) only through the separator that must follow it.
   */
  private static final Pattern LABEL = labels();

  private static Pattern labels() {
    var alternatives = new StringBuilder();
    for (Field f : FIELDS) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append('(').append(f.labels);
      alternatives.append(')');
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:"
            + alternatives
            + ")\\s*(?:[:：]|#(?=\\s*\\w)|[ \\t][-–][ \\t])[ \\t]*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static final Pattern IDENTIFIER =
      Pattern.compile("#?\\s*([0-9A-Za-z][0-9A-Za-z-]{3,39})");

  /** A complaint ID written without a colon: "complaint ID 123456", "notice #CF-2026-0441". */
  private static final Pattern BARE_ID =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:complaint|notice|notification|reference)\\s*(?:id|number|no\\.?|#)"
              + "\\s*#?\\s*(\\p{N}[0-9A-Za-z-]{3,39})",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern EMAIL_TOKEN =
      Pattern.compile(
          "[^\\s@<>()\\[\\],;:\"']{1,64}@[^\\s@.<>()\\[\\],;:\"']{1,63}"
              + "(?:\\.[^\\s@.<>()\\[\\],;:\"']{1,63}){1,8}");
  private static final Pattern EMAIL_DOMAIN =
      Pattern.compile("[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
  private static final int LOCAL_PART = 64;

  /** Where a sentence ends inside a one-line value: a full stop, then a capitalised word. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=\\p{Ll}{2}|\\))[.!?]\\s+(?=\\p{Lu})");

  /** Abbreviations a company name ends with, whose full stop is part of the name. */
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?i).*\\b(?:inc|ltd|co|corp|bros|plc|s\\.a|n\\.v|b\\.v|llc|l\\.l\\.c)\\.$");

  /** A written date: ISO, slashes, or a month's name before or after the day. */
  private static final Pattern DATE_IN_TEXT =
      Pattern.compile(
          "\\b(\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}"
              + "|\\p{L}{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
              + "|\\d{1,2}(?:st|nd|rd|th)? \\p{L}{3,9}\\.?,? \\d{4})\\b");

  /** A deadline stated in a sentence: "respond by December 12, 2026". */
  private static final Pattern DEADLINE_IN_TEXT =
      Pattern.compile(
          "(?i)\\b(?:respond|reply|appeal|act|submit)\\w*(?:\\s+\\p{L}+){0,4}?\\s+(?:by|before|no later"
              + " than|until)\\s+");

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("uuuu-MM-dd"),
          DateTimeFormatter.ofPattern("uuuu/M/d"),
          DateTimeFormatter.ofPattern("M/d/uuuu"));

  private NotificationParser() {}

  /** One labelled segment: its field and where its value starts and ends in the text. */
  private record Segment(Field field, int start, int end) {}

  public static ParsedNotification parse(String text) {
    String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    List<Segment> segments = segments(t);
    var asins = new LinkedHashSet<String>();
    Matcher m = Asin.IN_TEXT.matcher(t.toUpperCase(Locale.ROOT));
    while (m.find()) {
      asins.add(m.group(1));
    }
    List<String> titles = new ArrayList<>();
    for (Segment s : of(segments, Field.TITLE)) {
      String title = sentence(clean(value(t, s)));
      if (!title.isEmpty()) {
        titles.add(title);
      }
    }
    String id = firstToken(t, segments, Field.COMPLAINT_ID, IDENTIFIER);
    if (id.isEmpty()) {
      Matcher bare = BARE_ID.matcher(t);
      id = bare.find() ? bare.group(1) : "";
    }
    String typeText =
        of(segments, Field.TYPE).stream().map(s -> value(t, s)).findFirst().orElse("");
    ComplaintType type = type(typeText, t);
    String registration =
        of(segments, Field.REGISTRATION).stream()
            .map(s -> registration(value(t, s)))
            .filter(r -> !r.isEmpty())
            .findFirst()
            .orElse("");
    String email = firstToken(t, segments, Field.EMAIL, EMAIL_TOKEN);
    String owner = "";
    for (Segment s : of(segments, Field.OWNER)) {
      var named = nameAndEmail(value(t, s));
      if (owner.isEmpty()) {
        owner = named[0];
      }
      if (email.isEmpty()) {
        email = named[1];
      }
    }
    if (email.isEmpty()) {
      email = anyEmail(t);
    }
    if (!email.isEmpty() && owner.equalsIgnoreCase(email)) {
      owner = "";
    }
    Dated deadline = deadline(t, segments);
    LocalDate date = date(t, segments, deadline);
    ComplaintOrigin origin = origin(t);

    List<String> missing = new ArrayList<>();
    if (id.isEmpty()) {
      missing.add("complaint ID");
    }
    if (asins.isEmpty()) {
      missing.add("ASIN");
    }
    if (type == null) {
      missing.add("infringement type");
    }
    if (registration.isEmpty()
        && type != ComplaintType.COUNTERFEIT
        && type != ComplaintType.COUNTERFEIT_NO_TEST_BUY) {
      missing.add("registration number asserted");
    }
    if (origin == ComplaintOrigin.RECEIVED && owner.isEmpty()) {
      missing.add("rights owner name");
    }
    if (origin == ComplaintOrigin.RECEIVED && email.isEmpty()) {
      missing.add("rights owner email");
    }
    if (date == null) {
      missing.add("date");
    }
    return new ParsedNotification(
        id,
        List.copyOf(asins),
        titles,
        type,
        origin,
        registration,
        owner,
        email,
        date,
        deadline == null ? null : deadline.date(),
        missing);
  }

  /** The labelled segments of the text, in order. */
  private static List<Segment> segments(String t) {
    List<int[]> found = new ArrayList<>();
    Matcher m = LABEL.matcher(t);
    while (m.find()) {
      for (int g = 1; g <= FIELDS.length; g++) {
        if (m.group(g) != null) {
          found.add(new int[] {g - 1, m.start(), m.end()});
          break;
        }
      }
    }
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      int start = found.get(i)[2];
      int next = i + 1 < found.size() ? found.get(i + 1)[1] : t.length();
      int line = t.indexOf('\n', start);
      int end = line >= 0 && line < next ? line : next;
      out.add(new Segment(FIELDS[found.get(i)[0]], start, Math.max(start, end)));
    }
    return out;
  }

  private static List<Segment> of(List<Segment> segments, Field field) {
    return segments.stream().filter(s -> s.field() == field).toList();
  }

  private static String value(String t, Segment s) {
    return t.substring(s.start(), s.end());
  }

  /** The first segment of a field whose value starts with the token, or empty. */
  private static String firstToken(String t, List<Segment> segments, Field field, Pattern token) {
    for (Segment s : of(segments, field)) {
      Matcher m = token.matcher(value(t, s).strip());
      if (m.lookingAt()) {
        return (m.groupCount() > 0 ? m.group(1) : m.group()).strip();
      }
    }
    return "";
  }

  /** A value without the separators a one-line notice puts between its fields. */
  private static String clean(String value) {
    return value.strip().replaceAll("^[\\s,;|•*-]+|[\\s,;|•*]+$", "");
  }

  /** A one-line value up to the end of its sentence, keeping a company name's full stop. */
  private static String sentence(String value) {
    Matcher end = SENTENCE_END.matcher(value);
    String s = end.find() ? value.substring(0, end.start() + 1) : value;
    if (s.endsWith(".") && !ABBREVIATION.matcher(s).matches()) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }

  private static final Pattern REGISTRATION_VALUE =
      Pattern.compile("[0-9A-Za-z][0-9A-Za-z ,./-]{2,39}");

  private static String registration(String value) {
    Matcher m = REGISTRATION_VALUE.matcher(clean(value));
    if (!m.lookingAt()) {
      return "";
    }
    String r = m.group().strip().replaceAll("[\\s,.]+$", "");
    return r.length() < 3 ? "" : r;
  }

  /**
   * A rights owner's value as its name and its email address: {@code Jane Roe jane@brand.example},
   * {@code Jane Roe <jane@brand.example>}, {@code Jane Roe (jane@brand.example)} or either alone.
   */
  static String[] nameAndEmail(String value) {
    String v = clean(value);
    Matcher e = EMAIL_TOKEN.matcher(v);
    if (e.find()) {
      String email = e.group().replaceAll("[.]+$", "");
      String before = v.substring(0, e.start()).replaceAll("[\\s<(\\[,;:\"'-]+$", "");
      String name = before.isBlank() ? "" : sentence(clean(before.replaceAll("^[\"']|[\"']$", "")));
      return new String[] {name, email};
    }
    return new String[] {sentence(v), ""};
  }

  /** A date read from a place in the text, with where it was. */
  private record Dated(LocalDate date, int start, int end) {}

  /** The deadline the notice states, from a labelled segment or a sentence. */
  private static Dated deadline(String t, List<Segment> segments) {
    for (Segment s : of(segments, Field.DEADLINE)) {
      Dated d = dateIn(t, s.start(), s.end());
      if (d != null) {
        return d;
      }
    }
    Matcher m = DEADLINE_IN_TEXT.matcher(t);
    while (m.find()) {
      Matcher d = DATE_IN_TEXT.matcher(t);
      d.region(m.end(), Math.min(t.length(), m.end() + 40));
      if (d.lookingAt()) {
        LocalDate date = read(d.group(1));
        if (date != null) {
          return new Dated(date, m.start(), d.end());
        }
      }
    }
    return null;
  }

  /** The first readable date between two places of the text, or null. */
  private static Dated dateIn(String t, int from, int to) {
    Matcher d = DATE_IN_TEXT.matcher(t);
    d.region(from, to);
    while (d.find()) {
      LocalDate date = read(d.group(1));
      if (date != null) {
        return new Dated(date, d.start(), d.end());
      }
    }
    return null;
  }

  /**
   * The notice date: from a labelled date, else the first date in the text that is not the
   * deadline. A date in one of the layouts that no calendar has (2026-02-30) is refused rather than
   * taken as missing or moved to a nearby day, so the seller corrects the text.
   *
   * @throws InvalidInputException naming the impossible date
   */
  private static LocalDate date(String t, List<Segment> segments, Dated deadline) {
    for (Segment s : of(segments, Field.DATE)) {
      Dated d = dateIn(t, s.start(), s.end());
      if (d != null) {
        return d.date();
      }
    }
    Matcher d = DATE_IN_TEXT.matcher(t);
    while (d.find()) {
      if (deadline != null && d.start() >= deadline.start() && d.end() <= deadline.end()) {
        continue;
      }
      boolean inDeadline =
          of(segments, Field.DEADLINE).stream()
              .anyMatch(s -> d.start() >= s.start() && d.end() <= s.end());
      if (inDeadline) {
        continue;
      }
      LocalDate date = read(d.group(1));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The date a written date says, or null when it is in no layout known here. */
  private static LocalDate read(String written) {
    String w = written.replaceAll("(?<=\\d)(?:st|nd|rd|th)\\b", "").replace(".", "");
    if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return strict(w, DateTimeFormatter.ofPattern("uuuu-MM-dd"), written);
    }
    for (DateTimeFormatter f : DATES) {
      LocalDate d = lenient(w, f, written);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The first address in the text that is not the marketplace's own. The search starts from each
   * {@code @} and reads at most an address's length around it (64 characters before, a domain of
   * labels of 63 after), so its cost is linear in the text: a regular expression free to start
   * anywhere made a long word without an {@code @} cost time quadratic in its length.
   */
  static String anyEmail(String t) {
    Matcher domain = EMAIL_DOMAIN.matcher(t);
    for (int at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
      int start = at;
      while (start > 0 && at - start < LOCAL_PART && localPart(t.charAt(start - 1))) {
        start--;
      }
      if (start == at) {
        continue;
      }
      domain.region(at + 1, Math.min(t.length(), at + 1 + 9 * 64));
      if (domain.lookingAt()) {
        String candidate = t.substring(start, domain.end());
        if (!candidate.toLowerCase(Locale.ROOT).matches(".*@(amazon|marketplace)\\..*")) {
          return candidate;
        }
      }
    }
    return "";
  }

  private static boolean localPart(char c) {
    return (c < 128 && Character.isLetterOrDigit(c))
        || c == '_'
        || c == '.'
        || c == '+'
        || c == '-';
  }

  static ComplaintType type(String label, String whole) {
    String s = (label.isEmpty() ? whole : label).toLowerCase(Locale.ROOT);
    if (s.contains("counterfeit")) {
      String all = whole.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      boolean noTestBuy =
          all.contains("no test buy")
              || all.contains("without a test buy")
              || all.contains("not based on a test buy")
              || all.contains("without test buy");
      return noTestBuy ? ComplaintType.COUNTERFEIT_NO_TEST_BUY : ComplaintType.COUNTERFEIT;
    }
    if (s.contains("trademark") || s.contains("trade mark")) {
      return ComplaintType.TRADEMARK;
    }
    if (s.contains("copyright")) {
      return ComplaintType.COPYRIGHT;
    }
    if (s.contains("patent")) {
      return ComplaintType.PATENT;
    }
    return null;
  }

  static ComplaintOrigin origin(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    boolean rightsOwner =
        s.contains("rights owner") || s.contains("rights holder") || s.contains("complainant");
    boolean suspected =
        s.contains("suspected") || s.contains("we identified") || s.contains("our review");
    return suspected && !s.contains("report from")
        ? ComplaintOrigin.SUSPECTED
        : rightsOwner ? ComplaintOrigin.RECEIVED : ComplaintOrigin.SUSPECTED;
  }

  /** The date of text in a layout, or null when the text is not in it. */
  private static LocalDate lenient(String text, DateTimeFormatter layout, String written) {
    try {
      layout.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
    return strict(text, layout, written);
  }

  /** The date of text known to be in the layout; refused when the day does not exist. */
  private static LocalDate strict(String text, DateTimeFormatter layout, String written) {
    try {
      return LocalDate.parse(text, layout.withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "text",
          "the date \""
              + written
              + "\" is not a day of the calendar; correct the date in the text and paste it again");
    }
  }
}
