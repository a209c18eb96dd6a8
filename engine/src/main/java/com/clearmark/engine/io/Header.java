package com.clearmark.engine.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names of a delimited file, looked up regardless of case and surrounding spaces. When a
 * name appears twice the first column wins.
 */
final class Header {
  private final List<String> names;
  private final Map<String, Integer> indexes = new HashMap<>();

  Header(List<String> names) {
    this.names = names.stream().map(Header::normalize).toList();
    for (int i = 0; i < this.names.size(); i++) {
      indexes.putIfAbsent(this.names.get(i), i);
    }
  }

  static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  int size() {
    return names.size();
  }

  List<String> names() {
    return names;
  }

  boolean has(String name) {
    return indexes.containsKey(normalize(name));
  }

  /** Whether the header has at least one of the names. */
  boolean hasAny(List<String> candidates) {
    return candidates.stream().anyMatch(this::has);
  }

  /**
   * The value of a column in a record, or the empty string when the column or the value is absent.
   */
  String value(List<String> fields, String name) {
    Integer index = indexes.get(normalize(name));
    if (index == null || index >= fields.size()) {
      return "";
    }
    return fields.get(index);
  }
}
