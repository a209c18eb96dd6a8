package com.clearmark.cli;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Finding;

/** The few words around a finding's evidence, for reports that show it in context. */
record Evidence(String before, String match, String after) {

  private static final int CONTEXT = 40;

  static Evidence of(Listing listing, Finding f) {
    String text = fieldText(listing, f.field());
    if (text == null || f.end() > text.length()) {
      return new Evidence("", f.text(), "");
    }
    int from = Math.max(0, f.start() - CONTEXT);
    int to = Math.min(text.length(), f.end() + CONTEXT);
    String before = (from > 0 ? "…" : "") + text.substring(from, f.start());
    String after = text.substring(f.end(), to) + (to < text.length() ? "…" : "");
    return new Evidence(
        oneLine(before), oneLine(text.substring(f.start(), f.end())), oneLine(after));
  }

  /** The whole text of a field, or the empty string when the listing has none. */
  static String text(Listing l, String field) {
    String text = fieldText(l, field);
    return text == null ? "" : text;
  }

  private static String fieldText(Listing l, String field) {
    if (field.startsWith("bullet_points[")) {
      int i = Integer.parseInt(field.substring(14, field.length() - 1)) - 1;
      return i < l.bulletPoints().size() ? l.bulletPoints().get(i) : null;
    }
    return switch (field) {
      case "title" -> l.title();
      case "brand" -> l.brand();
      case "description" -> l.description();
      case "search_terms" -> l.searchTerms();
      case "price" -> l.price() == null ? null : l.price().toPlainString();
      default -> null;
    };
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
