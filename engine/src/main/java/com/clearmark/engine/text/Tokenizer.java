package com.clearmark.engine.text;

import java.util.Arrays;

/**
 * Splits text into folded word tokens, reusing its buffers from one text to the next.
 *
 * <p>A token is a maximal run of characters that {@link TextFolding#fold(char)} maps to a letter or
 * digit. A leet symbol ({@code @ $ ! |}) belongs to a token only between two letters or digits, so
 * {@code Adid@s} is one token and {@code $9.99} is not a word. An apostrophe followed by {@code s}
 * at the end of a word is a possessive and is dropped: {@code Levi's} gives {@code levi}. Each
 * token keeps its offsets into the original text, its folded characters in a shared buffer, and
 * flags that say how it was written.
 *
 * <p>One pass over the text, O(n); after the buffers have grown to the longest text seen, {@link
 * #reset(CharSequence)} allocates nothing.
 */
public final class Tokenizer {

  public static final int CONFUSABLE = TextFolding.CONFUSABLE;
  public static final int ACCENTED = TextFolding.ACCENTED;
  public static final int HAS_LETTER = 4;
  public static final int HAS_DIGIT = 8;
  public static final int HAS_SYMBOL = 16;
  public static final int UPPER_FIRST = 32;

  private char[] buffer = new char[256];
  private char[] leet = new char[256];
  private int[] start = new int[64];
  private int[] end = new int[64];
  private int[] normStart = new int[64];
  private int[] normLength = new int[64];
  private int[] flags = new int[64];
  private int[] hashes = new int[64];
  private int size;
  private int used;

  /** Tokenises {@code text}, replacing what the previous call produced. */
  public void reset(CharSequence text) {
    size = 0;
    used = 0;
    int n = text.length();
    if (buffer.length < n) {
      buffer = new char[Math.max(n, buffer.length * 2)];
      leet = new char[buffer.length];
    }
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      char f = TextFolding.fold(c);
      // A dollar sign before a letter opens a word as an s: $amsung.
      boolean dollarS = f == '$' && i + 1 < n && isLetter(TextFolding.fold(text.charAt(i + 1)));
      if (f == 0 || (TextFolding.isLeetSymbol(f) && !dollarS)) {
        i++;
        continue;
      }
      int tokenStart = i;
      int tokenHash = 0;
      int bufferStart = used;
      int tokenFlags = Character.isUpperCase(c) ? UPPER_FIRST : 0;
      while (i < n) {
        c = text.charAt(i);
        f = TextFolding.fold(c);
        if (f == 0) {
          break;
        }
        if (TextFolding.isLeetSymbol(f)) {
          boolean inside = i + 1 < n && isWordChar(TextFolding.fold(text.charAt(i + 1)));
          // A dollar sign straight after a letter reads as an s: Levi$.
          boolean finalS = f == '$' && (tokenFlags & HAS_LETTER) != 0 && isLetter(buffer[used - 1]);
          if (!inside && !finalS) {
            break;
          }
          tokenFlags |= HAS_SYMBOL;
        } else if (f >= '0' && f <= '9') {
          tokenFlags |= HAS_DIGIT;
        } else {
          tokenFlags |= HAS_LETTER;
        }
        tokenFlags |= TextFolding.flags(c);
        buffer[used++] = f;
        tokenHash = 31 * tokenHash + f;
        i++;
      }
      add(tokenStart, i, bufferStart, used - bufferStart, tokenFlags);
      hashes[size - 1] = tokenHash;
      if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) | 0x20) == 's') {
        if (i + 2 >= n || !isWordChar(TextFolding.fold(text.charAt(i + 2)))) {
          i += 2;
        }
      }
    }
  }

  private static boolean isWordChar(char folded) {
    return folded != 0 && !TextFolding.isLeetSymbol(folded);
  }

  private static boolean isLetter(char folded) {
    return folded >= 'a' && folded <= 'z';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`';
  }

  private void add(int from, int to, int bufferStart, int length, int tokenFlags) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      normStart = Arrays.copyOf(normStart, cap);
      normLength = Arrays.copyOf(normLength, cap);
      flags = Arrays.copyOf(flags, cap);
      hashes = Arrays.copyOf(hashes, cap);
    }
    start[size] = from;
    end[size] = to;
    normStart[size] = bufferStart;
    normLength[size] = length;
    flags[size] = tokenFlags;
    size++;
  }

  public int size() {
    return size;
  }

  /** Offset of the token's first character in the original text. */
  public int start(int token) {
    return start[token];
  }

  /** Offset just past the token's last character in the original text. */
  public int end(int token) {
    return end[token];
  }

  /** The shared buffer holding every token's folded characters. */
  public char[] buffer() {
    return buffer;
  }

  public int normStart(int token) {
    return normStart[token];
  }

  public int normLength(int token) {
    return normLength[token];
  }

  /** The token's {@link TermTable#polynomial} hash, computed while it was folded. */
  public int hash(int token) {
    return hashes[token];
  }

  public int flags(int token) {
    return flags[token];
  }

  public boolean has(int token, int flag) {
    return (flags[token] & flag) != 0;
  }

  /**
   * Whether the token mixes letters with digits or symbols, as {@code N1ke} and {@code Adid@s} do.
   */
  public boolean isLeet(int token) {
    int f = flags[token];
    return (f & HAS_LETTER) != 0 && (f & (HAS_DIGIT | HAS_SYMBOL)) != 0;
  }

  /**
   * Writes the token with digits and symbols read as the letters they imitate into {@link
   * #leetBuffer()} at the token's {@link #normStart(int)}, and returns its length.
   */
  public int decodeLeet(int token) {
    int from = normStart[token];
    int len = normLength[token];
    for (int k = 0; k < len; k++) {
      char c = buffer[from + k];
      char l = TextFolding.leetLetter(c);
      leet[from + k] = l == 0 ? c : l;
    }
    return len;
  }

  public char[] leetBuffer() {
    return leet;
  }

  /** The folded token as a string, for messages and tests; not for hot paths. */
  public String term(int token) {
    return new String(buffer, normStart[token], normLength[token]);
  }
}
