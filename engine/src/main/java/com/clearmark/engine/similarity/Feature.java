package com.clearmark.engine.similarity;

/**
 * The named components of a comparison. Each is a number from 0 to 1 computed from the two marks
 * (and, for the last three, from their goods, {@link #GOODS} running from −1 to 1); {@link
 * ConfusionModel} weighs them into a probability of confusion. The {@link #key} names the component
 * in the model's weight file and in {@code compare} output.
 */
public enum Feature {
  /**
   * 1 − edit distance ÷ longer length, over the folded compact keys as they are read: the larger of
   * the written keys' and the look-alike keys' measure.
   */
  SPELLING("spelling"),
  /** Spelling above 0.6, rescaled to 0..1: a close spelling counts beyond its share. */
  CLOSE_SPELLING("close_spelling"),
  /** Sound above 0.6, rescaled to 0..1. */
  CLOSE_SOUND("close_sound"),
  /**
   * The spelling measure over the look-alike keys, digits and symbols read as the letters they
   * imitate (R0L3X as ROLEX): the {@code lookalike} column of {@code compare} output.
   */
  LOOKALIKE("lookalike"),
  /** The spelling measure over {@link SoundKey}s. */
  SOUND("sound"),
  /** How much more alike the marks sound than they are spelt: sound checked against spelling. */
  SOUND_OVER_SPELLING("sound_over_spelling"),
  /** Share of the first four letters the marks have in common, where readers look first. */
  PREFIX("prefix"),
  /** One mark is contained whole in the other (EBAY in PERFUMEBAY), by its distinctiveness. */
  CONTAINED("contained"),
  /** Distinctiveness of the strongest word the marks share, exactly or nearly. */
  DOMINANT("dominant"),
  /** Share of the weight of the smaller mark's words found in the other. */
  SHARED("shared"),
  /** Share of weight matched on both sides: the smaller of the two marks' shares. */
  COVERED("covered"),
  /** The first distinctive words of the two marks match, the part buyers read and say first. */
  FIRST_WORD("first_word"),
  /** The marks share words, but only weak ones, and otherwise differ. */
  WEAK_ONLY("weak_only"),
  /** Share of a mark's weight matched by words of the same meaning (translations, numerals). */
  MEANING("meaning"),
  /** The same words in another order. */
  ORDER("order"),
  /** Share of distinctive weight that both marks have apart from what they share. */
  DISTINCT_REST("distinct_rest"),
  /** Both marks are different ordinary words with different meanings. */
  DICTIONARY_CONTRAST("dictionary_contrast"),
  /**
   * One mark is an ordinary word or phrase and the other is not: a clear meaning on one side only
   * sets them apart (NICE and NIKE, SIR and ZIRH).
   */
  MEANING_CONTRAST("meaning_contrast"),
  /** The shorter mark has three characters or fewer, where every letter changes it. */
  SHORT("short"),
  /** The marks are identical once case, spacing, punctuation and look-alikes are ignored. */
  IDENTICAL("identical"),
  /**
   * One mark is a domain name that takes up the other whole or its words, where added generic words
   * and the top-level domain distinguish nothing.
   */
  DOMAIN("domain"),
  /** One mark takes up the other and adds a word of criticism (SUCKS, RIPOFF, SCAM). */
  CRITICISM("criticism"),
  /**
   * How related the goods are, when both marks' classes are known: 2r − 1 for relatedness r, so 1
   * for the same class, −1 for goods nobody sells together, 0 when unknown.
   */
  GOODS("goods"),
  /** The earlier mark is famous or well known. */
  FAMOUS("famous"),
  /** A famous mark against unrelated goods: fame widens the scope of protection. */
  FAMOUS_UNRELATED("famous_unrelated");

  static final int COUNT = values().length;

  private final String key;

  Feature(String key) {
    this.key = key;
  }

  /** Whether the component describes the goods or the earlier mark's standing, not the names. */
  public boolean isGoods() {
    return this == GOODS || this == FAMOUS || this == FAMOUS_UNRELATED;
  }

  public String key() {
    return key;
  }

  public static Feature ofKey(String key) {
    for (Feature f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown feature " + key);
  }
}
