package com.clearmark.bench.jmh;

import com.clearmark.bench.image.SyntheticPhotos;
import com.clearmark.engine.image.ImageHasher;
import com.clearmark.engine.image.ImageHashes;
import com.clearmark.engine.image.ImageIndex;
import com.clearmark.engine.image.Pdq;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One listing image looked up among 1,000,000 stored hashes, milliseconds per query (target under 5
 * ms). {@code query} is {@link ImageIndex#query(ImageHashes, int)} for the 3 best; the baseline of
 * the same run, {@code linearScan}, makes the same comparisons (whole and mirrored hash against
 * every whole image, their 64-bit keys against every sub-window, the central windows' keys against
 * every whole image) over every stored hash.
 *
 * <p>Layouts: {@code windows} stores 22,222 images with their 44 sub-windows (1,000,008 hashes, 45
 * per image), as the register of a brand's photos is; {@code whole} stores 1,000,000 images without
 * sub-windows (1,000,000 256-bit hashes and their 1,000,000 keys). The stored hashes: 1,000
 * synthetic photos hashed for real, the rest derived from them by flipping each bit with a chance
 * of 20 to 50%, so that bands are as unevenly filled as real hashes make them. The queries: 200 of
 * the 1,000 photos resized to 70% and recompressed, each of which must find its original.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main ImageLookupBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class ImageLookupBenchmark {

  private static final int BASES = 1_000;
  private static final int QUERIES = 200;

  @Param({"windows", "whole"})
  public String layout;

  private ImageIndex index;
  private long[] wholeWords;
  private long[] wholeKeys;
  private long[] windowKeys;
  private ImageHashes[] queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    var random = new SplittableRandom(16);
    ImageHashes[] bases = new ImageHashes[BASES];
    queries = new ImageHashes[QUERIES];
    for (int i = 0; i < BASES; i++) {
      var photo = SyntheticPhotos.photo(i, 320, 240);
      bases[i] = ImageHasher.hash(photo);
      if (i < QUERIES) {
        queries[i] = ImageHasher.hash(SyntheticPhotos.jpeg(SyntheticPhotos.resized(photo, 0.7)));
      }
    }
    boolean windows = layout.equals("windows");
    int images = windows ? 22_222 : 1_000_000;
    index = new ImageIndex();
    wholeWords = new long[images * 4];
    wholeKeys = new long[images];
    windowKeys = new long[windows ? images * ImageHashes.WINDOW_COUNT : 0];
    for (int id = 0; id < images; id++) {
      ImageHashes h =
          id < BASES ? bases[id] : derived(bases[random.nextInt(BASES)], windows, random);
      if (!windows && !h.windows().isEmpty()) {
        h = new ImageHashes(h.quick(), h.pdq(), h.quality(), List.of(), h.mirror());
      }
      index.add(id, h);
      for (int w = 0; w < 4; w++) {
        wholeWords[id * 4 + w] = word(h.pdq(), w);
      }
      wholeKeys[id] = h.quick();
      for (int w = 0; w < h.windows().size(); w++) {
        windowKeys[id * ImageHashes.WINDOW_COUNT + w] = low(h.windows().get(w));
      }
    }
  }

  private static ImageHashes derived(ImageHashes base, boolean windows, SplittableRandom random) {
    double chance = 0.2 + 0.3 * random.nextDouble();
    Pdq pdq = flipped(base.pdq(), chance, random);
    List<Pdq> subWindows = new ArrayList<>();
    if (windows) {
      for (Pdq w : base.windows()) {
        subWindows.add(flipped(w, chance, random));
      }
    }
    return new ImageHashes(low(pdq), pdq, base.quality(), subWindows, base.mirror());
  }

  private static Pdq flipped(Pdq hash, double chance, SplittableRandom random) {
    var hex = new StringBuilder(hash.hex());
    for (int i = 0; i < hex.length(); i++) {
      int digit = Character.digit(hex.charAt(i), 16);
      for (int b = 0; b < 4; b++) {
        if (random.nextDouble() < chance) {
          digit ^= 1 << b;
        }
      }
      hex.setCharAt(i, Character.forDigit(digit, 16));
    }
    return Pdq.ofHex(hex.toString());
  }

  /** Word {@code w} (bits {@code 64 w} to {@code 64 w + 63}) of the hash. */
  private static long word(Pdq hash, int w) {
    String hex = hash.hex();
    return Long.parseUnsignedLong(hex.substring((3 - w) * 16, (4 - w) * 16), 16);
  }

  /** The bits of the 8x8 lowest frequencies, as {@link ImageHashes#quick()} is made. */
  private static long low(Pdq hash) {
    long bits = 0;
    for (int row = 0; row < 8; row++) {
      for (int column = 0; column < 8; column++) {
        if (hash.bit(row * 16 + column)) {
          bits |= 1L << (row * 8 + column);
        }
      }
    }
    return bits;
  }

  private ImageHashes nextQuery() {
    next = (next + 1) % QUERIES;
    return queries[next];
  }

  @Benchmark
  public List<ImageIndex.Match> query() {
    return index.query(nextQuery(), 3);
  }

  @Benchmark
  public int linearScan() {
    ImageHashes q = nextQuery();
    long p0 = word(q.pdq(), 0);
    long p1 = word(q.pdq(), 1);
    long p2 = word(q.pdq(), 2);
    long p3 = word(q.pdq(), 3);
    long m0 = word(q.mirror(), 0);
    long m1 = word(q.mirror(), 1);
    long m2 = word(q.mirror(), 2);
    long m3 = word(q.mirror(), 3);
    long quick = q.quick();
    long mirrorKey = low(q.mirror());
    long[] central = new long[4];
    int c = 0;
    for (int w : new int[] {4, 41, 42, 43}) {
      central[c++] = low(q.windows().get(w));
    }
    int matches = 0;
    int images = wholeKeys.length;
    for (int id = 0; id < images; id++) {
      int at = id * 4;
      int d =
          Long.bitCount(wholeWords[at] ^ p0)
              + Long.bitCount(wholeWords[at + 1] ^ p1)
              + Long.bitCount(wholeWords[at + 2] ^ p2)
              + Long.bitCount(wholeWords[at + 3] ^ p3);
      int m =
          Long.bitCount(wholeWords[at] ^ m0)
              + Long.bitCount(wholeWords[at + 1] ^ m1)
              + Long.bitCount(wholeWords[at + 2] ^ m2)
              + Long.bitCount(wholeWords[at + 3] ^ m3);
      if (d <= ImageIndex.MATCH_DISTANCE || m <= ImageIndex.MATCH_DISTANCE) {
        matches++;
      }
      for (long key : central) {
        if (Long.bitCount(wholeKeys[id] ^ key) <= ImageIndex.WINDOW_DISTANCE) {
          matches++;
        }
      }
    }
    for (long key : windowKeys) {
      if (Long.bitCount(key ^ quick) <= ImageIndex.WINDOW_DISTANCE
          || Long.bitCount(key ^ mirrorKey) <= ImageIndex.WINDOW_DISTANCE) {
        matches++;
      }
    }
    return matches;
  }
}
