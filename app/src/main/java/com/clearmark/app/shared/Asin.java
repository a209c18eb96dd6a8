package com.clearmark.app.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Amazon Standard Identification Number: ten capital letters and digits (B0… for most products,
 * the ISBN-10 for books). Read from forms, notifications and invoices alike, so the three agree on
 * what an ASIN is.
 */
public record Asin(String value) {

  /** The characters an ASIN has. */
  public static final int LENGTH = 10;

  /** The form an ASIN takes, for Bean Validation patterns and HTML {@code pattern} attributes. */
  public static final String PATTERN = "[A-Z0-9]{10}";

  /** How a product ASIN (B0…) is recognised inside free text such as a notification. */
  public static final Pattern IN_TEXT = Pattern.compile("\\b(B0[0-9A-Z]{8})\\b");

  private static final Pattern FORM = Pattern.compile(PATTERN);

  public Asin {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an ASIN is 10 capital letters and digits, got \"" + Shown.clip(value) + "\"");
    }
  }

  /** The ASIN in {@code text}, ignoring surrounding blanks and letter case. */
  public static Asin parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Asin(text.strip().toUpperCase(Locale.ROOT));
  }

  /** Whether {@link #parse} would accept {@code text}. */
  public static boolean isValid(String text) {
    return text != null && FORM.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
