package com.clearmark.app.web;

/**
 * The name an uploaded file is shown and stored under: the last path segment of what the browser
 * sent, without control characters or double quotes (it goes into {@code Content-Disposition}
 * headers), and at most {@value #MAX} characters. A longer name is shortened in the middle with an
 * ellipsis, keeping its last {@value #KEPT_END} characters, where the date or the extension usually
 * is, so the shortening shows rather than silently cutting the end off.
 */
public final class UploadNames {

  /** The longest name kept, in characters (code points); it fits the columns that store it. */
  public static final int MAX = 200;

  private static final int KEPT_END = 40;

  private UploadNames() {}

  /** The name to show for {@code original}, or {@code fallback} when nothing of it is left. */
  public static String display(String original, String fallback) {
    if (original == null || original.isBlank()) {
      return fallback;
    }
    String name = original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      return fallback;
    }
    int length = name.codePointCount(0, name.length());
    if (length <= MAX) {
      return name;
    }
    String end = name.substring(name.offsetByCodePoints(0, length - KEPT_END));
    return name.substring(0, name.offsetByCodePoints(0, MAX - 1 - KEPT_END)) + "\u2026" + end;
  }
}
