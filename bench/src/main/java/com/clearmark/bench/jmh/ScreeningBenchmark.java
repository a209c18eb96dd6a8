package com.clearmark.bench.jmh;

import com.clearmark.bench.SyntheticListings;
import com.clearmark.bench.SyntheticRegistry;
import com.clearmark.engine.index.MarkHit;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.index.MarkScanner;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
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
 * Microbenchmarks of the hot path, one listing per operation: tokenising alone, scanning every
 * field for marks, and the whole screening with policies. Comparing the three shows where the time
 * of a screening goes; comparing registry sizes shows that the cost per listing does not grow with
 * the registry.
 *
 * <pre>
 * java -jar bench/target/clearmark-bench.jar is the comparison; JMH runs with:
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main ScreeningBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class ScreeningBenchmark {

  @Param({"100000", "1000000"})
  int marks;

  private List<Listing> listings;
  private Screener screener;
  private MarkScanner scanner;
  private final Tokenizer tokenizer = new Tokenizer();
  private final List<MarkHit> hits = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    MarkIndex index = MarkIndex.build(SyntheticRegistry.generate(marks, 42), false);
    listings = new SyntheticListings().generate(2_000, 7).listings();
    screener = new Screener(index);
    scanner = new MarkScanner(index);
  }

  private Listing nextListing() {
    Listing l = listings.get(next);
    next = next + 1 == listings.size() ? 0 : next + 1;
    return l;
  }

  @Benchmark
  public int tokenize() {
    Listing l = nextListing();
    int n = 0;
    tokenizer.reset(l.title());
    n += tokenizer.size();
    for (String b : l.bulletPoints()) {
      tokenizer.reset(b);
      n += tokenizer.size();
    }
    tokenizer.reset(l.description());
    return n + tokenizer.size();
  }

  @Benchmark
  public int scan() {
    Listing l = nextListing();
    hits.clear();
    scanner.scan(l.title(), hits);
    for (String b : l.bulletPoints()) {
      scanner.scan(b, hits);
    }
    scanner.scan(l.description(), hits);
    scanner.scan(l.searchTerms(), hits);
    return hits.size();
  }

  @Benchmark
  public int screen() {
    return screener.screen(nextListing()).score();
  }
}
