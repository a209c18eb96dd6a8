package com.clearmark.engine.goods;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Nice classes held as the bits of one {@code long} (bit n for class n) and read through {@link
 * Set}: immutable, iterated in ascending order, equal to any other set of the same classes.
 */
final class NiceClassSet extends AbstractSet<Integer> {

  static final int FIRST = 1;
  static final int LAST = 45;

  static final NiceClassSet EMPTY = new NiceClassSet(0);

  /** Classes 35 to 45 are services; 1 to 34 are goods. */
  static final long SERVICES = bitsFrom(35, LAST);

  private final long bits;

  private NiceClassSet(long bits) {
    this.bits = bits;
  }

  static NiceClassSet of(long bits) {
    return bits == 0 ? EMPTY : new NiceClassSet(bits);
  }

  /**
   * The bits of a set of classes.
   *
   * @throws IllegalArgumentException for a class outside 1..45
   * @throws NullPointerException for a null set or element
   */
  static long bitsOf(Set<Integer> classes) {
    if (classes instanceof NiceClassSet s) {
      return s.bits;
    }
    long bits = 0;
    for (Integer c : classes) {
      bits |= bit(c);
    }
    return bits;
  }

  /** The bit of one class. */
  static long bit(int niceClass) {
    if (niceClass < FIRST || niceClass > LAST) {
      throw new IllegalArgumentException(
          "Nice classes run from " + FIRST + " to " + LAST + ", got " + niceClass);
    }
    return 1L << niceClass;
  }

  private static long bitsFrom(int first, int last) {
    long bits = 0;
    for (int c = first; c <= last; c++) {
      bits |= 1L << c;
    }
    return bits;
  }

  long bits() {
    return bits;
  }

  @Override
  public int size() {
    return Long.bitCount(bits);
  }

  @Override
  public boolean isEmpty() {
    return bits == 0;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof Integer c && c >= FIRST && c <= LAST && (bits & (1L << c)) != 0;
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Iterator<>() {
      private long rest = bits;

      @Override
      public boolean hasNext() {
        return rest != 0;
      }

      @Override
      public Integer next() {
        if (rest == 0) {
          throw new NoSuchElementException();
        }
        int c = Long.numberOfTrailingZeros(rest);
        rest &= rest - 1;
        return c;
      }
    };
  }
}
