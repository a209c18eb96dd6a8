package com.clearmark.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one run of {@link ScreenJob} is asked to do, parsed from its arguments. Paths of listings
 * and output are Hadoop paths (local, HDFS, S3 through its connector); the index and the seller's
 * files are read by the driver from its own file system.
 *
 * @param listings paths or globs of listing files or Parquet folders
 * @param inputFormat how the listings are read
 * @param index a {@code clearmark index build} snapshot
 * @param ownBrands brands the seller owns or is authorized to sell, or null
 * @param referencePrices typical prices, or null
 * @param today the day authorizations are judged on
 * @param runDate the day the run is recorded under
 * @param output the folder the run writes; it must not exist
 * @param previous a previous run's output to take unchanged listings' results from, or null
 * @param jsonl whether the results are also written as JSON lines
 * @param learnCatalogue whether the catalogue's brands and product words are learned first
 * @param partitions how many partitions to screen in, or 0 for Spark's default parallelism
 */
record JobOptions(
    List<String> listings,
    InputFormat inputFormat,
    Path index,
    Path ownBrands,
    Path referencePrices,
    LocalDate today,
    LocalDate runDate,
    String output,
    String previous,
    boolean jsonl,
    boolean learnCatalogue,
    int reviewThreshold,
    int blockThreshold,
    String encoding,
    int partitions)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How listing files are read. */
  enum InputFormat {
    /** Parquet files or folders by extension, every other file by the engine's readers. */
    AUTO,
    /** Parquet with the canonical format's columns. */
    PARQUET,
    /**
     * Each file read whole by the engine's readers, its format told from its content: canonical CSV
     * or JSON lines, an All Listings report, a category flat file.
     */
    FILES
  }

  static final String USAGE =
      """
      Usage: spark-submit --class com.clearmark.spark.ScreenJob clearmark-spark.jar \\
               --listings PATH [--listings PATH...] --index REGISTRY.idx --output DIR [options]

      Screens listings in Spark executors with the engine 'clearmark screen' runs, and writes
      the decisions and findings as Parquet partitioned by decision and run date.

        --listings PATH          listing files, folders or globs (repeatable, or comma-separated)
        --input-format FORMAT    auto (default), parquet, or files (each file read whole:
                                 canonical CSV or JSON lines, Amazon reports, flat files)
        --index FILE             the registry, compiled with 'clearmark index build'
        --output DIR             where the run is written; must not exist yet
        --previous DIR           a previous run's output: unchanged listings keep their results
        --jsonl                  also write the results as JSON lines (the CLI's jsonl contract)
        --own-brands FILE        brands you own or are authorized to sell (CSV)
        --reference-prices FILE  typical prices (CSV brand[,product],price[,currency])
        --today DATE             the day authorizations are judged on (default today)
        --run-date DATE          the day the run is recorded under (default today, UTC)
        --review-threshold N     lowest score that is REVIEW (default 40)
        --block-threshold N      lowest score that is BLOCK (default 75)
        --no-catalogue           do not learn the catalogue's own brands and product words first
        --encoding CHARSET       character set of text listing files (default UTF-8)
        --partitions N           partitions to screen in (default: Spark's parallelism)
      """;

  /** An argument that cannot be used; the job prints it and exits with 2. */
  static final class Mistake extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mistake(String message) {
      super(message, null, false, false);
    }
  }

  JobOptions {
    listings = List.copyOf(listings);
    if (listings.isEmpty()) {
      throw new Mistake("--listings is required: the listing files to screen");
    }
    if (index == null) {
      throw new Mistake("--index is required: a registry built with 'clearmark index build'");
    }
    if (output == null || output.isBlank()) {
      throw new Mistake("--output is required: the folder the run is written to");
    }
    if (previous != null && previous.equals(output)) {
      throw new Mistake("--previous and --output must be different folders");
    }
    if (reviewThreshold < 1 || blockThreshold > 100 || reviewThreshold >= blockThreshold) {
      throw new Mistake(
          "--review-threshold must be below --block-threshold, both between 1 and 100; got "
              + reviewThreshold
              + " and "
              + blockThreshold);
    }
    if (partitions < 0 || partitions > 1_000_000) {
      throw new Mistake("--partitions must be between 1 and 1,000,000, got " + partitions);
    }
    if (encoding != null) {
      try {
        Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new Mistake(
            "--encoding: unknown character set \"" + encoding + "\"; try UTF-8 or windows-1252");
      }
    }
  }

  static JobOptions parse(String... args) {
    var listings = new ArrayList<String>();
    InputFormat format = InputFormat.AUTO;
    Path index = null;
    Path ownBrands = null;
    Path prices = null;
    LocalDate today = null;
    LocalDate runDate = null;
    String output = null;
    String previous = null;
    boolean jsonl = false;
    boolean catalogue = true;
    int review = 40;
    int block = 75;
    String encoding = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--jsonl" -> jsonl = true;
        case "--no-catalogue" -> catalogue = false;
        case "--listings" -> {
          for (String p : value(args, ++i, a).split(",")) {
            if (!p.isBlank()) {
              listings.add(p.strip());
            }
          }
        }
        case "--input-format" -> format = format(value(args, ++i, a));
        case "--index" -> index = Path.of(value(args, ++i, a));
        case "--own-brands" -> ownBrands = Path.of(value(args, ++i, a));
        case "--reference-prices" -> prices = Path.of(value(args, ++i, a));
        case "--today" -> today = date(value(args, ++i, a), a);
        case "--run-date" -> runDate = date(value(args, ++i, a), a);
        case "--output" -> output = value(args, ++i, a);
        case "--previous" -> previous = value(args, ++i, a);
        case "--review-threshold" -> review = number(value(args, ++i, a), a);
        case "--block-threshold" -> block = number(value(args, ++i, a), a);
        case "--encoding" -> encoding = value(args, ++i, a);
        case "--partitions" -> partitions = number(value(args, ++i, a), a);
        default -> throw new Mistake("unknown option \"" + a + "\"; see --help");
      }
    }
    LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
    return new JobOptions(
        listings,
        format,
        index,
        ownBrands,
        prices,
        today == null ? utcToday : today,
        runDate == null ? utcToday : runDate,
        output,
        previous,
        jsonl,
        catalogue,
        review,
        block,
        encoding,
        partitions);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new Mistake(option + " needs a value");
    }
    return args[i];
  }

  private static InputFormat format(String v) {
    try {
      return InputFormat.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Mistake("--input-format: expected auto, parquet or files, got \"" + v + "\"");
    }
  }

  private static LocalDate date(String v, String option) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new Mistake(option + ": expected a date as yyyy-MM-dd, got \"" + v + "\"");
    }
  }

  private static int number(String v, String option) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new Mistake(option + ": expected a whole number, got \"" + v + "\"");
    }
  }
}
