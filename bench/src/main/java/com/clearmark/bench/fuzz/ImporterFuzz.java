package com.clearmark.bench.fuzz;

import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.io.MarkReader;
import com.clearmark.engine.io.OwnBrandReader;
import com.clearmark.engine.io.ReferencePriceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Feeds every importer of the engine a stream of malformed files made by {@link Mutator} from the
 * examples, and checks the contract a seller relies on: a file is either read, with each bad row
 * reported by line and field in a plain sentence, or refused whole with such a sentence; nothing
 * else ever escapes (no other exception, no error, no message that reads like a stack trace).
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar com.clearmark.bench.fuzz.ImporterFuzz \
 *     --inputs 100000 --seed 42 --examples examples
 * </pre>
 *
 * Options: {@code --inputs N} in all, shared evenly by the importers (default 100,000); {@code
 * --seed S} (default 42); {@code --examples DIR} the folder of valid files (default {@code
 * examples}); {@code --huge N} the longest pasted cell (default 300,000 characters); {@code
 * --replay IMPORTER:INDEX} writes that one input to {@code --out FILE} (default {@code
 * fuzz-input.bin}) and reads it, IMPORTER being the importer's row in the report from 0. Exit code
 * 0 when every input kept the contract, 1 when one did not (the first few are printed with their
 * number and mutations, to replay), 2 on bad options.
 */
public final class ImporterFuzz {

  private static final Pattern INTERNAL =
      Pattern.compile("Exception|Error:|\\bjava\\.|\\tat |Cannot invoke");

  /** How an importer reads a file: the rows it kept; problems go to the consumer. */
  interface Reading {
    long read(Path file, boolean strict, Consumer<InputProblem> problems);
  }

  record Importer(String name, List<String> seeds, Reading reading) {}

  static List<Importer> importers() {
    Reading listings =
        (file, strict, problems) -> {
          long n = 0;
          Charset encoding = strict ? Charset.forName("windows-1252") : null;
          try (var reader = ListingReader.open(file, encoding, strict, problems)) {
            while (reader.hasNext()) {
              reader.next();
              n++;
            }
          }
          return n;
        };
    return List.of(
        new Importer("listings, canonical CSV", List.of("catalogue.csv"), listings),
        new Importer("listings, All Listings report", List.of("catalogue.tsv"), listings),
        new Importer("listings, category flat file", List.of("flat-file.txt"), listings),
        new Importer("listings, JSON lines", List.of("catalogue.jsonl"), listings),
        new Importer(
            "marks, CSV",
            List.of("marks.csv"),
            (file, strict, problems) -> MarkReader.read(file, strict, problems).size()),
        new Importer(
            "marks, USPTO XML",
            List.of(
                "uspto/bulk-daily-v2-example.xml",
                "uspto/st66-example.xml",
                "uspto/st96-example.xml"),
            (file, strict, problems) -> MarkReader.read(file, strict, problems).size()),
        new Importer(
            "own brands",
            List.of("own-brands.csv"),
            (file, strict, problems) -> OwnBrandReader.read(file, strict, problems).size()),
        new Importer(
            "reference prices",
            List.of("reference-prices.csv"),
            (file, strict, problems) -> ReferencePriceReader.read(file, strict, problems).size()));
  }

