package com.clearmark.app.shared;

/** A class of the Nice Classification: 1 to 34 for goods, 35 to 45 for services. */
public record NiceClass(int number) {

  public static final int FIRST = 1;
  public static final int LAST = 45;

  public NiceClass {
    if (number < FIRST || number > LAST) {
      throw new IllegalArgumentException(
          "a Nice class is a number from " + FIRST + " to " + LAST + ", got " + number);
    }
  }

  /** The class written as a number, with or without leading zeros ("9", "09"). */
  public static NiceClass parse(String text) {
    String digits = text == null ? "" : text.strip();
    if (digits.isEmpty()
        || digits.length() > 3
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "a Nice class is a number from "
              + FIRST
              + " to "
              + LAST
              + ", got \""
              + Shown.clip(String.valueOf(text))
              + "\"");
    }
    return new NiceClass(Integer.parseInt(digits));
  }

  public boolean isServices() {
    return number >= 35;
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
