package com.clearmark.engine.patent;

import java.util.Objects;

/**
 * One element of a claim: a limitation the accused product must show, such as "a handle attached to
 * the lid".
 *
 * @param depth 0 for an element directly under the claim's transition ("comprising:"), 1 for an
 *     element nested under it, and so on
 * @param text the element as written, without its trailing punctuation or "and"
 */
public record ClaimElement(int depth, String text) {

  public ClaimElement {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be 0 or more, got " + depth);
    }
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a claim element needs text");
    }
  }
}
