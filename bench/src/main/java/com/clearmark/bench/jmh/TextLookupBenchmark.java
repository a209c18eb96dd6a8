package com.clearmark.bench.jmh;

import com.clearmark.engine.copyright.TextWorks;
import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.text.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Copied-text lookup: one listing description against 1,000,000 registered texts, milliseconds per
 * description. {@code lookup} is {@link TextWorks#query} as {@code TextCopyCheck} calls it: the
 * description is tokenized, cut into windows and signed, the windows are looked up in the LSH bands
 * and every candidate is verified exactly. The baseline of the same run, {@code scan100k}, does the
 * job without an index: it counts, for each of 100,000 registered texts (a tenth of the register:
 * multiply it by ten), how many of the text's shingles the description holds, through an
 * open-addressing set of the description's shingles, which is all a linear scan needs to find the
 * texts a description copies.
 *
 * <p>The register: 1,000,000 texts of 15 to 22 words (one window each, as a bullet or a short
 * description is), words drawn from a vocabulary of 20,000 with Zipf-like frequencies, one in ten
 * texts also holding one of 50 stock phrases (guarantees, warnings) that many texts share, as real
 * listing copy does. The queries: 1,000 descriptions of 60 to 80 words, half of them holding a
 * whole registered text somewhere inside, half only the seller's own words and a stock phrase.
 * Setup also prints the thread CPU time per description of both, which waits for a busy core do not
 * inflate.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main TextLookupBenchmark -f 1 -wi 1 -i 3 -w 2 -r 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class TextLookupBenchmark {
  private static final int TEXTS = 1_000_000;
  private static final int BASELINE = 100_000;
  private static final int QUERIES = 1_000;
  private static final int VOCABULARY = 20_000;
  private static final int PHRASES = 50;

  private TextWorks works;
  private String[] queries;
  private long[] baselineShingles;
  private int[] baselineStarts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    var random = new SplittableRandom(16);
    String[] words = vocabulary(random);
    String[] phrases = new String[PHRASES];
    for (int p = 0; p < PHRASES; p++) {
      phrases[p] = words(words, random, 8 + random.nextInt(3));
    }
    works = new TextWorks();
    String[] sample = new String[QUERIES];
    Tokenizer tokens = new Tokenizer();
    long[] buffer = new long[64];
    baselineShingles = new long[BASELINE * 24];
    baselineStarts = new int[BASELINE + 1];
    int used = 0;
    for (int i = 0; i < TEXTS; i++) {
      String text = words(words, random, 15 + random.nextInt(8));
      if (random.nextInt(10) == 0) {
        text = phrases[random.nextInt(PHRASES)] + " " + words(words, random, 8);
      }
      works.add(i, text);
      if (i < QUERIES) {
        sample[i] = text;
      }
      if (i < BASELINE) {
        tokens.reset(text);
        int n = MinHasher.shingles(tokens, buffer);
        System.arraycopy(buffer, 0, baselineShingles, used, n);
        used += n;
        baselineStarts[i + 1] = used;
      }
    }
    queries = new String[QUERIES];
    int copied = 0;
    for (int q = 0; q < QUERIES; q++) {
      String before = words(words, random, 20 + random.nextInt(10));
      String after = words(words, random, 20 + random.nextInt(10));
      String middle =
          q % 2 == 0 ? sample[random.nextInt(QUERIES)] : phrases[random.nextInt(PHRASES)];
      queries[q] = before + ". " + middle + ". " + after;
      List<TextWorks.Candidate> found = works.query(queries[q], 3);
      if (q % 2 == 0 && !found.isEmpty() && found.get(0).words() >= 15) {
        copied++;
      }
    }
    System.out.println(
        "the copied text was found, its whole passage, in "
            + copied
            + " of "
            + QUERIES / 2
            + " descriptions holding one; register of "
            + works.size());
    // Wall-clock times on shared cores include the waits for a core; the thread's CPU time does
    // not.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      for (String query : queries) {
        works.query(query, 3);
      }
      long lookups = cpu.getCurrentThreadCpuTime() - start;
      start = cpu.getCurrentThreadCpuTime();
      for (int q = 0; q < 100; q++) {
        scan100k();
      }
      long scans = cpu.getCurrentThreadCpuTime() - start;
      System.out.printf(
          "CPU time per description, round %d: lookup %.3f ms, scan100k %.3f ms%n",
          round + 1, lookups / 1e6 / QUERIES, scans / 1e6 / 100);
    }
  }

  private static String[] vocabulary(SplittableRandom random) {
    String[] words = new String[VOCABULARY];
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < VOCABULARY; i++) {
      w.setLength(0);
      int length = 3 + random.nextInt(7);
      for (int c = 0; c < length; c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
    }
    return words;
  }

  /** Words of Zipf-like frequency: the square of a uniform draw favours the first words. */
  private static String words(String[] words, SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      double u = random.nextDouble();
      if (i > 0) {
        text.append(' ');
      }
      text.append(words[(int) (u * u * u * words.length)]);
    }
    return text.toString();
  }

  @Benchmark
  public List<TextWorks.Candidate> lookup() {
    return works.query(queries[next++ % QUERIES], 3);
  }

  private final Tokenizer scanTokens = new Tokenizer();
  private final long[] scanShingles = new long[TextWorks.MAX_FIELD_SHINGLES];
  private final long[] set = new long[1 << 12];

  @Benchmark
  public int scan100k() {
    scanTokens.reset(queries[next++ % QUERIES]);
    int n = MinHasher.shingles(scanTokens, scanShingles);
    Arrays.fill(set, 0L);
    int mask = set.length - 1;
    for (int i = 0; i < n; i++) {
      long h = scanShingles[i] | 1L;
      int slot = (int) (h ^ (h >>> 29)) & mask;
      while (set[slot] != 0 && set[slot] != h) {
        slot = (slot + 1) & mask;
      }
      set[slot] = h;
    }
    int best = -1;
    int bestShared = 0;
    for (int d = 0; d < BASELINE; d++) {
      int shared = 0;
      for (int k = baselineStarts[d]; k < baselineStarts[d + 1]; k++) {
        long h = baselineShingles[k] | 1L;
        int slot = (int) (h ^ (h >>> 29)) & mask;
        while (set[slot] != 0) {
          if (set[slot] == h) {
            shared++;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      if (shared > bestShared) {
        bestShared = shared;
        best = d;
      }
    }
    return best;
  }
}
