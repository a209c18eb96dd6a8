package com.clearmark.engine.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Registered images, found again from the hashes of a copy by multi-index hashing.
 *
 * <p>Three tables. The <em>whole</em> table holds each registered image's 256-bit hash, cut into 16
 * bands of 16 bits and listed under each band's value. Two hashes within {@value #MATCH_DISTANCE}
 * bits agree to within one bit in at least one band (16 bands differing in 2 or more bits would
 * make 32), so a lookup reads, in each band, the bucket of the band's value and the 16 buckets one
 * bit away, and compares their entries on all 256 bits. Two <em>key</em> tables hold 64-bit keys
 * (the 8x8 lowest frequencies, {@link ImageHashes#quick()}), one those of the registered images,
 * the other those of their {@value ImageHashes#WINDOW_COUNT} sub-windows, each key cut into 4 bands
 * of 16 bits: keys within {@value #WINDOW_DISTANCE} bits agree to within two bits in some band, so
 * a lookup reads 137 buckets per band. Low frequencies move little when an image is shifted by a
 * few percent, which is what a crop to about a sub-window does; the full 256 bits do not survive
 * that.
 *
 * <p>With {@code n} entries of well-spread bands a bucket holds about {@code n / 65,536} of them,
 * so a query reads thousands of entries where a scan would read all {@code n}.
 *
 * <p>A query looks up:
 *
 * <ul>
 *   <li>the copy's whole hash in the whole table ("whole image") and its 64-bit key among the
 *       sub-windows ("crop": the copy shows part of the registered image);
 *   <li>its mirrored hash likewise ("mirrored", "mirrored crop");
 *   <li>the keys of its central sub-windows among the registered whole images ("within a larger
 *       image": borders or other content were added around the registered image).
 * </ul>
 *
 * A key match is kept only when the full hashes it stands for are within {@value
 * #WINDOW_FULL_DISTANCE} of 256 bits too; {@link Match#distance()} is always that full distance.
 *
 * <p>Thread safety: any number of threads may query at once; {@link #add} and {@link #remove} take
 * a write lock, so writes happen one at a time and a query sees an image wholly added or not at
 * all.
 */
public final class ImageIndex {

  /** Most differing bits (of 256) of a whole-image match. */
  public static final int MATCH_DISTANCE = 31;

  /** Most differing bits (of 64) of the keys of a match involving a sub-window. */
  public static final int WINDOW_DISTANCE = 8;

  /**
   * Most differing bits (of 256) of the full hashes of a match involving a sub-window: a shifted
   * copy keeps its low frequencies but not all 256 bits, while unrelated images whose keys agree by
   * chance mostly differ in 80 bits or more.
   */
  public static final int WINDOW_FULL_DISTANCE = 72;

  private static final int VALUES = 1 << 16;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Long, int[]> slotsOf = new HashMap<>();
  private final Table whole = new Table();
  private final KeyTable wholeKeys = new KeyTable();
  private final KeyTable windowKeys = new KeyTable();

  /**
   * One registered image found for a query.
   *
   * @param id the registered image's id
   * @param distance differing bits of the closest pair of hashes on a 0 to 256 scale
   * @param how how the copy relates to the registered image: "whole image", "crop", "mirrored",
   *     "mirrored crop" or "within a larger image"
   */
  public record Match(long id, int distance, String how) {

    public Match {
      Objects.requireNonNull(how, "how");
    }
  }

  /** Registers an image under {@code id}, replacing whatever that id had. */
  public void add(long id, ImageHashes hashes) {
    Objects.requireNonNull(hashes, "hashes");
    lock.writeLock().lock();
    try {
      removeLocked(id);
      List<Pdq> windows = hashes.windows();
      int[] slots = new int[2 + windows.size()];
      Pdq pdq = hashes.pdq();
      slots[0] = whole.store(id, pdq.word(0), pdq.word(1), pdq.word(2), pdq.word(3));
      slots[1] = wholeKeys.store(id, hashes.quick(), pdq);
      for (int w = 0; w < windows.size(); w++) {
        Pdq window = windows.get(w);
        slots[2 + w] = windowKeys.store(id, ImageHashes.low(window), window);
      }
      slotsOf.put(id, slots);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets the image registered under {@code id}; nothing happens for an unknown id. */
  public void remove(long id) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The number of registered images. */
  public int size() {
    lock.readLock().lock();
    try {
      return slotsOf.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The registered images the image of {@code hashes} may copy, closest first, at most {@code
   * limit}, one match per registered image (its closest; on a tie the plainest: whole, mirrored,
   * crop, mirrored crop, within a larger image).
   */
  public List<Match> query(ImageHashes hashes, int limit) {
    Objects.requireNonNull(hashes, "hashes");
    if (limit <= 0) {
      return List.of();
    }
    var found = new ArrayList<Match>();
    lock.readLock().lock();
    try {
      whole.find(hashes.pdq(), MATCH_DISTANCE, "whole image", found);
      whole.find(hashes.mirror(), MATCH_DISTANCE, "mirrored", found);
      windowKeys.find(hashes.quick(), hashes.pdq(), "crop", found);
      windowKeys.find(ImageHashes.low(hashes.mirror()), hashes.mirror(), "mirrored crop", found);
      List<Pdq> windows = hashes.windows();
      for (int w = 0; w < windows.size(); w++) {
        if (ImageHashes.central(w)) {
          Pdq window = windows.get(w);
          wholeKeys.find(ImageHashes.low(window), window, "within a larger image", found);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    return best(found, limit);
  }

  /**
   * The best match of each id, then the ids closest first. A whole-hash match beats any key match
   * of the same id, being the stronger evidence; among equals the plainest relation wins.
   */
  private static List<Match> best(List<Match> found, int limit) {
    if (found.isEmpty()) {
      return List.of();
    }
    var bestOf = new HashMap<Long, Match>();
    Comparator<Match> better =
        Comparator.comparingInt((Match m) -> rank(m.how()) < 2 ? 0 : 1)
            .thenComparingInt(Match::distance)
            .thenComparingInt(m -> rank(m.how()));
    for (Match m : found) {
      bestOf.merge(m.id(), m, (a, b) -> better.compare(a, b) <= 0 ? a : b);
    }
    var out = new ArrayList<>(bestOf.values());
    out.sort(
        Comparator.comparingInt(Match::distance)
            .thenComparingInt(m -> rank(m.how()))
            .thenComparingLong(Match::id));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  private static int rank(String how) {
    return switch (how) {
      case "whole image" -> 0;
      case "mirrored" -> 1;
      case "crop" -> 2;
      case "mirrored crop" -> 3;
      default -> 4;
    };
  }

  private void removeLocked(long id) {
    int[] slots = slotsOf.remove(id);
    if (slots == null) {
      return;
    }
    whole.free(slots[0]);
    wholeKeys.free(slots[1]);
    for (int i = 2; i < slots.length; i++) {
      windowKeys.free(slots[i]);
    }
  }

  /**
   * 256-bit hashes in slots, each listed in 16 band tables of 16 bits. Not thread-safe: the index's
   * lock guards it.
   */
  private static final class Table {

    private final int bands;
    private final int width;
    private final int[][][] buckets;
    private final int[][] bucketSizes;
    private long[] bits;
    private long[] ids;
    private int[] free = new int[64];
    private int freeCount;
    private int slotCount;

    Table() {
      this.bands = 16;
      this.width = 4;
      this.buckets = new int[bands][VALUES][];
      this.bucketSizes = new int[bands][VALUES];
      this.bits = new long[width * 1024];
      this.ids = new long[1024];
    }

    private int band(long[] words, int at, int band) {
      return (int) (words[at + (band >>> 2)] >>> ((band & 3) * 16)) & 0xffff;
    }

    int store(long id, long... words) {
      int slot;
      if (freeCount > 0) {
        slot = free[--freeCount];
      } else {
        slot = slotCount++;
        if (slot == ids.length) {
          int capacity = ids.length * 2;
          ids = Arrays.copyOf(ids, capacity);
          bits = Arrays.copyOf(bits, capacity * width);
        }
      }
      ids[slot] = id;
      System.arraycopy(words, 0, bits, slot * width, width);
      for (int band = 0; band < bands; band++) {
        int key = band(bits, slot * width, band);
        int size = bucketSizes[band][key];
        int[] bucket = buckets[band][key];
        if (bucket == null) {
          bucket = new int[2];
        } else if (size == bucket.length) {
          bucket = Arrays.copyOf(bucket, size * 2);
        }
        bucket[size] = slot;
        buckets[band][key] = bucket;
        bucketSizes[band][key] = size + 1;
      }
      return slot;
    }

    void free(int slot) {
      for (int band = 0; band < bands; band++) {
        int key = band(bits, slot * width, band);
        int[] bucket = buckets[band][key];
        int size = bucketSizes[band][key];
        for (int e = 0; e < size; e++) {
          if (bucket[e] == slot) {
            bucket[e] = bucket[size - 1];
            bucketSizes[band][key] = size - 1;
            break;
          }
        }
      }
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, freeCount * 2);
      }
      free[freeCount++] = slot;
    }

    /** 256-bit lookup: every entry within {@code limit} bits, each band probed at radius 1. */
    void find(Pdq hash, int limit, String how, List<Match> found) {
      long w0 = hash.word(0);
      long w1 = hash.word(1);
      long w2 = hash.word(2);
      long w3 = hash.word(3);
      long[] query = {w0, w1, w2, w3};
      for (int band = 0; band < bands; band++) {
        int value = band(query, 0, band);
        for (int flip = -1; flip < 16; flip++) {
          int key = flip < 0 ? value : value ^ (1 << flip);
          int[] bucket = buckets[band][key];
          for (int e = 0, size = bucketSizes[band][key]; e < size; e++) {
            int at = bucket[e] * 4;
            int distance =
                Long.bitCount(bits[at] ^ w0)
                    + Long.bitCount(bits[at + 1] ^ w1)
                    + Long.bitCount(bits[at + 2] ^ w2)
                    + Long.bitCount(bits[at + 3] ^ w3);
            if (distance <= limit) {
              found.add(new Match(ids[bucket[e]], distance, how));
            }
          }
        }
      }
    }
  }

  /**
   * 64-bit keys, each listed in 4 band tables of 16 bits with the key itself stored next to its
   * slot in the bucket, so that a bucket is read in one sweep; each slot also keeps the full hash
   * the key was taken from, compared only when the key is close. Not thread-safe: the index's lock
   * guards it.
   */
  private static final class KeyTable {

    private static final int BANDS = 4;

    private final long[][][] bucketKeys = new long[BANDS][VALUES][];
    private final int[][][] bucketSlots = new int[BANDS][VALUES][];
    private final int[][] bucketSizes = new int[BANDS][VALUES];
    private long[] keys = new long[1024];
    private long[] full = new long[4 * 1024];
    private long[] ids = new long[1024];
    private int[] free = new int[64];
    private int freeCount;
    private int slotCount;

    private static int band(long key, int band) {
      return (int) (key >>> (band * 16)) & 0xffff;
    }

    int store(long id, long key, Pdq hash) {
      int slot;
      if (freeCount > 0) {
        slot = free[--freeCount];
      } else {
        slot = slotCount++;
        if (slot == ids.length) {
          int capacity = ids.length * 2;
          ids = Arrays.copyOf(ids, capacity);
          keys = Arrays.copyOf(keys, capacity);
          full = Arrays.copyOf(full, capacity * 4);
        }
      }
      ids[slot] = id;
      keys[slot] = key;
      for (int w = 0; w < 4; w++) {
        full[slot * 4 + w] = hash.word(w);
      }
      for (int band = 0; band < BANDS; band++) {
        int value = band(key, band);
        int size = bucketSizes[band][value];
        long[] inline = bucketKeys[band][value];
        int[] slots = bucketSlots[band][value];
        if (inline == null) {
          inline = new long[2];
          slots = new int[2];
        } else if (size == inline.length) {
          inline = Arrays.copyOf(inline, size * 2);
          slots = Arrays.copyOf(slots, size * 2);
        }
        inline[size] = key;
        slots[size] = slot;
        bucketKeys[band][value] = inline;
        bucketSlots[band][value] = slots;
        bucketSizes[band][value] = size + 1;
      }
      return slot;
    }

    void free(int slot) {
      long key = keys[slot];
      for (int band = 0; band < BANDS; band++) {
        int value = band(key, band);
        int[] slots = bucketSlots[band][value];
        long[] inline = bucketKeys[band][value];
        int size = bucketSizes[band][value];
        for (int e = 0; e < size; e++) {
          if (slots[e] == slot) {
            slots[e] = slots[size - 1];
            inline[e] = inline[size - 1];
            bucketSizes[band][value] = size - 1;
            break;
          }
        }
      }
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, freeCount * 2);
      }
      free[freeCount++] = slot;
    }

    /**
     * Every entry whose key is within {@value #WINDOW_DISTANCE} bits of {@code key} and whose full
     * hash is within {@value #WINDOW_FULL_DISTANCE} bits of {@code hash}; each band is probed at
     * radius 2 (4 bands of 3 or more differing bits would make 12).
     */
    void find(long key, Pdq hash, String how, List<Match> found) {
      for (int band = 0; band < BANDS; band++) {
        int value = band(key, band);
        scan(band, value, key, hash, how, found);
        for (int i = 0; i < 16; i++) {
          scan(band, value ^ 1 << i, key, hash, how, found);
          for (int j = i + 1; j < 16; j++) {
            scan(band, value ^ 1 << i ^ 1 << j, key, hash, how, found);
          }
        }
      }
    }

    private void scan(int band, int value, long key, Pdq hash, String how, List<Match> found) {
      long[] inline = bucketKeys[band][value];
      for (int e = 0, size = bucketSizes[band][value]; e < size; e++) {
        if (Long.bitCount(inline[e] ^ key) <= WINDOW_DISTANCE) {
          int slot = bucketSlots[band][value][e];
          int at = slot * 4;
          int distance =
              Long.bitCount(full[at] ^ hash.word(0))
                  + Long.bitCount(full[at + 1] ^ hash.word(1))
                  + Long.bitCount(full[at + 2] ^ hash.word(2))
                  + Long.bitCount(full[at + 3] ^ hash.word(3));
          if (distance <= WINDOW_FULL_DISTANCE) {
            found.add(new Match(ids[slot], distance, how));
          }
        }
      }
    }
  }
}
