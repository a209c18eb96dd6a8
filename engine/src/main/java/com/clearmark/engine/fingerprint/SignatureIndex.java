package com.clearmark.engine.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds the stored signatures most like a given one without comparing it with all of them, by
 * locality-sensitive hashing over bands of the signature's slots.
 *
 * <p><b>Bands.</b> The first {@link #BANDS}·{@link #ROWS} slots of a signature are cut into {@link
 * #BANDS} bands of {@link #ROWS} consecutive slots. Two signatures become candidates when at least
 * one band agrees in all its slots. For texts of Jaccard similarity {@code s} one band agrees with
 * probability {@code s^r}, so the pair is a candidate with probability {@code 1 − (1 − s^r)^b}, an
 * S-curve in {@code s}. With {@code b = 42, r = 3}:
 *
 * <pre>
 *   s           0.1    0.2    0.3    0.4    0.5    0.6    0.8
 *   candidate   0.04   0.29   0.68   0.94   0.996  0.99996 1.0
 * </pre>
 *
 * <p>so a pair at 0.5 or more is missed at most 4 times in 1,000 and unrelated texts (well under
 * 0.1) are rarely even looked at. Every candidate is then verified by comparing the whole
 * signatures slot by slot ({@link Signature#similarity}); what a query returns is exact for the
 * signatures, never a band-only guess.
 *
 * <p><b>Layout.</b> The slots of all stored signatures sit in one {@code int[]}, {@code 128} per
 * entry; per band, a bucket table of entry numbers chained through a second {@code int[]}, the band
 * slots themselves compared while walking the chain (no stored band keys). A query computes 42 band
 * hashes, walks 42 short chains and verifies its candidates: its cost grows with the number of
 * candidates, not with the size of the index. Memory is about 1 KB per entry, half of it the slots.
 * Removed entries are reused by later additions.
 *
 * <p><b>Bounded work.</b> A query verifies at most {@link #MAX_CANDIDATES} distinct candidates; an
 * index holding that many copies of one text answers with the best of those it verified.
 *
 * <p><b>Threads.</b> Every method may be called from any thread. Queries and {@link #size()} run
 * concurrently under a shared read lock; {@link #add} and {@link #remove} take the exclusive write
 * lock, so one writer at a time changes the index while no query is running. Each call is atomic: a
 * query sees every addition and removal that returned before it started and none that started after
 * it returned, never half of one. Many writers are safe too, only serialised.
 */
public final class SignatureIndex {
  /** How many bands a signature is cut into. */
  public static final int BANDS = 42;

  /** How many slots each band holds. */
  public static final int ROWS = 3;

  /** The most candidates a query verifies. */
  public static final int MAX_CANDIDATES = 100_000;

  private static final int NONE = -1;
  private static final int INITIAL_ENTRIES = 64;

  /** The search result: a stored id and how alike its signature is to the query, from 0 to 1. */
  public record Match(long id, double similarity) {}

  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparingDouble(Match::similarity).reversed().thenComparingLong(Match::id);

  private final int hashes;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final IdSlots slotOfId = new IdSlots();

  private long[] ids = new long[INITIAL_ENTRIES];
  private boolean[] live = new boolean[INITIAL_ENTRIES];
  private int[] slots;
  private int[] next;
  private int[][] heads;
  private int bucketMask;
  private int used;
  private int size;
  private int[] free = new int[16];
  private int freeCount;

  /** An empty index for signatures of {@link MinHasher#standard()}. */
  public SignatureIndex() {
    this(MinHasher.STANDARD_HASHES);
  }

  /** An empty index for signatures of {@code hashes} slots, at least {@code BANDS · ROWS}. */
  public SignatureIndex(int hashes) {
    if (hashes < BANDS * ROWS) {
      throw new IllegalArgumentException(
          "a signature index needs signatures of at least " + BANDS * ROWS + " slots");
    }
    this.hashes = hashes;
    slots = new int[INITIAL_ENTRIES * hashes];
    next = new int[INITIAL_ENTRIES * BANDS];
    allocateBuckets(INITIAL_ENTRIES * 2);
  }

  /** How many signatures are stored. */
  public int size() {
    lock.readLock().lock();
    try {
      return size;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Stores the signature under {@code id}, replacing what was stored under it. An empty signature
   * is not stored (it is like nothing), but still replaces, so the id then holds nothing.
   *
   * @throws IllegalArgumentException when the signature has another number of slots
   */
  public void add(long id, Signature signature) {
    if (!signature.isEmpty()) {
      checkSize(signature);
    }
    lock.writeLock().lock();
    try {
      removeLocked(id);
      if (signature.isEmpty()) {
        return;
      }
      int entry = allocate();
      ids[entry] = id;
      live[entry] = true;
      System.arraycopy(signature.slots(), 0, slots, entry * hashes, hashes);
      link(entry);
      slotOfId.put(id, entry);
      size++;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets the signature stored under {@code id}; nothing happens when there is none. */
  public void remove(long id) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * The stored signatures at least {@code minSimilarity} alike to {@code signature}, best first
   * (ties by id), at most {@code limit} of them. An empty signature matches nothing.
   *
   * @throws IllegalArgumentException when the signature has another number of slots, or the limit
   *     is negative
   */
  public List<Match> query(Signature signature, double minSimilarity, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("the limit must not be negative");
    }
    if (signature.isEmpty() || limit == 0) {
      return List.of();
    }
    checkSize(signature);
    int[] query = signature.slots();
    int[] candidates = new int[64];
    int found = 0;
    lock.readLock().lock();
    try {
      collect:
      for (int band = 0; band < BANDS; band++) {
        int entry = heads[band][bucket(query, band)];
        while (entry != NONE) {
          if (bandAgrees(entry, band, query)) {
            if (found == candidates.length) {
              candidates = Arrays.copyOf(candidates, found * 2);
            }
            candidates[found++] = entry;
            if (found >= 4 * MAX_CANDIDATES) {
              break collect;
            }
          }
          entry = next[entry * BANDS + band];
        }
      }
      Arrays.sort(candidates, 0, found);
      List<Match> matches = new ArrayList<>();
      int verified = 0;
      for (int i = 0; i < found && verified < MAX_CANDIDATES; i++) {
        int entry = candidates[i];
        if (i > 0 && candidates[i - 1] == entry) {
          continue;
        }
        verified++;
        double similarity = Signature.agreeing(slots, entry * hashes, query) / (double) hashes;
        if (similarity >= minSimilarity) {
          matches.add(new Match(ids[entry], similarity));
        }
      }
      matches.sort(BEST_FIRST);
      return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * A 32-bit hash of one band of a signature, for callers that block pairs by band themselves (as
   * {@code SellerNetworks} does over all sellers at once): signatures that agree on the band have
   * equal keys; unequal bands collide with probability 2<sup>-32</sup>.
   */
  public static int bandKey(Signature signature, int band) {
    if (band < 0 || band >= BANDS) {
      throw new IllegalArgumentException("band " + band + " is not between 0 and " + (BANDS - 1));
    }
    long h = Mix.mix((band + 1) * Mix.GOLDEN);
    int from = band * ROWS;
    for (int r = 0; r < ROWS; r++) {
      h = Mix.mix(h + signature.slot(from + r));
    }
    return (int) (h >>> 32);
  }

  /** Whether the two signatures agree on every slot of the band. */
  public static boolean bandAgrees(Signature a, Signature b, int band) {
    int from = band * ROWS;
    for (int r = 0; r < ROWS; r++) {
      if (a.slot(from + r) != b.slot(from + r)) {
        return false;
      }
    }
    return true;
  }

  private void checkSize(Signature signature) {
    if (signature.size() != hashes) {
      throw new IllegalArgumentException(
          "the index holds signatures of " + hashes + " slots, not " + signature.size());
    }
  }

  private boolean bandAgrees(int entry, int band, int[] query) {
    int from = band * ROWS;
    int base = entry * hashes + from;
    for (int r = 0; r < ROWS; r++) {
      if (slots[base + r] != query[from + r]) {
        return false;
      }
    }
    return true;
  }

  private int bucket(int[] values, int offset, int band) {
    long h = Mix.mix((band + 1) * Mix.GOLDEN);
    int from = band * ROWS;
    for (int r = 0; r < ROWS; r++) {
      h = Mix.mix(h + values[offset + from + r]);
    }
    return (int) h & bucketMask;
  }

  private int bucket(int[] query, int band) {
    return bucket(query, 0, band);
  }

  private void link(int entry) {
    for (int band = 0; band < BANDS; band++) {
      int b = bucket(slots, entry * hashes, band);
      next[entry * BANDS + band] = heads[band][b];
      heads[band][b] = entry;
    }
  }

  private void removeLocked(long id) {
    int entry = slotOfId.remove(id);
    if (entry == NONE) {
      return;
    }
    for (int band = 0; band < BANDS; band++) {
      int b = bucket(slots, entry * hashes, band);
      int at = heads[band][b];
      int before = NONE;
      while (at != entry) {
        before = at;
        at = next[at * BANDS + band];
      }
      int after = next[entry * BANDS + band];
      if (before == NONE) {
        heads[band][b] = after;
      } else {
        next[before * BANDS + band] = after;
      }
    }
    live[entry] = false;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, freeCount * 2);
    }
    free[freeCount++] = entry;
    size--;
  }

  private int allocate() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (used == ids.length) {
      int capacity = ids.length * 2;
      ids = Arrays.copyOf(ids, capacity);
      live = Arrays.copyOf(live, capacity);
      slots = Arrays.copyOf(slots, capacity * hashes);
      next = Arrays.copyOf(next, capacity * BANDS);
    }
    if (used + 1 > bucketMask + 1) {
      allocateBuckets((bucketMask + 1) * 2);
      for (int entry = 0; entry < used; entry++) {
        if (live[entry]) {
          link(entry);
        }
      }
    }
    return used++;
  }

  private void allocateBuckets(int buckets) {
    heads = new int[BANDS][buckets];
    for (int[] band : heads) {
      Arrays.fill(band, NONE);
    }
    bucketMask = buckets - 1;
  }

  /** Open addressing from id to entry, linear probing with deletion by backward shift. */
  private static final class IdSlots {
    private long[] keys = new long[128];
    private int[] values = new int[128];
    private boolean[] filled = new boolean[128];
    private int count;

    void put(long key, int value) {
      if ((count + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = home(key, mask);
      while (filled[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (!filled[i]) {
        count++;
      }
      filled[i] = true;
      keys[i] = key;
      values[i] = value;
    }

    /** Removes the key and returns its value, or {@code NONE}. */
    int remove(long key) {
      int mask = keys.length - 1;
      int i = home(key, mask);
      while (filled[i]) {
        if (keys[i] == key) {
          int value = values[i];
          shiftBack(i, mask);
          count--;
          return value;
        }
        i = (i + 1) & mask;
      }
      return NONE;
    }

    private void shiftBack(int hole, int mask) {
      int i = hole;
      while (true) {
        i = (i + 1) & mask;
        if (!filled[i]) {
          break;
        }
        int home = home(keys[i], mask);
        // The entry at i may fill the hole unless its home lies cyclically in (hole, i].
        boolean stays = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
        if (!stays) {
          keys[hole] = keys[i];
          values[hole] = values[i];
          hole = i;
        }
      }
      filled[hole] = false;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldFilled = filled;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      filled = new boolean[oldKeys.length * 2];
      count = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldFilled[i]) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static int home(long key, int mask) {
      return (int) Mix.mix(key) & mask;
    }
  }
}
