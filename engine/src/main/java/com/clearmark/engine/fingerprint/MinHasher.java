package com.clearmark.engine.fingerprint;

import com.clearmark.engine.text.Tokenizer;
import java.util.Arrays;

/**
 * Signs a text with MinHash over its word 3-shingles, so that two listings can be told to be nearly
 * the same text without comparing the texts themselves.
 *
 * <p><b>Shingles.</b> The text is split into words by the engine's {@link Tokenizer}, which folds
 * case, accents, full-width forms and look-alike letters of other scripts as screening does ({@code
 * NIKE}, {@code Nïke} and {@code Ｎike} are one word), drops possessive {@code 's} and separates
 * words on punctuation. Each word is hashed to 64 bits (FNV-1a over its folded characters); each
 * run of three consecutive words is one shingle, hashed by combining the three word hashes in order
 * through {@link Mix#mix}. A text of one or two words is a single shingle of those words, so that a
 * short title still has a signature; a text of none has the {@link Signature#empty() empty}
 * signature.
 *
 * <p><b>Hash functions.</b> Slot {@code i} keeps the minimum over the shingles {@code x} of {@code
 * h_i(x) = (a_i·x + b_i) >>> 32}, computed modulo 2<sup>64</sup>, with {@code a_i} odd and {@code
 * b_i} drawn from one SplitMix64 sequence of a fixed seed (multiply-add-shift hashing, after
 * Dietzfelbinger). The shingle hash is already well mixed, so one multiplication and one addition
 * per slot give independent-looking permutations; a signature costs {@code 2·k} arithmetic
 * operations per shingle for {@code k} slots, and the same seed gives the same signature on every
 * machine and in every version that keeps {@link #STANDARD_SEED}, which matters since signatures
 * are stored.
 *
 * <p><b>Bounded work.</b> Only the first {@link #MAX_CHARS} characters are read and only the first
 * {@link #MAX_SHINGLES} shingles hashed: a listing's title, bullets and description are far
 * shorter, and a hostile text cannot make signing cost more than about {@code MAX_SHINGLES · 2k}
 * operations. Nothing is allocated per word: the tokenizer's buffers and the slot minima are reused
 * per thread; each call allocates its signature.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class MinHasher {
  /** The number of slots of {@link #standard()}. */
  public static final int STANDARD_HASHES = 128;

  /** The seed of {@link #standard()}; changing it makes every stored signature useless. */
  public static final long STANDARD_SEED = 0x5EED_C1EA_12AA_7C15L;

  /** The characters of a text that are read; the rest is ignored. */
  public static final int MAX_CHARS = 200_000;

  /** The shingles of a text that are hashed; the rest are ignored. */
  public static final int MAX_SHINGLES = 10_000;

  static final int SHINGLE_WORDS = 3;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final MinHasher STANDARD = new MinHasher(STANDARD_HASHES, STANDARD_SEED);

  private final long[] multipliers;
  private final long[] increments;
  private final ThreadLocal<Work> work;

  private static final class Work {
    final Tokenizer tokens = new Tokenizer();
    final long[] minima;

    Work(int hashes) {
      minima = new long[hashes];
    }
  }

  private MinHasher(int hashes, long seed) {
    if (hashes < 1) {
      throw new IllegalArgumentException("a MinHasher needs at least one hash function");
    }
    multipliers = new long[hashes];
    increments = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      multipliers[i] = Mix.sequence(seed, 2 * i) | 1L;
      increments[i] = Mix.sequence(seed, 2 * i + 1);
    }
    work = ThreadLocal.withInitial(() -> new Work(hashes));
  }

  /** 128 slots, word 3-shingles, the fixed {@link #STANDARD_SEED}: what stored signatures use. */
  public static MinHasher standard() {
    return STANDARD;
  }

  /**
   * A hasher of another size or seed, for experiments; its signatures compare only with its own.
   */
  public static MinHasher of(int hashes, long seed) {
    return new MinHasher(hashes, seed);
  }

  public int hashes() {
    return multipliers.length;
  }

  /** The signature of {@code text}; empty when it has no word. */
  public Signature sign(CharSequence text) {
    if (text == null || text.length() == 0) {
      return Signature.empty();
    }
    Work w = work.get();
    Tokenizer tokens = w.tokens;
    tokens.reset(text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text);
    int words = tokens.size();
    if (words == 0) {
      return Signature.empty();
    }
    long[] minima = w.minima;
    Arrays.fill(minima, Long.MAX_VALUE);
    if (words < SHINGLE_WORDS) {
      offer(minima, shortShingle(tokens, words));
    } else {
      long first = wordHash(tokens, 0);
      long second = wordHash(tokens, 1);
      int shingles = Math.min(words - (SHINGLE_WORDS - 1), MAX_SHINGLES);
      for (int s = 0; s < shingles; s++) {
        long third = wordHash(tokens, s + 2);
        offer(minima, shingle(first, second, third));
        first = second;
        second = third;
      }
    }
    return signatureOf(minima);
  }

  /**
   * Writes into {@code out} the hashes of the shingles of an already tokenized text, the very
   * values {@link #sign(CharSequence)} takes the minima of: shingle {@code s} starts at word {@code
   * s}, and a text of one or two words has the one shingle of all its words.
   *
   * @return how many were written: at most {@code out.length} and {@link #MAX_SHINGLES}; 0 for a
   *     text without a word
   */
  public static int shingles(Tokenizer tokens, long[] out) {
    int words = tokens.size();
    if (words == 0 || out.length == 0) {
      return 0;
    }
    if (words < SHINGLE_WORDS) {
      out[0] = shortShingle(tokens, words);
      return 1;
    }
    int count = Math.min(Math.min(words - (SHINGLE_WORDS - 1), MAX_SHINGLES), out.length);
    long first = wordHash(tokens, 0);
    long second = wordHash(tokens, 1);
    for (int s = 0; s < count; s++) {
      long third = wordHash(tokens, s + 2);
      out[s] = shingle(first, second, third);
      first = second;
      second = third;
    }
    return count;
  }

  /**
   * The signature of the shingles {@code shingles[from, to)} as {@link #shingles} writes them, so
   * that windows of one text can be signed without reading the text again. Signing the shingles of
   * a whole text gives what {@link #sign(CharSequence)} gives; an empty range the empty signature.
   */
  public Signature sign(long[] shingles, int from, int to) {
    if (from < 0 || to > shingles.length || from > to) {
      throw new IllegalArgumentException(
          "shingles " + from + ".." + to + " of " + shingles.length + " do not exist");
    }
    if (from == to) {
      return Signature.empty();
    }
    long[] minima = work.get().minima;
    Arrays.fill(minima, Long.MAX_VALUE);
    for (int s = from; s < to; s++) {
      offer(minima, shingles[s]);
    }
    return signatureOf(minima);
  }

  private static Signature signatureOf(long[] minima) {
    int[] slots = new int[minima.length];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = (int) minima[i];
    }
    return Signature.owning(slots);
  }

  private static long shortShingle(Tokenizer tokens, int words) {
    long shingle = 0;
    for (int t = 0; t < words; t++) {
      shingle = Mix.mix(shingle * Mix.GOLDEN + wordHash(tokens, t));
    }
    return shingle;
  }

  private static long shingle(long first, long second, long third) {
    return Mix.mix(Mix.mix(first * Mix.GOLDEN + second) * Mix.GOLDEN + third);
  }

  private void offer(long[] minima, long shingle) {
    for (int i = 0; i < minima.length; i++) {
      long h = (multipliers[i] * shingle + increments[i]) >>> 32;
      if (h < minima[i]) {
        minima[i] = h;
      }
    }
  }

  private static long wordHash(Tokenizer tokens, int t) {
    char[] buffer = tokens.buffer();
    int from = tokens.normStart(t);
    int to = from + tokens.normLength(t);
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ buffer[i]) * FNV_PRIME;
    }
    return h;
  }
}
