package com.clearmark.engine.text;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * An open-addressing hash table from short character sequences to dense int ids, looked up by
 * slices of a {@code char[]} so that the hot path never builds a {@link String}.
 *
 * <p>Keys are copied into one growing {@code char[]} pool; a slot array of size a power of two
 * holds {@code id + 1} (0 marks an empty slot) and is probed linearly. The load factor stays under
 * one half, so a lookup costs one hash over the slice and, on average, under two key comparisons.
 * Ids are assigned in insertion order from 0, which lets callers keep parallel arrays (postings,
 * flags) indexed by id.
 */
public final class TermTable {

  private char[] pool = new char[1024];
  private int poolSize;
  private int[] keyStart = new int[64];
  private int[] keyLength = new int[64];
  private int[] keyHash = new int[64];
  private int size;
  private int[] slots = new int[128];

  /** The id of the slice, or -1 when absent. */
  public int get(char[] chars, int offset, int length) {
    return getHashed(chars, offset, length, polynomial(chars, offset, length));
  }

  /**
   * The id of the slice whose {@link #polynomial} hash the caller already has (the tokenizer
   * computes it while folding), or -1; saves hashing the same word once per table.
   */
  public int getHashed(char[] chars, int offset, int length, int polynomial) {
    int h = mix(polynomial);
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      int id = v - 1;
      if (keyHash[id] == h && equalsKey(id, chars, offset, length)) {
        return id;
      }
    }
  }

  public int get(CharSequence key) {
    char[] chars = key.toString().toCharArray();
    return get(chars, 0, chars.length);
  }

  /** The id of the slice, adding it when absent. */
  public int add(char[] chars, int offset, int length) {
    int h = hash(chars, offset, length);
    int mask = slots.length - 1;
    int s = h & mask;
    for (; ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        break;
      }
      int id = v - 1;
      if (keyHash[id] == h && equalsKey(id, chars, offset, length)) {
        return id;
      }
    }
    if (size == keyStart.length) {
      int cap = size * 2;
      keyStart = Arrays.copyOf(keyStart, cap);
      keyLength = Arrays.copyOf(keyLength, cap);
      keyHash = Arrays.copyOf(keyHash, cap);
    }
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
    }
    System.arraycopy(chars, offset, pool, poolSize, length);
    int id = size++;
    keyStart[id] = poolSize;
    keyLength[id] = length;
    keyHash[id] = h;
    poolSize += length;
    slots[s] = id + 1;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return id;
  }

  public int add(CharSequence key) {
    char[] chars = key.toString().toCharArray();
    return add(chars, 0, chars.length);
  }

  public int size() {
    return size;
  }

  /** The key with the given id, as a string; for building and reporting, not for hot paths. */
  public String key(int id) {
    return new String(pool, keyStart[id], keyLength[id]);
  }

  /** Copies the key with the given id into {@code out}, which must be long enough. */
  public void copyKey(int id, char[] out) {
    System.arraycopy(pool, keyStart[id], out, 0, keyLength[id]);
  }

  public int keyLength(int id) {
    return keyLength[id];
  }

  /**
   * Writes what the table cannot recompute: the count, the key characters and where each key
   * starts. Lengths, hashes and slots are rebuilt by {@link #restore}.
   */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(size);
    out.writeInt(poolSize);
    for (int i = 0; i < poolSize; i++) {
      out.writeChar(pool[i]);
    }
    for (int i = 0; i < size; i++) {
      out.writeInt(keyStart[i]);
    }
  }

  /**
   * Rebuilds a table from what {@link #write} wrote: keys lie in the pool one after the other in id
   * order, so each key ends where the next begins. O(total key length).
   */
  public static TermTable restore(char[] pool, int poolSize, int[] keyStart, int size) {
    if (size < 0 || poolSize < 0 || poolSize > pool.length || size > keyStart.length) {
      throw new IllegalArgumentException("bad term table");
    }
    var t = new TermTable();
    t.pool = pool;
    t.poolSize = poolSize;
    t.size = size;
    t.keyStart = keyStart;
    t.keyLength = new int[Math.max(size, 1)];
    t.keyHash = new int[Math.max(size, 1)];
    for (int id = 0; id < size; id++) {
      int end = id + 1 < size ? keyStart[id + 1] : poolSize;
      if (keyStart[id] < 0 || end < keyStart[id] || end > poolSize) {
        throw new IllegalArgumentException("bad key offsets");
      }
      t.keyLength[id] = end - keyStart[id];
      t.keyHash[id] = hash(pool, keyStart[id], t.keyLength[id]);
    }
    int capacity = Integer.highestOneBit(Math.max(64, size * 2)) * 2;
    t.slots = new int[capacity];
    t.rehash(capacity);
    return t;
  }

  private void rehash(int capacity) {
    int[] fresh = new int[capacity];
    int mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      int s = keyHash[id] & mask;
      while (fresh[s] != 0) {
        s = (s + 1) & mask;
      }
      fresh[s] = id + 1;
    }
    slots = fresh;
  }

  private boolean equalsKey(int id, char[] chars, int offset, int length) {
    if (keyLength[id] != length) {
      return false;
    }
    int p = keyStart[id];
    for (int k = 0; k < length; k++) {
      if (pool[p + k] != chars[offset + k]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] chars, int offset, int length) {
    return mix(polynomial(chars, offset, length));
  }

  /** The plain polynomial hash {@code s[0]·31^(n-1) + … + s[n-1]}, as {@link String} uses. */
  public static int polynomial(char[] chars, int offset, int length) {
    int h = 0;
    for (int k = 0; k < length; k++) {
      h = 31 * h + chars[offset + k];
    }
    return h;
  }

  // Spread the bits so that linear probing over a power-of-two table stays short.
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }
}
