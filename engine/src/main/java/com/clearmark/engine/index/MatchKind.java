package com.clearmark.engine.index;

/** How a stretch of listing text came to match a mark. */
public enum MatchKind {
  /** The mark's words, up to case, punctuation, possessives, plurals and joined words. */
  EXACT("uses"),
  /** Within the mark's edit budget: an inserted, omitted, repeated, replaced or swapped letter. */
  TYPO("misspells"),
  /** Digits or symbols standing in for letters: {@code N1ke}, {@code Adid@s}. */
  LEET("imitates with digits or symbols"),
  /** Letters of another script or full-width forms that read as Latin ones. */
  CONFUSABLE("imitates with look-alike characters"),
  /** The mark's letters split by spaces or punctuation: {@code N.I.K.E}, {@code Ro-lex}. */
  SPACING("imitates by spacing out"),
  /** Spelt differently but sounds the same: {@code Reebock}. */
  PHONETIC("imitates the sound of");

  private final String verb;

  MatchKind(String verb) {
    this.verb = verb;
  }

  public boolean isLookalike() {
    return this != EXACT;
  }

  /** A verb phrase for explanations: "the title misspells NIKE". */
  public String verb() {
    return verb;
  }
}