  /** What one importer made of its inputs. */
  static final class Tally {
    long inputs;
    long read;
    long rows;
    long rowProblems;
    long refused;
    long broken;
    long nanos;
    long slowestNanos;
    long slowestIndex;
    final List<String> failures = new ArrayList<>();
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    if (options == null) {
      System.err.println(
          "usage: ImporterFuzz [--inputs N] [--seed S] [--examples DIR] [--huge N]"
              + " [--replay IMPORTER:INDEX]");
      System.exit(2);
      return;
    }
    long inputs = Long.parseLong(options.getOrDefault("inputs", "100000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));
    Path examples = Path.of(options.getOrDefault("examples", "examples"));
    int huge = Integer.parseInt(options.getOrDefault("huge", "300000"));
    List<Importer> importers = importers();
    Path work = Files.createTempDirectory("clearmark-fuzz");
    try {
      if (options.containsKey("replay")) {
        String[] target = options.get("replay").split(":");
        Importer importer = importers.get(Integer.parseInt(target[0]));
        var input = mutator(importer, examples, huge).input(seed, Long.parseLong(target[1]));
        Path replayed = Path.of(options.getOrDefault("out", "fuzz-input.bin"));
        Files.write(replayed, input.content());
        System.out.println(
            importer.name() + " input " + target[1] + ": " + input.mutations() + " in " + replayed);
        var tally = new Tally();
        check(importer, input, Long.parseLong(target[1]), work.resolve("input"), tally);
        System.out.println(tally.failures.isEmpty() ? "kept the contract" : tally.failures.get(0));
        System.exit(tally.failures.isEmpty() ? 0 : 1);
        return;
      }
      System.out.printf(
          Locale.ROOT,
          "%,d malformed inputs, seed %d, cells up to %,d characters, from %s%n%n",
          inputs,
          seed,
          huge,
          examples);
      long perImporter = Math.max(1, inputs / importers.size());
      Map<Importer, Tally> tallies = new LinkedHashMap<>();
      long start = System.nanoTime();
      for (Importer importer : importers) {
        Mutator mutator = mutator(importer, examples, huge);
        var tally = new Tally();
        Path file = work.resolve("input");
        for (long i = 0; i < perImporter; i++) {
          check(importer, mutator.input(seed, i), i, file, tally);
        }
        tallies.put(importer, tally);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      report(importers, tallies, seconds);
      boolean kept = tallies.values().stream().allMatch(t -> t.broken == 0);
      System.exit(kept ? 0 : 1);
    } finally {
      try (var files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Mutator mutator(Importer importer, Path examples, int huge) {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : importer.seeds()) {
      try {
        seeds.add(Files.readAllBytes(examples.resolve(name)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the example " + name, e);
      }
    }
    return new Mutator(seeds, huge);
  }

  static void check(Importer importer, Mutator.Input input, long index, Path file, Tally tally) {
    try {
      Files.write(file, input.content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Every fourth input is read strictly, as the command line's --strict does.
    boolean strict = index % 4 == 3;
    List<InputProblem> problems = new ArrayList<>();
    long started = System.nanoTime();
    String broken = null;
    try {
      long rows = importer.reading().read(file, strict, problems::add);
      tally.read++;
      tally.rows += rows;
      for (InputProblem p : problems) {
        String why = unclear(p);
        if (why != null) {
          broken = "a row problem " + why + ": " + p;
          break;
        }
      }
      tally.rowProblems += problems.size();
    } catch (InputException e) {
      tally.refused++;
      String why = unclearRefusal(e.problem());
      if (why != null) {
        broken = "the refusal " + why + ": " + e.problem();
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      broken =
          "escaped: " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
    }
    long took = System.nanoTime() - started;
    tally.inputs++;
    tally.nanos += took;
    if (took > tally.slowestNanos) {
      tally.slowestNanos = took;
      tally.slowestIndex = index;
    }
    if (broken != null) {
      tally.broken++;
      if (tally.failures.size() < 5) {
        tally.failures.add(
            "input "
                + index
                + " "
                + input.mutations()
                + (strict ? " (strict)" : "")
                + ": "
                + broken);
      }
    }
  }

  /** Why a row problem would not help a seller, or null when it does. */
  private static String unclear(InputProblem p) {
    if (p.message().isBlank()) {
      return "has no message";
    }
    if (p.line() == 0 && p.field().isEmpty()) {
      return "names neither line nor field";
    }
    if (INTERNAL.matcher(p.message()).find()) {
      return "reads like an internal error";
    }
    return null;
  }

  private static String unclearRefusal(InputProblem p) {
    if (p.message().isBlank()) {
      return "has no message";
    }
    if (INTERNAL.matcher(p.message()).find()) {
      return "reads like an internal error";
    }
    return null;
  }

  private static void report(List<Importer> importers, Map<Importer, Tally> tallies, double s) {
    System.out.println(
        "| importer | inputs | read | rows kept | row problems | refused whole | broken contract |"
            + " inputs/s | slowest (ms) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    long all = 0;
    for (Importer importer : importers) {
      Tally t = tallies.get(importer);
      all += t.inputs;
      System.out.printf(
          Locale.ROOT,
          "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %,.0f | %.1f (input %d) |%n",
          importer.name(),
          t.inputs,
          t.read,
          t.rows,
          t.rowProblems,
          t.refused,
          t.broken,
          t.inputs / (t.nanos / 1e9),
          t.slowestNanos / 1e6,
          t.slowestIndex);
    }
    System.out.printf(Locale.ROOT, "%n%,d inputs in %.1f s (%,.0f a second)%n", all, s, all / s);
    for (int i = 0; i < importers.size(); i++) {
      Tally t = tallies.get(importers.get(i));
      for (String f : t.failures) {
        System.out.println("BROKEN " + importers.get(i).name() + " (replay " + i + ":...) " + f);
      }
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        return null;
      }
      out.put(args[i].substring(2), args[i + 1]);
    }
    return out;
  }

  private ImporterFuzz() {}
}
