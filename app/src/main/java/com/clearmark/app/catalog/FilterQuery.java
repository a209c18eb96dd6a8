package com.clearmark.app.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query string of a filtered, sorted list, so that pagination and sort links keep the filters
 * and a view can be bookmarked.
 */
public final class FilterQuery {

  private FilterQuery() {}

  /** The filters as {@code ?name=value&...&}, ready for a page number to be appended. */
  public static String of(Listings.Filter f) {
    var sb = new StringBuilder("?");
    fields(f).forEach((name, value) -> add(sb, name, value));
    return sb.toString();
  }

  /** The filters and, unless it is the default, the sort, ready for a page number. */
  public static String of(Listings.Filter f, Listings.Sort sort) {
    var sb = new StringBuilder(of(f));
    if (!sort.equals(Listings.Sort.DEFAULT)) {
      add(sb, "sort", sort.column().param());
      add(sb, "dir", sort.dir());
    }
    return sb.toString();
  }

  /** The filters that are set, by parameter name: for hidden fields of a form that returns. */
  public static Map<String, String> fields(Listings.Filter f) {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "decision", f.decision());
    put(out, "rule", f.rule());
    put(out, "mark", f.mark());
    put(out, "brand", f.brand());
    put(out, "q", f.q());
    put(out, "from", f.from() == null ? null : f.from().toString());
    put(out, "to", f.to() == null ? null : f.to().toString());
    put(out, "reviewStatus", f.reviewStatus());
    return out;
  }

  private static void put(Map<String, String> out, String name, String value) {
    if (value != null && !value.isBlank()) {
      out.put(name, value);
    }
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
