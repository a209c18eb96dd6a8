package com.clearmark.engine.patent;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.List;

/** The listing fields a claim is judged against, named as findings name them. */
final class ListingText {

  static final int MAX_BULLETS = 10;
  static final int MAX_CHARS = 8_000;

  record Field(String name, String text) {}

  private ListingText() {}

  /** Title, the first bullets and the description, each cut to {@value #MAX_CHARS} characters. */
  static List<Field> fields(Listing listing) {
    var out = new ArrayList<Field>(MAX_BULLETS + 2);
    add(out, "title", listing.title());
    int bullets = Math.min(listing.bulletPoints().size(), MAX_BULLETS);
    for (int i = 0; i < bullets; i++) {
      add(out, "bullet_points[" + (i + 1) + "]", listing.bulletPoints().get(i));
    }
    add(out, "description", listing.description());
    return out;
  }

  private static void add(List<Field> out, String name, String text) {
    if (!text.isEmpty()) {
      out.add(new Field(name, text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text));
    }
  }

  /** The text of a field named as {@link #fields} names it, or empty. */
  static String of(Listing listing, String field) {
    if (field.equals("title")) {
      return listing.title();
    }
    if (field.equals("description")) {
      return listing.description();
    }
    if (field.startsWith("bullet_points[") && field.endsWith("]")) {
      try {
        int i = Integer.parseInt(field.substring(14, field.length() - 1)) - 1;
        return i >= 0 && i < listing.bulletPoints().size() ? listing.bulletPoints().get(i) : "";
      } catch (NumberFormatException e) {
        return "";
      }
    }
    return "";
  }
}
