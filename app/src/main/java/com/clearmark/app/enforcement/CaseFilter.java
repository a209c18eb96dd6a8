package com.clearmark.app.enforcement;

import java.util.Locale;
import java.util.Map;

/**
 * What the case queue shows: the cases matching every filter given (blank means any), in the order
 * named by {@code sort}. Bound from the queue's query string and the API's.
 */
record CaseFilter(
    CaseStatus status, String marketplace, String mark, String rule, Long seller, String sort) {

  /** The orders the queue offers, each as its SQL; anything else sorts newest first. */
  static final Map<String, String> ORDERS =
      Map.of(
          "newest", "detected_at desc, id desc",
          "oldest", "detected_at, id",
          "status", "status, detected_at desc, id desc",
          "marketplace", "marketplace, detected_at desc, id desc",
          "mark", "lower(mark), detected_at desc, id desc");

  CaseFilter {
    marketplace = blankToNull(marketplace);
    mark = blankToNull(mark);
    rule = blankToNull(rule);
    sort = sort == null ? "newest" : sort.strip().toLowerCase(Locale.ROOT);
    if (!ORDERS.containsKey(sort)) {
      sort = "newest";
    }
  }

  static CaseFilter any() {
    return new CaseFilter(null, null, null, null, null, null);
  }

  String orderBy() {
    return ORDERS.get(sort);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
