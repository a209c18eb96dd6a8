package com.clearmark.engine.similarity;

/**
 * A sound key for comparing two marks read aloud, tighter than the screening key ({@link
 * com.clearmark.engine.text.Phonetic}), which drops every vowel and so makes ZORVIX sound like
 * ZAHERUFYX.
 *
 * <p>Letters that are spelt differently but said alike share a code: {@code c, k, q, ck} and hard
 * {@code c} are {@code K}, soft {@code c} (before e, i, y), {@code s} and {@code z} are {@code S},
 * {@code ph} is {@code F}, {@code x} is {@code KS}, {@code ch} and {@code sh} are {@code X}, {@code
 * gh} and {@code h} after a letter are silent, and doubled letters count once. Voiced and voiceless
 * pairs ({@code b/p}, {@code d/t}, {@code g/k}, {@code v/f}) stay apart. Unlike the screening key
 * the syllables survive: each run of vowels becomes one code, by its first vowel: {@code A} for a,
 * {@code E} for e, i and y, {@code O} for o, {@code U} for u, and a final silent {@code e} after a
 * consonant is dropped. One pass, O(n).
 */
final class SoundKey {

  private SoundKey() {}

  /** The key of a compact folded mark (lower-case letters and digits). */
  static String of(String compact) {
    var out = new StringBuilder(compact.length() + 4);
    int n = compact.length();
    char lastCode = 0;
    for (int i = 0; i < n; i++) {
      char c = compact.charAt(i);
      char next = i + 1 < n ? compact.charAt(i + 1) : 0;
      String code;
      switch (c) {
        case 'a' -> code = "A";
        case 'e' -> code = i == n - 1 && i > 0 && !isVowel(compact.charAt(i - 1)) ? "" : "E";
        case 'i' -> code = "E";
        case 'y' -> code = i > 0 && !isVowel(compact.charAt(i - 1)) || next == 0 ? "E" : "Y";
        case 'o' -> code = "O";
        case 'u' -> code = "U";
        case 'h' -> code = i == 0 ? "H" : "";
        case 'w' -> code = i == 0 || isVowel(next) ? "W" : "";
        case 'p' -> {
          if (next == 'h') {
            code = "F";
            i++;
          } else {
            code = "P";
          }
        }
        case 'c' -> {
          if (next == 'h') {
            code = "X";
            i++;
          } else if (next == 'k') {
            code = "K";
            i++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            code = "S";
          } else {
            code = "K";
          }
        }
        case 'k', 'q' -> code = "K";
        case 's' -> {
          if (next == 'h') {
            code = "X";
            i++;
          } else {
            code = "S";
          }
        }
        case 'z' -> code = "S";
        case 'x' -> code = "KS";
        case 'g' -> {
          if (next == 'h') {
            code = "";
            i++;
          } else {
            code = "G";
          }
        }
        default -> code = String.valueOf(Character.toUpperCase(c));
      }
      for (int k = 0; k < code.length(); k++) {
        char ch = code.charAt(k);
        if (ch != lastCode && !(isVowelCode(ch) && isVowelCode(lastCode))) {
          out.append(ch);
          lastCode = ch;
        }
      }
    }
    return out.toString();
  }

  private static boolean isVowelCode(char c) {
    return c == 'A' || c == 'E' || c == 'O' || c == 'U';
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
