package com.clearmark.engine.patent;

import java.util.List;
import java.util.Objects;

/**
 * One claim of a patent.
 *
 * @param number the claim's number, from 1
 * @param dependsOn the number of the claim this one refers to ("The bottle of claim 1"), or 0 for
 *     an independent claim
 * @param method whether the claim is to a method or process rather than a thing
 * @param preamble the text before the elements: "A drinking bottle comprising"
 * @param elements the elements, in order, nested elements after their parent with a greater depth
 * @param text the whole claim as written
 */
public record Claim(
    int number,
    int dependsOn,
    boolean method,
    String preamble,
    List<ClaimElement> elements,
    String text) {

  public Claim {
    if (number < 1) {
      throw new IllegalArgumentException("claim number must be 1 or more, got " + number);
    }
    if (dependsOn < 0 || dependsOn >= number && dependsOn != 0) {
      throw new IllegalArgumentException(
          "claim " + number + " cannot depend on claim " + dependsOn + ": only on an earlier one");
    }
    preamble = preamble == null ? "" : preamble.strip();
    elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
    Objects.requireNonNull(text, "text");
  }

  public boolean independent() {
    return dependsOn == 0;
  }
}
