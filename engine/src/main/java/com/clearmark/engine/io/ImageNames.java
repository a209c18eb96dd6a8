package com.clearmark.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code images} of a listing row: local file names or paths, read as written and never
 * fetched. A URL is refused rather than skipped, so that a seller learns why an image was not
 * checked; so are too many images, too long a name and control characters.
 */
final class ImageNames {
  /** The most images one listing may name; a marketplace shows nine. */
  static final int MAX_IMAGES = 20;

  /** The longest image name or path accepted. */
  static final int MAX_NAME_CHARS = 1_000;

  static final String FIELD = "images";

  private ImageNames() {}

  /** The images of one row from the {@code |}-separated cell of a CSV. */
  static List<String> ofCell(String cell) {
    if (cell.isBlank()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    int from = 0;
    while (from <= cell.length()) {
      int bar = cell.indexOf('|', from);
      int to = bar < 0 ? cell.length() : bar;
      add(names, cell.substring(from, to));
      from = to + 1;
    }
    return names;
  }

  /** Checks one name and adds it unless it is blank. */
  static void add(List<String> names, String raw) {
    String name = raw.strip();
    if (name.isEmpty()) {
      return;
    }
    if (names.size() == MAX_IMAGES) {
      throw new InvalidValue(
          FIELD, "more than " + MAX_IMAGES + " images; keep the ones shown on the listing");
    }
    if (name.length() > MAX_NAME_CHARS) {
      throw new InvalidValue(
          FIELD,
          "image "
              + (names.size() + 1)
              + " has a name of "
              + name.length()
              + " characters; at most "
              + MAX_NAME_CHARS
              + " are accepted");
    }
    if (isUrl(name)) {
      throw new InvalidValue(
          FIELD,
          "image "
              + (names.size() + 1)
              + " is a URL ("
              + abbreviated(name)
              + "); Clearmark never downloads images: save the file and give its local name or"
              + " path");
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new InvalidValue(
            FIELD, "image " + (names.size() + 1) + " has a control character in its name");
      }
    }
    names.add(name);
  }

  /** A scheme followed by {@code ://}, as in http, https, ftp or file URLs, or {@code www.}. */
  static boolean isUrl(String name) {
    int colon = name.indexOf("://");
    if (colon > 0) {
      boolean scheme = Character.isLetter(name.charAt(0));
      for (int i = 1; i < colon && scheme; i++) {
        char c = name.charAt(i);
        scheme = Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.';
      }
      if (scheme) {
        return true;
      }
    }
    return name.toLowerCase(Locale.ROOT).startsWith("www.");
  }

  private static String abbreviated(String name) {
    return name.length() <= 60 ? name : name.substring(0, 57) + "...";
  }
}
