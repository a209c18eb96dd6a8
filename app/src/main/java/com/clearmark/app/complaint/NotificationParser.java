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
 * or their email: labelled lines ({@code ASIN: ...}, {@code Complaint ID: ...}, {@code Infringement
 * type: ...}, {@code Trademark asserted: ...}, {@code Rights owner name: ...}) in the several
 * wordings marketplaces use, with product ASINs ({@link Asin#IN_TEXT}) also found anywhere in the
 * text. Nothing is guessed: a field that is not there is reported missing.
 */
public final class NotificationParser {

  private static final Pattern COMPLAINT_ID =
      label(
          "complaint\\s*id|complaint\\s*number|reference\\s*(?:id|number)|notice\\s*id",
          "([0-9A-Za-z-]{4,40})");
  private static final Pattern TITLE = label("(?:product\\s*|listing\\s*)?title", "(.+)");
  private static final Pattern TYPE =
      label(
          "infringement\\s*type|type\\s*of\\s*infringement|type\\s*of\\s*complaint|violation\\s*type",
          "(.+)");
  private static final Pattern REGISTRATION =
      label(
          "(?:trademark|copyright|patent)\\s*(?:asserted|number|registration(?:\\s*number)?)|registration\\s*(?:number|no\\.?)|"
              + "(?:asserted|ip)\\s*(?:right|rights|registration)(?:\\s*number)?",
          "([0-9A-Za-z ,./-]{3,40})");
  private static final Pattern OWNER =
      label(
          "rights\\s*owner(?:\\s*name)?|rights\\s*holder(?:\\s*name)?|complainant(?:\\s*name)?|brand\\s*owner",
          "(.+)");
  private static final Pattern OWNER_EMAIL =
      label(
          "(?:rights\\s*owner|rights\\s*holder|complainant)?\\s*e-?mail(?:\\s*address)?",
          "([^\\s@]{1,64}@[^\\s@.]{1,63}(?:\\.[^\\s@.]{1,63}){1,8})");
  private static final Pattern EMAIL_DOMAIN =
      Pattern.compile("[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
  private static final int LOCAL_PART = 64;
  private static final Pattern DATE_LABEL = label("date|sent|notice\\s*date|received", "(.+)");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("uuuu-MM-dd"),
          DateTimeFormatter.ofPattern("uuuu/MM/dd"),
          DateTimeFormatter.ofPattern("M/d/uuuu"));

  private NotificationParser() {}

  private static Pattern label(String names, String value) {
    return Pattern.compile(
        "^[\\s*\\-•]*(?:" + names + ")\\s*[:：-]\\s*" + value + "\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
  }

  public static ParsedNotification parse(String text) {
    String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    var asins = new LinkedHashSet<String>();
    Matcher m = Asin.IN_TEXT.matcher(t.toUpperCase(Locale.ROOT));
    while (m.find()) {
      asins.add(m.group(1));
    }
    List<String> titles = all(TITLE, t);
    String id = first(COMPLAINT_ID, t);
    String typeText = first(TYPE, t);
    ComplaintType type = type(typeText, t);
    String registration = first(REGISTRATION, t);
    String owner = first(OWNER, t);
    String email = first(OWNER_EMAIL, t);
    if (email.isEmpty()) {
      email = anyEmail(t);
    }
    if (!email.isEmpty() && owner.equalsIgnoreCase(email)) {
      owner = "";
    }
    LocalDate date = date(t);
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
        id, List.copyOf(asins), titles, type, origin, registration, owner, email, date, missing);
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

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1).strip() : "";
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1).strip());
    }
    return out;
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

  /**
   * The notice date. A date in one of the layouts that no calendar has (2026-02-30) is refused
   * rather than taken as missing or moved to a nearby day, so the seller corrects the text.
   *
   * @throws InvalidInputException naming the impossible date
   */
  static LocalDate date(String text) {
    String labelled = first(DATE_LABEL, text);
    for (String candidate : List.of(labelled, text)) {
      if (candidate.isEmpty()) {
        continue;
      }
      Matcher iso = ISO_DATE.matcher(candidate);
      if (iso.find()) {
        return strict(iso.group(1), DateTimeFormatter.ofPattern("uuuu-MM-dd"));
      }
      for (DateTimeFormatter f : DATES) {
        LocalDate d = lenient(candidate.strip(), f);
        if (d != null) {
          return d;
        }
      }
      Matcher words = Pattern.compile("\\b([A-Z][a-z]+ \\d{1,2}, \\d{4})\\b").matcher(candidate);
      if (words.find()) {
        LocalDate d = lenient(words.group(1), DATES.get(0));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The date in a layout, or null when the text is not in it. */
  private static LocalDate lenient(String text, DateTimeFormatter layout) {
    try {
      layout.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
    return strict(text, layout);
  }

  /** The date of text known to be in the layout; refused when the day does not exist. */
  private static LocalDate strict(String text, DateTimeFormatter layout) {
    try {
      return LocalDate.parse(text, layout.withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "text",
          "the notice date \""
              + text
              + "\" is not a day of the calendar; correct the date in the text and paste it again");
    }
  }
}
