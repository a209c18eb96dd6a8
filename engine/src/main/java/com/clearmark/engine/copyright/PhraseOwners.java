package com.clearmark.engine.copyright;

import java.util.Arrays;

/**
 * For every phrase of the registered texts, the distinct owners whose texts hold it: the count
 * {@link TextWorks} needs to tell a standard statement from one owner's wording.
 *
 * <p>A phrase is a 64-bit hash of {@value TextWorks#PHRASE_SHINGLES} consecutive folded shingles,
 * an owner a 32-bit key. The phrases live in an open-addressing table with linear probing (deleted
 * by shifting the following entries back, so no tombstones build up); each phrase heads a chain of
 * (owner, number of that owner's phrase occurrences) nodes in a pooled array with a free list.
 * Adding or removing one occurrence costs one probe and a walk of the phrase's chain, which is as
 * long as the number of distinct owners holding the phrase; {@link #owners} stops walking at the
 * count it is asked about. Two owners whose keys collide count as one, which can only make a
 * statement look less standard, never hide a copy.
 *
 * <p><b>Memory.</b> 12 bytes per table slot at a load between 0.25 and 0.5 (24 to 48 bytes per
 * distinct phrase) and 12 bytes per (phrase, owner) node: about 50 bytes per word of registered
 * text that no other text of the same owner repeats. Not thread-safe: {@link TextWorks} calls it
 * under its lock.
 */
final class PhraseOwners {

  private static final int NONE = -1;

  private long[] keys = new long[1024];
  private int[] heads = new int[1024];
  private int phrases;

  private int[] nodeOwner = new int[1024];
  private int[] nodeCount = new int[1024];
  private int[] nodeNext = new int[1024];
  private int nodesUsed;
  private int freeNode = NONE;

  /** Records one occurrence of {@code phrase} in a text of {@code owner}. */
  void add(long phrase, int owner) {
    long key = nonZero(phrase);
    if ((phrases + 1) * 2 > keys.length) {
      grow();
    }
    int t = slot(key);
    if (keys[t] == 0) {
      keys[t] = key;
      heads[t] = NONE;
      phrases++;
    }
    for (int n = heads[t]; n != NONE; n = nodeNext[n]) {
      if (nodeOwner[n] == owner) {
        nodeCount[n]++;
        return;
      }
    }
    int n = newNode();
    nodeOwner[n] = owner;
    nodeCount[n] = 1;
    nodeNext[n] = heads[t];
    heads[t] = n;
  }

  /** Forgets one occurrence recorded by {@link #add} with the same arguments. */
  void remove(long phrase, int owner) {
    long key = nonZero(phrase);
    int t = slot(key);
    if (keys[t] == 0) {
      return;
    }
    int previous = NONE;
    for (int n = heads[t]; n != NONE; previous = n, n = nodeNext[n]) {
      if (nodeOwner[n] != owner) {
        continue;
      }
      if (--nodeCount[n] > 0) {
        return;
      }
      if (previous == NONE) {
        heads[t] = nodeNext[n];
      } else {
        nodeNext[previous] = nodeNext[n];
      }
      nodeNext[n] = freeNode;
      freeNode = n;
      if (heads[t] == NONE) {
        deleteSlot(t);
      }
      return;
    }
  }

  /** How many distinct owners hold {@code phrase}, counted up to {@code atMost}. */
  int owners(long phrase, int atMost) {
    int t = slot(nonZero(phrase));
    if (keys[t] == 0) {
      return 0;
    }
    int count = 0;
    for (int n = heads[t]; n != NONE && count < atMost; n = nodeNext[n]) {
      count++;
    }
    return count;
  }

  private static long nonZero(long phrase) {
    return phrase == 0 ? 1 : phrase;
  }

  private int home(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (Long.numberOfLeadingZeros(keys.length) + 1));
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int t = home(key);
    while (keys[t] != 0 && keys[t] != key) {
      t = (t + 1) & mask;
    }
    return t;
  }

  /** Empties slot {@code t} and shifts back the entries of its probe run that hashed before it. */
  private void deleteSlot(int t) {
    int mask = keys.length - 1;
    int hole = t;
    int next = (hole + 1) & mask;
    while (keys[next] != 0) {
      int home = home(keys[next]);
      // The entry may move into the hole unless its home lies cyclically after the hole.
      boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
      if (movable) {
        keys[hole] = keys[next];
        heads[hole] = heads[next];
        hole = next;
      }
      next = (next + 1) & mask;
    }
    keys[hole] = 0;
    phrases--;
  }

  private int newNode() {
    if (freeNode != NONE) {
      int n = freeNode;
      freeNode = nodeNext[n];
      return n;
    }
    if (nodesUsed == nodeOwner.length) {
      int size = nodesUsed + (nodesUsed >> 1);
      nodeOwner = Arrays.copyOf(nodeOwner, size);
      nodeCount = Arrays.copyOf(nodeCount, size);
      nodeNext = Arrays.copyOf(nodeNext, size);
    }
    return nodesUsed++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int t = slot(oldKeys[i]);
        keys[t] = oldKeys[i];
        heads[t] = oldHeads[i];
      }
    }
  }
}
