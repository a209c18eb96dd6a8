package com.clearmark.bench.jmh;

import com.clearmark.bench.SyntheticRegistry;
import com.clearmark.engine.index.MarkHit;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.index.MarkScanner;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What hostile input costs: a text of {@code length} characters written as one word or as words of
 * six letters, scanned against a registry of 100,000 marks, and, as the baseline of the same run,
 * only tokenised. Work that is linear in the input keeps {@code scan / tokenize} the same at every
 * length; the quadratic typo search this replaced took 34 s for one word of 200,000 letters.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main LongInputBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class LongInputBenchmark {

  @Param({"1000", "20000", "200000"})
  int length;

  @Param({"word", "words"})
  String shape;

  private static MarkIndex registry;
  private MarkScanner scanner;
  private final Tokenizer tokenizer = new Tokenizer();
  private final List<MarkHit> hits = new ArrayList<>();
  private String text;

  @Setup
  public void setUp() {
    if (registry == null) {
      registry = MarkIndex.build(SyntheticRegistry.generate(100_000, 42), false);
    }
    scanner = new MarkScanner(registry);
    var random = new Random(7);
    var sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      boolean space = shape.equals("words") && i % 7 == 6;
      sb.append(space ? ' ' : (char) ('a' + random.nextInt(26)));
    }
    text = sb.toString();
  }

  @Benchmark
  public int tokenize() {
    tokenizer.reset(text);
    return tokenizer.size();
  }

  @Benchmark
  public int scan() {
    hits.clear();
    scanner.scan(text, hits);
    return hits.size();
  }
}
