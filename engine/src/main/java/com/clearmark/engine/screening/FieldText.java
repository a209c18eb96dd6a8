package com.clearmark.engine.screening;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.Map;

/** Reads and replaces a listing's field by the name findings and edits give it. */
final class FieldText {

  private FieldText() {}

  /** The field's text, or null when the listing has no such field (a bullet it lacks). */
  static String of(Listing listing, String field) {
    return switch (field) {
      case "title" -> listing.title();
      case "brand" -> listing.brand();
      case "description" -> listing.description();
      case "search_terms" -> listing.searchTerms();
      default -> {
        int bullet = bulletIndex(field);
        yield bullet >= 0 && bullet < listing.bulletPoints().size()
            ? listing.bulletPoints().get(bullet)
            : null;
      }
    };
  }

  /** The 0-based bullet of {@code bullet_points[n]}, or -1 for another field. */
  static int bulletIndex(String field) {
    if (!field.startsWith("bullet_points[") || !field.endsWith("]")) {
      return -1;
    }
    try {
      return Integer.parseInt(field, "bullet_points[".length(), field.length() - 1, 10) - 1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A copy of the listing with the given fields' texts replaced. */
  static Listing with(Listing l, Map<String, String> texts) {
    var bullets = new ArrayList<>(l.bulletPoints());
    for (var e : texts.entrySet()) {
      int b = bulletIndex(e.getKey());
      if (b >= 0) {
        bullets.set(b, e.getValue());
      }
    }
    return new Listing(
        l.row(),
        l.line(),
        l.sku(),
        l.asin(),
        texts.getOrDefault("title", l.title()),
        texts.getOrDefault("brand", l.brand()),
        bullets,
        texts.getOrDefault("description", l.description()),
        texts.getOrDefault("search_terms", l.searchTerms()),
        l.price(),
        l.currency(),
        l.category(),
        l.marketplace(),
        l.images());
  }
}
