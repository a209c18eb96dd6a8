package com.clearmark.bench;

import com.clearmark.engine.index.IndexFile;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.mark.Mark;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the corpus of the Spark benchmark (issue 17): an index of synthetic marks, and synthetic
 * listings as canonical CSV twice over, split into files for Spark and whole for the CLI.
 *
 * <p>Listings are made in chunks of {@value #CHUNK}, chunk {@code c} from seed {@code seed + c},
 * and written before the next chunk is made, so memory holds one chunk however many listings are
 * asked for. Because the chunks do not depend on the total, the first 200,000 listings of a run for
 * 1,000,000 are the listings of a run for 200,000. SKUs and ASINs are numbered across chunks so
 * that every listing has its own.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar com.clearmark.bench.SparkCorpus \
 *     --marks 1000000 --listings 1000000 --files 16 --seed 42 --out /tmp/corpus
 * java -cp bench/target/clearmark-bench.jar com.clearmark.bench.SparkCorpus --probe /tmp/corpus/marks.idx
 * </pre>
 *
 * With {@code --out DIR} it writes {@code DIR/marks.idx}, {@code DIR/parts/part-NNNNN.csv} and
 * {@code DIR/listings.csv}; {@code --marks 0} or {@code --listings 0} leaves that part out. {@code
 * --probe FILE} loads an index and prints its load time and the heap it holds after garbage
 * collection: the memory one executor JVM needs for its copy.
 */
public final class SparkCorpus {

  static final int CHUNK = 10_000;

  static final String HEADER =
      "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,"
          + "marketplace";

  private SparkCorpus() {}

  public static void main(String[] args) throws IOException {
    int marks = 1_000_000;
    int listings = 1_000_000;
    int files = 16;
    long seed = 42;
    Path out = null;
    Path probe = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        usage(a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--marks" -> marks = Integer.parseInt(v.replace("_", ""));
        case "--listings" -> listings = Integer.parseInt(v.replace("_", ""));
        case "--files" -> files = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--out" -> out = Path.of(v);
        case "--probe" -> probe = Path.of(v);
        default -> usage("unknown option " + a);
      }
    }
    if (probe != null) {
      probe(probe);
      return;
    }
    if (out == null || files < 1 || marks < 0 || listings < 0) {
      usage("--out is required, --files at least 1");
    }
    Files.createDirectories(out);
    if (marks > 0) {
      writeIndex(marks, seed, out.resolve("marks.idx"));
    }
    if (listings > 0) {
      writeListings(listings, files, seed, out);
    }
  }

  private static void usage(String problem) {
    System.err.println("SparkCorpus: " + problem);
    System.err.println(
        "usage: SparkCorpus [--marks N] [--listings M] [--files K] [--seed S] --out DIR"
            + "\n       SparkCorpus --probe INDEX");
    System.exit(2);
  }

  /** Generates, builds and writes the index, timing each step apart. */
  static void writeIndex(int size, long seed, Path target) throws IOException {
    long t0 = System.nanoTime();
    List<Mark> marks = SyntheticRegistry.generate(size, seed);
    long t1 = System.nanoTime();
    MarkIndex index = MarkIndex.build(marks, false);
    long t2 = System.nanoTime();
    IndexFile.write(index, target);
    long t3 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "index marks=%d generate_s=%.1f build_s=%.1f write_s=%.1f file_bytes=%d file=%s%n",
        size,
        seconds(t1 - t0),
        seconds(t2 - t1),
        seconds(t3 - t2),
        Files.size(target),
        target);
  }

  /** Writes the listings chunk by chunk to the split files and the whole file at once. */
  static void writeListings(int count, int files, long seed, Path out) throws IOException {
    Path parts = out.resolve("parts");
    Files.createDirectories(parts);
    long t0 = System.nanoTime();
    var generator = new SyntheticListings();
    // Contiguous ranges, the last file taking the remainder, so file k holds listings in order.
    int perFile = (count + files - 1) / files;
    var writers = new ArrayList<Writer>();
    try (Writer whole = writer(out.resolve("listings.csv"))) {
      whole.write(HEADER);
      whole.write('\n');
      int written = 0;
      for (int chunk = 0; written < count; chunk++) {
        int n = Math.min(CHUNK, count - written);
        List<Listing> batch = generator.generate(n, seed + chunk).listings();
        for (Listing l : batch) {
          int file = written / perFile;
          while (writers.size() <= file) {
            Writer w = writer(parts.resolve(String.format("part-%05d.csv", writers.size())));
            w.write(HEADER);
            w.write('\n');
            writers.add(w);
            if (writers.size() > 1) {
              writers.get(writers.size() - 2).close();
            }
          }
          String row = row(l, written + 1);
          writers.get(file).write(row);
          whole.write(row);
          written++;
        }
      }
    } finally {
      for (Writer w : writers) {
        w.close();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "listings count=%d files=%d generate_write_s=%.1f whole_bytes=%d dir=%s%n",
        count,
        writers.size(),
        seconds(System.nanoTime() - t0),
        Files.size(out.resolve("listings.csv")),
        parts);
  }

  private static Writer writer(Path p) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
  }

  /** One CSV line; the generator numbers each chunk from 1, so the number is the global one. */
  static String row(Listing l, int number) {
    var sb = new StringBuilder(2048);
    field(sb, String.format(Locale.ROOT, "SYN-%08d", number)).append(',');
    field(sb, String.format(Locale.ROOT, "B%09X", number)).append(',');
    field(sb, l.title()).append(',');
    field(sb, l.brand()).append(',');
    field(sb, String.join("|", l.bulletPoints())).append(',');
    field(sb, l.description()).append(',');
    field(sb, l.searchTerms()).append(',');
    field(sb, l.price() == null ? "" : l.price().toPlainString()).append(',');
    field(sb, l.currency()).append(',');
    field(sb, l.category()).append(',');
    field(sb, l.marketplace()).append('\n');
    return sb.toString();
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  static StringBuilder field(StringBuilder sb, String v) {
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      return sb.append(v);
    }
    sb.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    return sb.append('"');
  }

  /** Loads an index and reports what it holds on the heap once the garbage is collected. */
  static void probe(Path file) {
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    MarkIndex index = IndexFile.read(file);
    long t1 = System.nanoTime();
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "probe file_bytes=%d load_s=%.1f heap_mb=%d file=%s%n",
        sizeOf(file),
        seconds(t1 - t0),
        (after - before) >> 20,
        file);
    // Kept reachable until measured, so the collection above cannot take the index.
    if (index.hashCode() == 42) {
      System.out.print("");
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long usedAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
