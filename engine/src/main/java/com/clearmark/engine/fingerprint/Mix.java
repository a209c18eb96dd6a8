package com.clearmark.engine.fingerprint;

/**
 * The 64-bit mixing step the fingerprints are built from: Stafford's "variant 13" finaliser, the
 * one SplitMix64 uses. Every input bit affects every output bit with probability close to one half,
 * so that the low or high half of a mixed value can be used as a hash on its own.
 */
final class Mix {
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Mix() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The {@code n}-th value of the SplitMix64 sequence started at {@code seed}. */
  static long sequence(long seed, int n) {
    return mix(seed + (n + 1) * GOLDEN);
  }
}
