package com.clearmark.app.shared;

import java.util.Objects;

/**
 * A seller's stock keeping unit: the seller's own name for a product, kept exactly as written (SKUs
 * are case-sensitive on marketplaces) but without surrounding blanks.
 */
public record Sku(String value) {

  public Sku {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a SKU cannot be empty");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException("a SKU has no surrounding blanks");
    }
    if (value.length() > FieldLimits.SKU) {
      throw new IllegalArgumentException(
          "a SKU has at most " + FieldLimits.SKU + " characters, got " + value.length());
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a SKU has no control characters");
    }
  }

  /** The SKU in {@code text}, without surrounding blanks. */
  public static Sku parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Sku(text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
