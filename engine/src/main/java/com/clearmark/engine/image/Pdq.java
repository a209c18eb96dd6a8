package com.clearmark.engine.image;

import java.util.Arrays;

/**
 * A 256-bit perceptual hash of an image in the manner of PDQ: similar-looking images have hashes
 * that differ in few bits, so the Hamming {@link #distance(Pdq)} says how alike two images look.
 *
 * <p>Bit {@code 16 * row + column} is set when the DCT coefficient at that row and column of the
 * 16x16 low-frequency block is above the block's median (see {@link ImageHasher}). Unrelated images
 * differ in about 128 bits; a resized or recompressed copy typically in fewer than 20.
 */
public final class Pdq {

  /** Bits in a hash. */
  public static final int BITS = 256;

  /** Characters of {@link #hex()}. */
  public static final int HEX_LENGTH = BITS / 4;

  private final long[] words;

  private Pdq(long[] words) {
    this.words = words;
  }

  /** A hash of four 64-bit words, bit {@code i} in word {@code i / 64} at {@code i % 64}. */
  static Pdq ofWords(long w0, long w1, long w2, long w3) {
    return new Pdq(new long[] {w0, w1, w2, w3});
  }

  /** Word {@code i} (0 to 3) of this hash. */
  long word(int i) {
    return words[i];
  }

  /** Whether bit {@code i} (0 to 255) is set. */
  public boolean bit(int i) {
    return (words[i >>> 6] >>> (i & 63) & 1L) != 0;
  }

  /** The number of bits in which the two hashes differ: 0 (same) to 256. */
  public int distance(Pdq other) {
    return Long.bitCount(words[0] ^ other.words[0])
        + Long.bitCount(words[1] ^ other.words[1])
        + Long.bitCount(words[2] ^ other.words[2])
        + Long.bitCount(words[3] ^ other.words[3]);
  }

  /** The hash as 64 lower-case hexadecimal digits, bit 255 first. */
  public String hex() {
    var out = new StringBuilder(HEX_LENGTH);
    for (int w = 3; w >= 0; w--) {
      String digits = Long.toHexString(words[w]);
      out.append("0".repeat(16 - digits.length())).append(digits);
    }
    return out.toString();
  }

  /**
   * Reads a hash written by {@link #hex()}.
   *
   * @throws IllegalArgumentException when the text is not 64 hexadecimal digits
   */
  public static Pdq ofHex(String hex) {
    if (hex == null || hex.length() != HEX_LENGTH) {
      throw new IllegalArgumentException(
          "an image hash must be "
              + HEX_LENGTH
              + " hexadecimal digits, not "
              + (hex == null ? "nothing" : hex.length() + " characters"));
    }
    long[] words = new long[4];
    for (int w = 0; w < 4; w++) {
      long value = 0;
      for (int i = 0; i < 16; i++) {
        char c = hex.charAt((3 - w) * 16 + i);
        int digit = Character.digit(c, 16);
        if (digit < 0) {
          throw new IllegalArgumentException(
              "an image hash has only hexadecimal digits, not '" + c + "'");
        }
        value = value << 4 | digit;
      }
      words[w] = value;
    }
    return new Pdq(words);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pdq p && Arrays.equals(words, p.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return hex();
  }
}
