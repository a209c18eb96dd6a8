package com.clearmark.app.enforcement;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How an organization enforces: whether a notice needs a second person's approval before it is
 * sent, after how many days a sent notice with no answer is a reminder, and who the notices are
 * from (the rights owner, the agent acting for it, and the contact a marketplace may write to).
 * Every text is stripped; a value too long or a reminder period out of range is refused naming its
 * field.
 */
public record EnforcementSettings(
    boolean secondApproverRequired,
    int reminderDays,
    String rightsOwner,
    String agentName,
    String contactName,
    String contactEmail,
    String contactPhone,
    String contactAddress) {

  static final int DEFAULT_REMINDER_DAYS = 14;
  static final int MAX_REMINDER_DAYS = 365;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public EnforcementSettings {
    rightsOwner = strip(rightsOwner);
    agentName = strip(agentName);
    contactName = strip(contactName);
    contactEmail = strip(contactEmail);
    contactPhone = strip(contactPhone);
    contactAddress = strip(contactAddress);
    Map<String, String> errors = new LinkedHashMap<>();
    if (reminderDays < 1 || reminderDays > MAX_REMINDER_DAYS) {
      errors.put(
          "reminderDays",
          "reminder days must be between 1 and " + MAX_REMINDER_DAYS + ", got " + reminderDays);
    }
    longest(errors, "rightsOwner", "rights owner", rightsOwner, FieldLimits.RIGHTS_OWNER);
    longest(errors, "agentName", "agent name", agentName, FieldLimits.RIGHTS_OWNER);
    longest(errors, "contactName", "contact name", contactName, FieldLimits.PERSON_NAME);
    longest(errors, "contactEmail", "contact email", contactEmail, FieldLimits.EMAIL);
    longest(errors, "contactPhone", "contact phone", contactPhone, FieldLimits.PHONE);
    longest(
        errors, "contactAddress", "contact address", contactAddress, FieldLimits.SUPPLIER_ADDRESS);
    if (!contactEmail.isEmpty()
        && !errors.containsKey("contactEmail")
        && !EMAIL.matcher(contactEmail).matches()) {
      errors.put("contactEmail", "contact email " + contactEmail + " is not an email address");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(String.join("; ", errors.values()), errors);
    }
  }

  /** What an organization that has not set anything works with. */
  public static EnforcementSettings defaults() {
    return new EnforcementSettings(false, DEFAULT_REMINDER_DAYS, "", "", "", "", "", "");
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static void longest(
      Map<String, String> errors, String field, String words, String value, int max) {
    if (value.length() > max) {
      errors.put(
          field, words + " is " + value.length() + " characters long; at most " + max + " allowed");
    }
  }
}
