package com.clearmark.bench;

import com.clearmark.engine.index.IndexFile;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.TextFolding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs Clearmark and its two baselines side by side, in one process and one run, on the same seeded
 * registry and listings with the same number of threads, and prints one table.
 *
 * <p>For each registry size: each engine is built from the registry (timed; heap measured as the
 * growth of the used heap after garbage collection), warmed up ({@link #warmUp}), then timed over
 * the listings with every thread busy; recall is the share of injected look-alikes whose mark the
 * engine reports for that listing; latency is measured one listing at a time on one thread. The
 * Lucene baseline is far slower, so it screens a prefix of the corpus ({@code --lucene-sample});
 * every engine's recall is measured on the same prefix so that the recall column compares like with
 * like. Clearmark's index is also written to a snapshot file and loaded back, timed.
 *
 * <pre>
 * java -Xmx12g -jar bench/target/clearmark-bench.jar [--sizes 100000,1000000,3000000]
 *     [--listings 20000] [--lucene-sample 1000] [--threads 2] [--seed 42] [--engines ...]
 * </pre>
 */
public final class Comparison {

  private record Row(
      int marks,
      String engine,
      double buildSeconds,
      long heapMb,
      int screened,
      double listingsPerSecond,
      double p99Millis,
      double recall,
      int injected,
      double commonRecall,
      int commonInjected) {}

  public static void main(String[] args) throws Exception {
    var options = new Options(args);
    var generator = new SyntheticListings();
    var corpus = generator.generate(options.listings, options.seed);
    System.out.printf(
        "Corpus: %,d listings (%.1f KB average), %,d injected look-alikes; %d threads; seed %d%n",
        corpus.listings().size(),
        averageKb(corpus.listings()),
        corpus.injections().size(),
        options.threads,
        options.seed);
    var rows = new ArrayList<Row>();
    for (int size : options.sizes) {
      List<Mark> marks = SyntheticRegistry.generate(size, options.seed);
      System.out.printf("%nRegistry of %,d marks%n", size);
      for (String engine : options.engines) {
        rows.add(run(engine, marks, corpus, options));
      }
    }
    System.out.println();
    print(rows);
  }

  private static Row run(
      String engine, List<Mark> marks, SyntheticListings.Corpus corpus, Options options)
      throws Exception {
    long before = usedHeap();
    long start = System.nanoTime();
    Detector detector;
    MarkIndex index = null;
    switch (engine) {
      case "clearmark" -> {
        index = MarkIndex.build(marks, false);
        detector = new ClearmarkDetector(index);
      }
      case "lucene" -> detector = new LuceneDetector(marks);
      case "ahocorasick" -> detector = new AhoCorasickDetector(marks);
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    }
    double build = (System.nanoTime() - start) / 1e9;
    long heap = Math.max(0, usedHeap() - before) >> 20;
    if (index != null) {
      snapshot(index);
    }
    int limit = engine.equals("lucene") ? options.luceneSample : corpus.listings().size();
    List<Listing> listings =
        corpus.listings().subList(0, Math.min(limit, corpus.listings().size()));
    warmUp(detector, listings, options.threads);
    double perSecond = throughput(detector, listings, options.threads);
    double p99 = p99(detector, listings.subList(0, Math.min(listings.size(), 5000)));
    var recall = new Recall(detector, corpus, listings.size());
    var common = new Recall(detector, corpus, Math.min(options.luceneSample, listings.size()));
    var row =
        new Row(
            marks.size(),
            detector.name(),
            build,
            heap,
            listings.size(),
            perSecond,
            p99,
            recall.share(),
            recall.injected,
            common.share(),
            common.injected);
    if (!recall.missedByKind.isEmpty()) {
      System.out.println("  missed by kind: " + recall.missedByKind);
    }
    System.out.printf(
        Locale.ROOT,
        "  %-22s build %6.1f s  heap %6d MB  %,10.0f listings/s  p99 %7.3f ms  recall %.3f"
            + " (common sample %.3f)%n",
        row.engine(),
        row.buildSeconds(),
        row.heapMb(),
        row.listingsPerSecond(),
        row.p99Millis(),
        row.recall(),
        row.commonRecall());
    return row;
  }

  private static void snapshot(MarkIndex index) throws IOException {
    Path file = Files.createTempFile("clearmark-bench-", ".idx");
    try {
      long t0 = System.nanoTime();
      IndexFile.write(index, file);
      long t1 = System.nanoTime();
      var loaded = IndexFile.read(file);
      long t2 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "  Clearmark snapshot: %,d bytes, written in %.1f s, loaded in %.2f s (%,d marks)%n",
          Files.size(file),
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          loaded.markCount());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Runs the engine over its listings until the just-in-time compiler has settled: passes until at
   * least three of them and 60,000 listings are done, or fifteen seconds have gone. Every engine
   * gets the same rule.
   */
  static void warmUp(Detector detector, List<Listing> listings, int threads) throws Exception {
    long until = System.nanoTime() + 15_000_000_000L;
    long done = 0;
    for (int pass = 0;
        (pass < 3 || done < 60_000) && System.nanoTime() < until && !listings.isEmpty();
        pass++) {
      throughput(detector, listings, threads);
      done += listings.size();
    }
  }

  /** Listings per second with every thread pulling listings from a shared counter. */
  static double throughput(Detector detector, List<Listing> listings, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var next = new AtomicInteger();
      long start = System.nanoTime();
      var futures = new ArrayList<Future<Integer>>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  int sink = 0;
                  for (int i = next.getAndIncrement();
                      i < listings.size();
                      i = next.getAndIncrement()) {
                    sink += detector.detect(listings.get(i)).size();
                  }
                  return sink;
                }));
      }
      for (var f : futures) {
        f.get();
      }
      return listings.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  static double p99(Detector detector, List<Listing> listings) {
    long[] nanos = new long[listings.size()];
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      detector.detect(listings.get(i));
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return nanos.length == 0 ? 0 : nanos[(int) Math.floor(nanos.length * 0.99)] / 1e6;
  }

  private static void print(List<Row> rows) {
    System.out.println(
        "| marks | engine | build (s) | heap (MB) | listings screened | listings/s | p99 (ms) |"
            + " look-alike recall, its listings | look-alike recall, common sample |"
            + " Clearmark throughput ÷ this |");
    System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      double clearmark =
          rows.stream()
              .filter(x -> x.marks() == r.marks() && x.engine().equals("Clearmark"))
              .mapToDouble(Row::listingsPerSecond)
              .findFirst()
              .orElse(Double.NaN);
      System.out.printf(
          Locale.ROOT,
          "| %,d | %s | %.1f | %d | %,d | %,.0f | %.3f | %.3f (%d) | %.3f (%d) | %.1f× |%n",
          r.marks(),
          r.engine(),
          r.buildSeconds(),
          r.heapMb(),
          r.screened(),
          r.listingsPerSecond(),
          r.p99Millis(),
          r.recall(),
          r.injected(),
          r.commonRecall(),
          r.commonInjected(),
          clearmark / r.listingsPerSecond());
    }
  }

  /** The share of injected look-alikes among the first {@code limit} listings that were found. */
  private static final class Recall {
    int injected;
    int found;
    final Map<String, Integer> missedByKind = new TreeMap<>();

    Recall(Detector detector, SyntheticListings.Corpus corpus, int limit) {
      for (var injection : corpus.injections()) {
        if (injection.listing() >= limit) {
          continue;
        }
        injected++;
        String key = TextFolding.compactKey(injection.mark().name());
        if (detector.detect(corpus.listings().get(injection.listing())).contains(key)) {
          found++;
        } else {
          missedByKind.merge(injection.kind(), 1, Integer::sum);
        }
      }
    }

    double share() {
      return injected == 0 ? 0 : (double) found / injected;
    }
  }

  private static double averageKb(List<Listing> listings) {
    long chars = 0;
    for (Listing l : listings) {
      chars += l.title().length() + l.brand().length() + l.description().length();
      chars += l.searchTerms().length();
      for (String b : l.bulletPoints()) {
        chars += b.length();
      }
    }
    return listings.isEmpty() ? 0 : chars / 1024.0 / listings.size();
  }

  private static long usedHeap() throws InterruptedException {
    var runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static final class Options {
    int[] sizes = {100_000, 1_000_000, 3_000_000};
    int listings = 20_000;
    int luceneSample = 1_000;
    int threads = Runtime.getRuntime().availableProcessors();
    long seed = 42;
    List<String> engines = List.of("clearmark", "ahocorasick", "lucene");

    Options(String[] args) {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--sizes" ->
              sizes =
                  parse(
                      value,
                      s -> Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray());
          case "--listings" -> listings = parse(value, Integer::parseInt);
          case "--lucene-sample" -> luceneSample = parse(value, Integer::parseInt);
          case "--threads" -> threads = parse(value, Integer::parseInt);
          case "--seed" -> seed = parse(value, Long::parseLong);
          case "--engines" -> engines = List.of(value.split(","));
          default -> usage("unknown option " + args[i]);
        }
        i++;
      }
    }

    private static <T> T parse(String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (RuntimeException e) {
        usage("bad value \"" + value + "\"");
        return null;
      }
    }

    private static void usage(String problem) {
      System.err.println("comparison: " + problem);
      System.err.println(
          "usage: --sizes N,N,... --listings N --lucene-sample N --threads N --seed N"
              + " --engines clearmark,ahocorasick,lucene");
      System.exit(2);
    }
  }
}
