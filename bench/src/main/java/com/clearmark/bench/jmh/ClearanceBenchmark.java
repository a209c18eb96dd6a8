package com.clearmark.bench.jmh;

import com.clearmark.bench.SyntheticRegistry;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.similarity.Clearance;
import com.clearmark.engine.similarity.ClearanceCandidates;
import com.clearmark.engine.similarity.Goods;
import com.clearmark.engine.similarity.MarkForm;
import com.clearmark.engine.similarity.MarkSimilarity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * A clearance search against a dense registry of a million marks ({@link SyntheticRegistry}): the
 * candidates {@link ClearanceCandidates} hands to the scorer, the whole {@link Clearance#check}
 * (candidates, then the confusion model on each), and, as the baseline of the same run, the
 * brute-force loop the first {@code clear} did: the model on every mark.
 *
 * <p>The baseline compares the proposed name with every tenth mark (100,000 of the million), so its
 * time per operation is a tenth of a full pass: multiply by ten to compare. It uses one {@link
 * MarkSimilarity} per search and prepares each mark as it goes. The setup prints how long the index
 * took to build and how much heap it keeps.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main ClearanceBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class ClearanceBenchmark {

  /** The baseline compares the proposed name with one mark in this many. */
  static final int BASELINE_STRIDE = 10;

  @Param({"1000000"})
  int marks;

  /** A misspelling, a sound-alike, a name of several words, a famous mark inside a longer one. */
  @Param({"Adibas", "Lakoste", "Sunny Farm Organics", "Perfumebay", "Karbcher Store"})
  String proposed;

  private static final Function<String, List<String>> EQUIVALENTS =
      word -> Map.of("lobo", List.of("wolf"), "sol", List.of("sun")).getOrDefault(word, List.of());

  private List<Mark> registry;
  private ClearanceCandidates candidates;
  private MarkForm prepared;
  private Clearance clearance;
  private String[] registered;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    registry = SyntheticRegistry.generate(marks, 42);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedHeapAfterGc(memory);
    long start = System.nanoTime();
    candidates = ClearanceCandidates.build(registry);
    long buildNanos = System.nanoTime() - start;
    long after = usedHeapAfterGc(memory);
    System.out.printf(
        "%nClearanceCandidates over %,d marks: built in %,d ms, keeps %,d MB of heap%n",
        marks, buildNanos / 1_000_000, (after - before) >> 20);
    prepared = MarkForm.of(proposed);
    clearance = new Clearance(MarkIndex.build(registry, false));
    registered = new String[1000];
    for (int i = 0; i < registered.length; i++) {
      String name = registry.get((int) ((long) i * registry.size() / registered.length)).name();
      registered[i] = i % 3 == 0 ? name + "X" : name;
    }
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Benchmark
  public int candidates() {
    return candidates.candidates(proposed, EQUIVALENTS, 500).length;
  }

  /** The whole search a user waits for: candidates, then the model on each, in classes 25. */
  @Benchmark
  public int clear() {
    return clearance.check(proposed, Set.of(25)).size();
  }

  /**
   * A search for a registered name with one letter added (a third of them) or as it is: the hardest
   * queries, since a real name meets its many near neighbours in a dense register. Cycles through
   * 1,000 names spread over the registry; the {@code proposed} parameter is not used.
   */
  @Benchmark
  public int clearRegisteredName() {
    String name = registered[next++ % registered.length];
    return clearance.check(name, Set.of(25)).size();
  }

  /** One tenth of the brute-force pass: every tenth mark compared with the proposed name. */
  @Benchmark
  public int bruteForceTenth() {
    var similarity = new MarkSimilarity();
    int conflicts = 0;
    for (int i = 0; i < registry.size(); i += BASELINE_STRIDE) {
      Mark mark = registry.get(i);
      var goods = new Goods(mark.niceClasses(), Set.of(25), mark.famous());
      if (similarity.probability(MarkForm.of(mark.name()), prepared, goods)
          >= similarity.model().possiblyAt()) {
        conflicts++;
      }
    }
    return conflicts;
  }
}
