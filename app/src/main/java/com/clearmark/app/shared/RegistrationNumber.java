package com.clearmark.app.shared;

import java.util.Objects;

/**
 * The number an office gave a registration or an application (USPTO serial and registration
 * numbers, EUIPO and WIPO numbers), kept as written without surrounding blanks: offices format them
 * differently, so only the length and the characters are checked.
 */
public record RegistrationNumber(String value) {

  public RegistrationNumber {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a registration number cannot be empty");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException("a registration number has no surrounding blanks");
    }
    if (value.length() > FieldLimits.REGISTRATION) {
      throw new IllegalArgumentException(
          "a registration number has at most "
              + FieldLimits.REGISTRATION
              + " characters, got "
              + value.length());
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a registration number has no control characters");
    }
  }

  public static RegistrationNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    return new RegistrationNumber(text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
