package com.clearmark.bench.jmh;

import com.clearmark.bench.SyntheticRegistry;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.similarity.Goods;
import com.clearmark.engine.similarity.MarkForm;
import com.clearmark.engine.similarity.MarkSimilarity;
import com.clearmark.engine.text.EditDistance;
import com.clearmark.engine.text.TextFolding;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code compare --pairs} on one core: pairs of marks a second, each pair read from its written
 * form as the command does ({@link MarkForm#of} for both sides, then the full {@link
 * MarkSimilarity#compare} with components and reasons). The baseline of the same run is plain
 * normalised Levenshtein on the folded keys, the measure the model replaced.
 *
 * <p>The pairs are 4,096 marks of a dense synthetic registry ({@link SyntheticRegistry}), half
 * against another mark, half against a misspelling of themselves, with Nice classes.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main CompareBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(1)
public class CompareBenchmark {

  private static final int PAIRS = 4096;

  private String[] earlier;
  private String[] later;
  private Goods[] goods;
  private int next;
  private final MarkSimilarity similarity = new MarkSimilarity();
  private final EditDistance distance = new EditDistance();

  @Setup
  public void setUp() {
    List<Mark> marks = SyntheticRegistry.generate(2 * PAIRS, 7);
    var random = new Random(7);
    earlier = new String[PAIRS];
    later = new String[PAIRS];
    goods = new Goods[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      Mark a = marks.get(2 * i);
      earlier[i] = a.name();
      if (i % 2 == 0) {
        later[i] = marks.get(2 * i + 1).name();
      } else {
        char[] c = a.name().toCharArray();
        int at = random.nextInt(c.length);
        c[at] = Character.isLetter(c[at]) ? (char) ('A' + random.nextInt(26)) : c[at];
        later[i] = new String(c);
      }
      goods[i] = new Goods(a.niceClasses(), marks.get(2 * i + 1).niceClasses(), a.famous());
    }
  }

  /** One pair, scored as {@code compare --pairs} scores it. */
  @Benchmark
  public double compare() {
    int i = next++ & (PAIRS - 1);
    return similarity.compare(MarkForm.of(earlier[i]), MarkForm.of(later[i]), goods[i]).score();
  }

  /** The baseline: normalised Levenshtein on the folded compact keys. */
  @Benchmark
  public double levenshtein() {
    int i = next++ & (PAIRS - 1);
    String a = TextFolding.compactKey(earlier[i]);
    String b = TextFolding.compactKey(later[i]);
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 0 : 1.0 - (double) distance.distance(a, b, max) / max;
  }
}
