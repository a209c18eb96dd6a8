package com.clearmark.engine.text;

/**
 * A sound key for brand-like words, so that {@code Reebock} meets {@code Reebok} and {@code
 * Lakoste} meets {@code Lacoste}.
 *
 * <p>A simplified English consonant skeleton in the spirit of Metaphone: the first letter is kept
 * (any vowel as {@code A}); then {@code ph→F}, {@code ch, sh→X}, {@code ck, q, hard c→K}, {@code
 * soft c (before e, i, y)→S}, {@code z→S}, {@code x→KS}, {@code d→T}, {@code v→F}, {@code gh} and
 * non-initial {@code h, w, y} are silent, vowels after the first letter are dropped, and repeated
 * codes collapse. One pass, O(n), writing into the caller's buffer.
 */
public final class Phonetic {

  private Phonetic() {}

  /** Writes the key of {@code in[off, off+len)} into {@code out} and returns its length. */
  public static int encode(char[] in, int off, int len, char[] out) {
    int n = 0;
    char last = 0;
    for (int i = 0; i < len; i++) {
      char c = in[off + i];
      char next = i + 1 < len ? in[off + i + 1] : 0;
      char code;
      if (i == 0 && isVowel(c)) {
        code = 'A';
      } else {
        switch (c) {
          case 'a', 'e', 'i', 'o', 'u' -> code = 0;
          case 'y', 'w' -> code = i == 0 ? Character.toUpperCase(c) : 0;
          case 'h' -> code = i == 0 ? 'H' : 0;
          case 'p' -> {
            if (next == 'h') {
              code = 'F';
              i++;
            } else {
              code = 'P';
            }
          }
          case 'c' -> {
            if (next == 'h') {
              // ch and sh share a sound in brand names taken from French (Chanel, Shanel).
              code = 'X';
              i++;
            } else if (next == 'k') {
              code = 'K';
              i++;
            } else if (next == 'e' || next == 'i' || next == 'y') {
              code = 'S';
            } else {
              code = 'K';
            }
          }
          case 'q', 'k' -> code = 'K';
          case 'g' -> {
            if (next == 'h') {
              code = 0;
              i++;
            } else {
              code = 'K';
            }
          }
          case 's' -> {
            if (next == 'h') {
              code = 'X';
              i++;
            } else {
              code = 'S';
            }
          }
          case 'z' -> code = 'S';
          case 'x' -> {
            if (n + 1 < out.length && last != 'K') {
              out[n++] = 'K';
            }
            code = 'S';
          }
          case 'd', 't' -> code = 'T';
          case 'v', 'f' -> code = 'F';
          case 'b' -> code = 'P';
          default -> code = c >= 'a' && c <= 'z' ? Character.toUpperCase(c) : 0;
        }
      }
      if (code != 0 && code != last && n < out.length) {
        out[n++] = code;
      }
      if (code != 0) {
        last = code;
      } else if (isVowel(c)) {
        last = 0;
      }
    }
    return n;
  }

  public static String encode(String folded) {
    char[] in = folded.toCharArray();
    char[] out = new char[in.length * 2 + 1];
    return new String(out, 0, encode(in, 0, in.length, out));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
