package com.clearmark.engine.fingerprint;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A MinHash signature of a text: for each of its hash functions, the smallest value that function
 * gives over the text's shingles (see {@link MinHasher}).
 *
 * <p>For two texts with shingle sets A and B, one slot agrees with probability |A ∩ B| / |A ∪ B|,
 * their Jaccard similarity; the fraction of agreeing slots estimates it, with a standard error of
 * at most {@code 0.5 / sqrt(size)}: 0.044 for the 128 slots of {@link MinHasher#standard()}.
 *
 * <p>A text without a single word has the empty signature: {@link #size()} 0, similar to nothing,
 * encoded as the empty string. Immutable; the slots are copied in and never exposed.
 */
public final class Signature {
  /** The longest {@link #encoded()} form accepted: the width of the column that stores it. */
  public static final int MAX_ENCODED_CHARS = 2000;

  private static final Signature EMPTY = new Signature(new int[0]);

  private final int[] slots;

  private Signature(int[] slots) {
    this.slots = slots;
  }

  /** A signature over copies of the given slot values. */
  public static Signature of(int[] slots) {
    return slots.length == 0 ? EMPTY : new Signature(slots.clone());
  }

  /** The signature of a text with no shingle. */
  public static Signature empty() {
    return EMPTY;
  }

  /** Wraps slots the caller will not touch again. */
  static Signature owning(int[] slots) {
    return slots.length == 0 ? EMPTY : new Signature(slots);
  }

  public int size() {
    return slots.length;
  }

  /** Whether the text had no shingle at all. */
  public boolean isEmpty() {
    return slots.length == 0;
  }

  /** The value of slot {@code i}. */
  public int slot(int i) {
    return slots[i];
  }

  /**
   * The estimated Jaccard similarity of the two texts' shingle sets: the fraction of slots that
   * agree, from 0 to 1. An empty signature is similar to nothing, itself included.
   *
   * @throws IllegalArgumentException when the signatures come from hashers of different sizes
   */
  public double similarity(Signature other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    if (other.slots.length != slots.length) {
      throw new IllegalArgumentException(
          "signatures of " + slots.length + " and " + other.slots.length + " slots do not compare");
    }
    return agreeing(slots, 0, other.slots) / (double) slots.length;
  }

  /**
   * How many of {@code query}'s slots agree with the slots stored in {@code stored} at {@code
   * from}.
   */
  static int agreeing(int[] stored, int from, int[] query) {
    int equal = 0;
    for (int i = 0; i < query.length; i++) {
      if (stored[from + i] == query[i]) {
        equal++;
      }
    }
    return equal;
  }

  int[] slots() {
    return slots;
  }

  /**
   * The slots as base64 of their big-endian bytes: 684 characters for 128 slots, the empty string
   * for the empty signature.
   */
  public String encoded() {
    ByteBuffer bytes = ByteBuffer.allocate(slots.length * Integer.BYTES);
    for (int slot : slots) {
      bytes.putInt(slot);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  /**
   * Reads an {@link #encoded()} signature.
   *
   * @throws IllegalArgumentException when the text is longer than {@link #MAX_ENCODED_CHARS}, not
   *     base64, or not a whole number of slots
   */
  public static Signature decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return EMPTY;
    }
    if (encoded.length() > MAX_ENCODED_CHARS) {
      throw new IllegalArgumentException(
          "an encoded signature has at most " + MAX_ENCODED_CHARS + " characters");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an encoded signature: " + e.getMessage(), e);
    }
    if (bytes.length % Integer.BYTES != 0) {
      throw new IllegalArgumentException("not an encoded signature: not a whole number of slots");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int[] slots = new int[bytes.length / Integer.BYTES];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = buffer.getInt();
    }
    return owning(slots);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other && Arrays.equals(slots, other.slots);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(slots);
  }

  @Override
  public String toString() {
    return isEmpty() ? "Signature[empty]" : "Signature[" + slots.length + " slots]";
  }
}
