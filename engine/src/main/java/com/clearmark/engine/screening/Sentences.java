package com.clearmark.engine.screening;

/**
 * Ends sentences that may close on a name: an owner such as {@code Apple Inc.} already carries the
 * full stop, so a second one would read "Apple Inc..".
 */
final class Sentences {

  private Sentences() {}

  /** The text with one full stop at its end, unless it already ends a sentence. */
  static String end(String text) {
    String s = text.stripTrailing();
    if (s.isEmpty()) {
      return s;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' ? s : s + ".";
  }

  /** The owner as a sentence names it, or {@code fallback} when the register gives none. */
  static String owner(Finding f, String fallback) {
    return f.owner().isEmpty() ? fallback : f.owner();
  }

  /** How a seller names the field: "the title", "bullet point 2", "the search terms". */
  static String field(String field) {
    int bullet = FieldText.bulletIndex(field);
    if (bullet >= 0) {
      return "bullet point " + (bullet + 1);
    }
    return switch (field) {
      case "search_terms" -> "the search terms";
      case "brand" -> "the brand field";
      default -> "the " + field;
    };
  }
}
