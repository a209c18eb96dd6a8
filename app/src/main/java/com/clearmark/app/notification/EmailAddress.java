package com.clearmark.app.notification;

import com.clearmark.app.shared.FieldLimits;
import java.util.Locale;
import java.util.regex.Pattern;

/** An address notifications are mailed to: one mailbox, without a display name. */
record EmailAddress(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]+");

  EmailAddress {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an email address is empty");
    }
    value = value.strip();
    if (value.length() > FieldLimits.EMAIL || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not an email address");
    }
    int at = value.lastIndexOf('@');
    value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
