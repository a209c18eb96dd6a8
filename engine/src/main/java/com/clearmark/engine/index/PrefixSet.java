package com.clearmark.engine.index;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The prefixes of the registry's keys that the scanner may join tokens up to, kept as 64-bit hashes
 * rather than as text.
 *
 * <p>Storing each prefix of a key as characters costs the square of the key's length: a mark of
 * 20,000 words once needed gigabytes. A prefix's hash is instead computed in one pass over the key,
 * each prefix extending the previous one ({@code h = h·M + c} modulo 2<sup>64</sup>), so a key of
 * {@code n} characters adds at most {@code n} longs. The scanner asks with the same hash of the
 * joined tokens.
 *
 * <p>The answer may be wrong only by saying yes to a slice that is no prefix, when two different
 * texts share a 64-bit hash. That is harmless here: a prefix only decides whether the scanner joins
 * one more token (at most {@code MAX_SPAN} of them), and a match still needs the whole key found
 * exactly in the key table.
 *
 * <p>The set is open addressing with linear probing over a power-of-two table kept at most half
 * full; zero marks an empty slot, so a hash that happens to be zero is stored as one.
 */
final class PrefixSet {
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private long[] slots = new long[16];
  private int size;

  /** The hash of the empty prefix. */
  static final long EMPTY = 0x2545F4914F6CDD1DL;

  /** The hash of {@code prefix} followed by {@code c}; start from {@link #EMPTY}. */
  static long extend(long prefix, char c) {
    return prefix * MULTIPLIER + c + 1;
  }

  /** The hash of a whole slice. */
  static long hash(char[] chars, int off, int len) {
    long h = EMPTY;
    for (int i = off; i < off + len; i++) {
      h = extend(h, chars[i]);
    }
    return h;
  }

  void add(long hash) {
    long v = stored(hash);
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = slot(v, mask); ; i = (i + 1) & mask) {
      if (slots[i] == v) {
        return;
      }
      if (slots[i] == 0) {
        slots[i] = v;
        size++;
        return;
      }
    }
  }

  boolean contains(long hash) {
    long v = stored(hash);
    int mask = slots.length - 1;
    for (int i = slot(v, mask); ; i = (i + 1) & mask) {
      if (slots[i] == v) {
        return true;
      }
      if (slots[i] == 0) {
        return false;
      }
    }
  }

  boolean contains(char[] chars, int off, int len) {
    return contains(hash(chars, off, len));
  }

  int size() {
    return size;
  }

  private static long stored(long hash) {
    return hash == 0 ? 1 : hash;
  }

  /**
   * A well-mixed slot: the low bits of a polynomial hash follow the last characters too closely.
   */
  private static int slot(long v, int mask) {
    long x = v ^ (v >>> 33);
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    return (int) x & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long v : old) {
      if (v != 0) {
        int i = slot(v, mask);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = v;
      }
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(size);
    for (long v : slots) {
      if (v != 0) {
        out.writeInt((int) (v >>> 32));
        out.writeInt((int) v);
      }
    }
  }

  static PrefixSet read(IndexInput in) {
    var set = new PrefixSet();
    int n = in.getInt();
    int[] halves = in.ints(n * 2);
    for (int i = 0; i < n; i++) {
      set.add(((long) halves[2 * i] << 32) | (halves[2 * i + 1] & 0xFFFFFFFFL));
    }
    return set;
  }
}
