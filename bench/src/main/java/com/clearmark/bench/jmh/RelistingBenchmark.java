package com.clearmark.bench.jmh;

import com.clearmark.bench.SyntheticListings;
import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.fingerprint.Signature;
import com.clearmark.engine.fingerprint.SignatureIndex;
import com.clearmark.engine.listing.Listing;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stay-down lookup: one freshly captured listing against 1,000,000 stored fingerprints,
 * milliseconds per listing. {@code lookup} signs the listing's text and queries the {@link
 * SignatureIndex} for the five best at similarity 0.5 or more, as a relisting check does; {@code
 * query} is the index alone. The baseline of the same run, {@code bruteForce100k}, compares the
 * signature with every one of 100,000 stored signatures, a tenth of the index: multiply it by ten.
 *
 * <p>The fingerprints: 20,000 synthetic listings ({@link SyntheticListings}) signed, and 980,000
 * derived from them by re-drawing a random 30 to 100% of a base signature's slots, so the index
 * holds families of near and far variants as a marketplace full of template listings does, not only
 * unrelated texts that no band would ever meet. The queries are 1,000 of the base listings relisted
 * with a new title word order and one bullet rewritten.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main RelistingBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx5g"})
public class RelistingBenchmark {
  private static final int FINGERPRINTS = 1_000_000;
  private static final int BASES = 20_000;
  private static final int BASELINE = 100_000;
  private static final int QUERIES = 1_000;

  private final MinHasher hasher = MinHasher.standard();
  private SignatureIndex index;
  private Signature[] baseline;
  private String[] relisted;
  private Signature[] relistedSignatures;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    List<Listing> listings = new SyntheticListings().generate(BASES, 15).listings();
    var random = new SplittableRandom(15);
    Signature[] bases = new Signature[BASES];
    for (int i = 0; i < BASES; i++) {
      bases[i] = hasher.sign(text(listings.get(i)));
    }
    index = new SignatureIndex();
    baseline = new Signature[BASELINE];
    for (int i = 0; i < FINGERPRINTS; i++) {
      Signature s = i < BASES ? bases[i] : variant(bases[random.nextInt(BASES)], random);
      index.add(i, s);
      if (i < BASELINE) {
        baseline[i] = s;
      }
    }
    relisted = new String[QUERIES];
    relistedSignatures = new Signature[QUERIES];
    int found = 0;
    for (int q = 0; q < QUERIES; q++) {
      int base = random.nextInt(BASES);
      Listing l = listings.get(base);
      List<String> bullets = new ArrayList<>(l.bulletPoints());
      bullets.set(0, "Fast shipping from our own warehouse, ships within one day");
      String[] title = l.title().split(" ");
      String swapped = title[title.length - 1];
      title[title.length - 1] = title[1];
      title[1] = swapped;
      relisted[q] =
          String.join(" ", title)
              + "\n"
              + l.brand()
              + "\n"
              + String.join("\n", bullets)
              + "\n"
              + l.description();
      relistedSignatures[q] = hasher.sign(relisted[q]);
      if (index.query(relistedSignatures[q], 0.5, 5).stream().anyMatch(m -> m.id() == base)) {
        found++;
      }
    }
    System.out.println(
        "the relisted listing was among the five best for " + found + " of " + QUERIES);
  }

  private static String text(Listing l) {
    return l.title()
        + "\n"
        + l.brand()
        + "\n"
        + String.join("\n", l.bulletPoints())
        + "\n"
        + l.description();
  }

  private static Signature variant(Signature base, SplittableRandom random) {
    int[] slots = new int[base.size()];
    double redrawn = 0.3 + 0.7 * random.nextDouble();
    for (int i = 0; i < slots.length; i++) {
      slots[i] = random.nextDouble() < redrawn ? random.nextInt() : base.slot(i);
    }
    return Signature.of(slots);
  }

  private int nextQuery() {
    int q = next;
    next = next + 1 == QUERIES ? 0 : next + 1;
    return q;
  }

  @Benchmark
  public List<SignatureIndex.Match> lookup() {
    return index.query(hasher.sign(relisted[nextQuery()]), 0.5, 5);
  }

  @Benchmark
  public List<SignatureIndex.Match> query() {
    return index.query(relistedSignatures[nextQuery()], 0.5, 5);
  }

  @Benchmark
  public int bruteForce100k() {
    Signature s = relistedSignatures[nextQuery()];
    int found = 0;
    for (Signature stored : baseline) {
      if (stored.similarity(s) >= 0.5) {
        found++;
      }
    }
    return found;
  }
}
