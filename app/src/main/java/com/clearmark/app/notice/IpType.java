package com.clearmark.app.notice;

/** The right a notice asserts. A notice asserts one. */
public enum IpType {
  TRADEMARK,
  COPYRIGHT,
  PATENT,
  COUNTERFEIT;

  /** The right a case raised by this screening rule rests on. */
  static IpType ofRule(String rule) {
    if (rule == null) {
      return TRADEMARK;
    }
    return switch (rule) {
      case "CF_PIRACY", "CR_IMAGE", "CR_TEXT" -> COPYRIGHT;
      case "PT_CLAIM" -> PATENT;
      case "CF_COUNTERFEIT_TERM", "CF_PRICE" -> COUNTERFEIT;
      default -> TRADEMARK;
    };
  }

  boolean restsOnMark() {
    return this == TRADEMARK || this == COUNTERFEIT;
  }
}
