package com.clearmark.app.shared;

/** How a rejected value is quoted back in a message: never more than a line of it. */
final class Shown {

  private static final int MAX = 40;

  private Shown() {}

  static String clip(String value) {
    return value.length() <= MAX ? value : value.substring(0, MAX) + "…";
  }
}
