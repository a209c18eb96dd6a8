package com.clearmark.engine.screening;

/**
 * Closes the gap that removing words leaves in a field: brackets left empty go, and the spaces and
 * separators on both sides of the removal become one joint, the one the text used there, and none
 * at the start or end of the field or before closing punctuation.
 */
final class Gaps {

  private Gaps() {}

  /**
   * Tidies the separators around {@code at} in {@code text}, looking no further left than {@code
   * floor} (where text of another edit ends), in time linear in the length of the run.
   */
  static void close(StringBuilder text, int at, int floor) {
    // Brackets left empty go with the words they held: "Case (Nike) Black" becomes "Case Black".
    if (at > floor
        && at < text.length()
        && "([".indexOf(text.charAt(at - 1)) >= 0
        && ")]".indexOf(text.charAt(at)) >= 0) {
      text.delete(at - 1, at + 1);
      at--;
    }
    int a = at;
    while (a > floor && isSeparator(text.charAt(a - 1))) {
      a--;
    }
    int b = at;
    while (b < text.length() && isSeparator(text.charAt(b))) {
      b++;
    }
    String joint;
    if (a == 0 || b == text.length()) {
      joint = "";
    } else if (a == b) {
      return;
    } else if (".!?)]".indexOf(text.charAt(b)) >= 0 || "([".indexOf(text.charAt(a - 1)) >= 0) {
      joint = "";
    } else {
      joint = joint(text, a, b);
    }
    text.replace(a, b, joint);
  }

  private static String joint(CharSequence text, int from, int to) {
    boolean newline = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        newline = true;
      } else if (!Character.isWhitespace(c)) {
        return c == ',' || c == ';' ? c + " " : " " + c + " ";
      }
    }
    return newline ? "\n" : " ";
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || ",;|/-\u2013\u2014\u00b7\u2022".indexOf(c) >= 0;
  }
}
