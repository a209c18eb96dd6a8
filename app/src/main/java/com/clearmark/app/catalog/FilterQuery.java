package com.clearmark.app.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The query string of a filtered list, so pagination links keep the filters. */
public final class FilterQuery {

  private FilterQuery() {}

  /** The filters as {@code ?name=value&...&}, ready for a page number to be appended. */
  public static String of(Listings.Filter f) {
    var sb = new StringBuilder("?");
    add(sb, "decision", f.decision());
    add(sb, "rule", f.rule());
    add(sb, "mark", f.mark());
    add(sb, "brand", f.brand());
    add(sb, "q", f.q());
    add(sb, "from", f.from() == null ? null : f.from().toString());
    add(sb, "to", f.to() == null ? null : f.to().toString());
    add(sb, "reviewStatus", f.reviewStatus());
    return sb.toString();
  }

  private static void add(StringBuilder sb, String name, String value) {
    if (value != null && !value.isBlank()) {
      sb.append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
          .append('&');
    }
  }
}
