package com.clearmark.app.complaint;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.FieldLengths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A complaint as entered by form or sent to the API. {@link #toComplaint} checks every field and
 * reports all problems at once, by field.
 */
public record ComplaintForm(
    String reference,
    String type,
    String origin,
    LocalDate noticeDate,
    List<String> asins,
    List<String> titles,
    String registration,
    String rightsOwner,
    String rightsOwnerEmail,
    Boolean accountHealthBelow100,
    String brand) {

  static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  public Complaint toComplaint(LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    String ref = text(reference);
    if (ref.isEmpty()) {
      errors.put("reference", "enter the complaint ID from the notice");
    }
    ComplaintType t = null;
    try {
      t = ComplaintType.valueOf(text(type).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.put(
          "type", "one of TRADEMARK, COPYRIGHT, PATENT, COUNTERFEIT, COUNTERFEIT_NO_TEST_BUY");
    }
    ComplaintOrigin o = ComplaintOrigin.RECEIVED;
    if (!text(origin).isEmpty()) {
      try {
        o = ComplaintOrigin.valueOf(text(origin).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.put(
            "origin", "RECEIVED (from a rights owner) or SUSPECTED (raised by the marketplace)");
      }
    }
    if (noticeDate == null) {
      errors.put("noticeDate", "enter the date of the notice");
    } else if (noticeDate.isAfter(today)) {
      errors.put("noticeDate", "the notice date " + noticeDate + " is in the future");
    }
    List<Complaint.Product> products = new ArrayList<>();
    List<String> given = asins == null ? List.of() : asins;
    boolean tooMany = given.size() > FieldLimits.ASINS_PER_COMPLAINT;
    if (tooMany) {
      errors.put(
          "asins",
          "a complaint names at most "
              + FieldLimits.ASINS_PER_COMPLAINT
              + " ASINs, got "
              + given.size()
              + "; record a larger notice as several complaints");
    }
    if (titles != null && titles.size() > FieldLimits.ASINS_PER_COMPLAINT) {
      errors.put("titles", "at most one title per ASIN (" + FieldLimits.ASINS_PER_COMPLAINT + ")");
    }
    for (int i = 0; i < given.size() && !tooMany; i++) {
      String asin = text(given.get(i)).toUpperCase(Locale.ROOT);
      if (!ASIN.matcher(asin).matches()) {
        errors.put("asins", "\"" + given.get(i) + "\" is not an ASIN (10 letters and digits)");
        continue;
      }
      String title = titles != null && i < titles.size() ? text(titles.get(i)) : "";
      products.add(new Complaint.Product(asin, title));
    }
    if (given.isEmpty()) {
      errors.put("asins", "name at least one ASIN the complaint is about");
    }
    String email = text(rightsOwnerEmail);
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      errors.put("rightsOwnerEmail", "enter an email address like legal@brand.example");
    }
    FieldLengths.check(errors, "reference", reference, FieldLimits.COMPLAINT_REFERENCE);
    FieldLengths.check(errors, "registration", registration, FieldLimits.COMPLAINT_REGISTRATION);
    FieldLengths.check(errors, "rightsOwner", rightsOwner, FieldLimits.RIGHTS_OWNER);
    FieldLengths.check(errors, "rightsOwnerEmail", rightsOwnerEmail, FieldLimits.EMAIL);
    FieldLengths.check(errors, "brand", brand, FieldLimits.RIGHTS_OWNER);
    if (titles != null && titles.size() <= FieldLimits.ASINS_PER_COMPLAINT) {
      titles.forEach(title -> FieldLengths.check(errors, "titles", title, FieldLimits.TITLE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The complaint has invalid fields.", errors);
    }
    return new Complaint(
        0,
        ref,
        t,
        o,
        ComplaintStatus.NEW,
        noticeDate,
        text(registration),
        text(rightsOwner),
        email,
        Boolean.TRUE.equals(accountHealthBelow100),
        text(brand),
        products,
        List.of(),
        List.of(),
        "",
        null);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
