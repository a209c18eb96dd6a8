package com.clearmark.engine.patent;

import com.clearmark.engine.text.TermTable;

/**
 * The word normalisation shared by the patent index and the claim coverage judge: stop words
 * (English function words and the boilerplate every claim repeats) and a light suffix stemmer.
 *
 * <p>The stemmer works in place on a slice of a {@code char[]} and only ever shortens it, so the
 * index can stem the tokenizer's own buffer without copying or allocating. It removes the plural
 * and verb suffixes that separate a claim's wording from a listing's ("lids" and "lid", "attached"
 * and "attach", "insulating" and "insulated" both to "insulat"), undoubling a final consonant left
 * by "-ed"/"-ing" ("cutting" to "cut") except l, s and z ("walled" to "wall"). It is deliberately
 * weaker than Porter's: claim words are nouns, and over-stemming joins unrelated parts.
 *
 * <p>A silent final "e" is handled as Porter's measure does, so that a word and its "-ed"/"-ing"/
 * "-s" forms meet: the measure m of a stem is its number of vowel-consonant sequences, and a stem
 * of measure 1 that ends consonant-vowel-consonant (not w, x or y) keeps (or, after "-ed"/"-ing",
 * regains) its "e" ("based", "bases" and "base" to "base"; "sized" and "size" to "size"), while any
 * other stem loses it ("hinged", "hinges" and "hinge" to "hing"; "insulated" and "insulate" to
 * "insulat"). Regaining the "e" writes one letter where at least two were removed, so the stem
 * still never grows.
 */
final class ClaimWords {

  private static final String STOP =
      "a an the of and or to in on for with by at from as is are be been being was were it its"
          + " this these those that which such than then there their them they into onto upon"
          + " not no nor but so if when where while each any all both either other another"
          + " same more most less least one two three first second third fourth"
          + " comprising comprises comprise comprised consisting consists including includes"
          + " include having has have wherein whereby thereof therein thereto thereon"
          + " therefrom said plurality further configured adapted operable capable"
          + " substantially approximately about generally respectively claim claims according"
          + " portion portions least member device apparatus system assembly unit means"
          + " also can may will our your you we new great best perfect ideal";

  private static final TermTable STOP_WORDS = new TermTable();

  static {
    for (String w : STOP.split(" ")) {
      STOP_WORDS.add(w);
    }
  }

  private ClaimWords() {}

  /** Whether the folded, unstemmed word is a stop word. */
  static boolean isStop(char[] chars, int offset, int length) {
    return STOP_WORDS.get(chars, offset, length) >= 0;
  }

  static boolean isStop(String word) {
    return STOP_WORDS.get(word) >= 0;
  }

  /** Stems the folded word in place and returns its new length (never longer). */
  static int stem(char[] b, int off, int len) {
    if (len <= 3 || !isLetter(b[off + len - 1])) {
      return len;
    }
    int end = off + len;
    if (endsWith(b, off, len, "ies") && len > 4) {
      b[end - 3] = 'y';
      return len - 2;
    }
    if (endsWith(b, off, len, "sses")) {
      return len - 2;
    }
    if (endsWith(b, off, len, "ches")
        || endsWith(b, off, len, "shes")
        || endsWith(b, off, len, "xes")
        || endsWith(b, off, len, "zzes")) {
      return len - 2;
    }
    if (b[end - 1] == 's'
        && b[end - 2] != 's'
        && b[end - 2] != 'u'
        && b[end - 2] != 'i'
        && len > 3) {
      return silentE(b, off, len - 1);
    }
    if (endsWith(b, off, len, "ing") && len > 5) {
      return afterSuffix(b, off, len - 3);
    }
    if (endsWith(b, off, len, "ed") && len > 4 && b[end - 3] != 'e') {
      return afterSuffix(b, off, len - 2);
    }
    return silentE(b, off, len);
  }

  /** Drops a final silent "e" unless the stem before it is short consonant-vowel-consonant. */
  private static int silentE(char[] b, int off, int len) {
    if (len > 3 && b[off + len - 1] == 'e' && b[off + len - 2] != 'e') {
      return shortCvc(b, off, len - 1) ? len : len - 1;
    }
    return len;
  }

  /** After "-ed"/"-ing": undoubles a final consonant, or restores a silent "e" (class Javadoc). */
  private static int afterSuffix(char[] b, int off, int len) {
    int undoubled = undouble(b, off, len);
    if (undoubled != len) {
      return undoubled;
    }
    if (shortCvc(b, off, len)) {
      b[off + len] = 'e';
      return len + 1;
    }
    return len;
  }

  /** Whether the stem has measure 1 and ends consonant-vowel-consonant, the last not w, x, y. */
  private static boolean shortCvc(char[] b, int off, int len) {
    if (len < 3) {
      return false;
    }
    char last = b[off + len - 1];
    if (!consonant(b, off, len - 1)
        || !vowelAt(b, off, len - 2)
        || !consonant(b, off, len - 3)
        || last == 'w'
        || last == 'x'
        || last == 'y') {
      return false;
    }
    int measure = 0;
    boolean inVowels = false;
    for (int i = 0; i < len; i++) {
      boolean v = vowelAt(b, off, i);
      if (inVowels && !v) {
        measure++;
      }
      inVowels = v;
    }
    return measure == 1;
  }

  private static boolean vowelAt(char[] b, int off, int i) {
    char c = b[off + i];
    return isVowel(c) || (c == 'y' && i > 0 && !isVowel(b[off + i - 1]));
  }

  private static boolean consonant(char[] b, int off, int i) {
    return isLetter(b[off + i]) && !vowelAt(b, off, i);
  }

  /** Stems a folded word given as a string; for building and coverage, not for hot paths. */
  static String stem(String word) {
    char[] chars = word.toCharArray();
    return new String(chars, 0, stem(chars, 0, chars.length));
  }

  private static int undouble(char[] b, int off, int len) {
    if (len >= 3) {
      char last = b[off + len - 1];
      if (last == b[off + len - 2] && !isVowel(last) && last != 'l' && last != 's' && last != 'z') {
        return len - 1;
      }
    }
    return len;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean endsWith(char[] b, int off, int len, String suffix) {
    int n = suffix.length();
    if (len < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[off + len - n + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
