package com.clearmark.cli;

import java.util.Locale;

/** A count with its noun agreeing: "1 listing", "2,400 listings", "1 malformed row". */
final class Plural {

  private Plural() {}

  /** The count, grouped by thousands, and the noun with {@code s} unless the count is one. */
  static String of(long count, String noun) {
    return of(count, noun, noun + "s");
  }

  static String of(long count, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
  }
}
