package com.clearmark.engine.text;

import java.util.List;

/** PLACEHOLDER until the meaning table lands. */
public final class Meanings {
  private static final Meanings SHIPPED = new Meanings();

  public static Meanings shipped() {
    return SHIPPED;
  }

  public List<String> equivalents(String word) {
    return List.of();
  }

  public Equivalence explain(String a, String b) {
    return null;
  }

  public record Equivalence(String a, String b, Kind kind, String language, String english) {
    public String reason() {
      return a + " means " + b;
    }
  }

  public enum Kind {
    TRANSLATION,
    NUMERAL,
    SYNONYM
  }
}
