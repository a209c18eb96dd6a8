package com.clearmark.engine.text;

/**
 * Optimal string alignment distance (Damerau-Levenshtein restricted to non-overlapping
 * transpositions) with an upper bound, over {@code char[]} slices.
 *
 * <p>Insertions, omissions, repetitions and replacements cost 1, and so does swapping two adjacent
 * letters ({@code Rloex} for {@code Rolex}), which plain Levenshtein counts as 2. The classic
 * dynamic programme fills an (n+1) x (m+1) table; only three rows are kept, and a row whose minimum
 * exceeds the bound stops the computation early, so a failed comparison usually costs O(bound x n).
 * The rows are reused across calls: an instance is not thread-safe.
 */
public final class EditDistance {

  private int[] prev2 = new int[32];
  private int[] prev = new int[32];
  private int[] cur = new int[32];

  /**
   * The distance between the two slices, or {@code max + 1} when it is greater than {@code max}.
   */
  public int distance(char[] a, int aOff, int aLen, char[] b, int bOff, int bLen, int max) {
    if (Math.abs(aLen - bLen) > max) {
      return max + 1;
    }
    if (cur.length <= bLen) {
      int cap = bLen + 1;
      prev2 = new int[cap];
      prev = new int[cap];
      cur = new int[cap];
    }
    for (int j = 0; j <= bLen; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= aLen; i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a[aOff + i - 1];
      for (int j = 1; j <= bLen; j++) {
        char cb = b[bOff + j - 1];
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b[bOff + j - 2] && a[aOff + i - 2] == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[bLen], max + 1);
  }

  public int distance(String a, String b, int max) {
    return distance(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), max);
  }
}
