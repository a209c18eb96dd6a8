package com.clearmark.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.clearmark.engine.context.OwnBrand;
import com.clearmark.engine.index.IndexFile;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.io.OwnBrandReader;
import com.clearmark.engine.io.ReferencePriceReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Screens listings in Spark executors with the engine {@code clearmark screen} runs.
 *
 * <h2>A run</h2>
 *
 * <ol>
 *   <li>The driver checks the arguments, reads the index file's version from its header and ships
 *       the file to every executor with {@code SparkContext.addFile}; the seller's own-brand and
 *       reference-price files are read (their problems reported) and broadcast as bytes.
 *   <li>Listings are read into rows ({@link ListingInput}) and kept on the executors; a file the
 *       engine refuses whole stops the run before anything is written, malformed rows are counted,
 *       reported and written to {@code problems/}.
 *   <li>Unless {@code --no-catalogue}, each partition learns its part of the catalogue profile
 *       (brands, product words), the parts are merged in a tree and the profile is broadcast: the
 *       profile one pass over the whole catalogue would learn, as the CLI learns it.
 *   <li>Given {@code --previous}, a listing whose content hash, registry version and settings match
 *       a previous result keeps that result; every other listing is screened. A changed registry,
 *       threshold or seller file changes the version or settings, so everything is screened again.
 *   <li>Each partition screens through its executor's {@link ScreeningSetup.Prepared screener}.
 *   <li>Results are written as Parquet partitioned by decision and run date ({@code results/}),
 *       with counts per decision, rule and mark ({@code summary/}), JSON lines on request ({@code
 *       jsonl/}) and a manifest ({@code run.json}). All of it is written under a staging folder
 *       that is renamed to the output folder only when complete.
 * </ol>
 */
public final class ScreenJob {

  /** Index files already given to {@code addFile}, by application and version. */
  private static final Map<String, String> SHIPPED = new ConcurrentHashMap<>();

  private ScreenJob() {}

  public static void main(String[] args) {
    if (args.length == 0 || List.of(args).contains("--help")) {
      System.out.print(JobOptions.USAGE);
      return;
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.Mistake e) {
      System.err.println("clearmark-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("clearmark screen").getOrCreate();
    int status = 0;
    try {
      RunSummary summary = run(spark, options, System.err);
      System.out.println(summary.line(options.output()));
    } catch (JobOptions.Mistake e) {
      System.err.println("clearmark-spark: " + e.getMessage());
      status = 2;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job in a session the caller owns; errors in the input raise {@link
   * JobOptions.Mistake}.
   */
  static RunSummary run(SparkSession spark, JobOptions options, PrintStream log) {
    FileSystem fs = ListingInput.fileSystem(spark, options.output());
    var output = new org.apache.hadoop.fs.Path(options.output());
    var staging = new org.apache.hadoop.fs.Path(options.output() + ".in-progress");
    try {
      if (fs.exists(output)) {
        throw new JobOptions.Mistake(
            "--output: " + options.output() + " already exists; give a new folder per run");
      }
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new JobOptions.Mistake("--output: cannot check " + options.output() + ": " + e);
    }
    String indexVersion = indexVersion(options.index());
    String indexName = ship(spark, options.index(), indexVersion);
    log.println("clearmark-spark: registry " + options.index() + " (version " + indexVersion + ")");

    byte[] ownBrands = sellerFile(options.ownBrands(), "--own-brands");
    byte[] prices = sellerFile(options.referencePrices(), "--reference-prices");
    boolean dated = false;
    try {
      if (options.ownBrands() != null) {
        for (OwnBrand b : OwnBrandReader.read(options.ownBrands(), false, p -> warn(log, p))) {
          dated |= b.validFrom() != null || b.validTo() != null;
        }
      }
      if (options.referencePrices() != null) {
        ReferencePriceReader.read(options.referencePrices(), false, p -> warn(log, p));
      }
    } catch (InputException e) {
      throw new JobOptions.Mistake(e.getMessage());
    }
    String settings = settings(options, indexVersion, ownBrands, prices, dated);
    var sc = spark.sparkContext();
    var seller =
        sc.broadcast(
            new ScreeningSetup.SellerFiles(ownBrands, prices),
            scala.reflect.ClassTag$.MODULE$.apply(ScreeningSetup.SellerFiles.class));

    Dataset<Row> input = ListingInput.read(spark, options).persist(StorageLevel.MEMORY_AND_DISK());
    Incremental.Split split = null;
    try {
      // One pass counts listings, malformed rows and refused files.
      Map<String, Long> kinds = new java.util.HashMap<>();
      for (Row k :
          input
              .groupBy(
                  when(col("problem").isNull(), lit("listing"))
                      .when(col("row").equalTo(ListingRows.REFUSED_FILE), lit("refused"))
                      .otherwise(lit("problem"))
                      .as("kind"))
              .count()
              .collectAsList()) {
        kinds.put(k.getString(0), k.getLong(1));
      }
      if (kinds.getOrDefault("refused", 0L) > 0) {
        var refused =
            input
                .filter(
                    col("problem").isNotNull().and(col("row").equalTo(ListingRows.REFUSED_FILE)))
                .limit(1)
                .collectAsList();
        Row r = refused.get(0);
        long more = kinds.get("refused") - 1;
        throw new JobOptions.Mistake(
            "the listings file "
                + r.getString(0)
                + " is refused: "
                + r.getString(r.fieldIndex("problem"))
                + (more > 0 ? " (and " + more + " more files)" : "")
                + "; nothing was written");
      }
      // Refused files stopped the run above, so every problem left is a malformed row.
      Dataset<Row> problems = input.filter(col("problem").isNotNull());
      long problemCount = kinds.getOrDefault("problem", 0L);
      if (problemCount > 0) {
        for (Row p : problems.limit(10).collectAsList()) {
          log.println(
              "warning: "
                  + new InputProblem(p.getString(0), p.getLong(2), p.getString(16), p.getString(17))
                  + " (row skipped)");
        }
        if (problemCount > 10) {
          log.printf("warning: %,d malformed rows in all, listed in problems/%n", problemCount);
        }
      }
      Dataset<Row> listings = input.filter(col("problem").isNull());
      long listingCount = kinds.getOrDefault("listing", 0L);
      if (listingCount == 0) {
        throw new JobOptions.Mistake("no listings were read from " + options.listings());
      }
      log.printf("clearmark-spark: read %,d listings from %s%n", listingCount, options.listings());

      Broadcast<byte[]> catalogue = null;
      if (options.learnCatalogue()) {
        byte[] learned = CatalogueLearning.learn(listings);
        log.printf(
            "clearmark-spark: learned the catalogue's brands and product words (%,d KB)%n",
            learned.length / 1024);
        catalogue = sc.broadcast(learned, scala.reflect.ClassTag$.MODULE$.apply(byte[].class));
      }
      var setup =
          new ScreeningSetup(
              indexName,
              indexVersion,
              seller,
              catalogue,
              options.today(),
              options.reviewThreshold(),
              options.blockThreshold());

      Dataset<Row> toScreen = listings;
      Dataset<Row> reused = null;
      long screenedCount = listingCount;
      if (options.previous() != null) {
        split = Incremental.split(spark, listings, options.previous(), indexVersion, settings);
        toScreen = split.toScreen();
        reused = split.reused().withColumn("run_date", lit(options.runDate().toString()));
        screenedCount = listingCount - reused.count();
        log.printf(
            "clearmark-spark: %,d listings unchanged since %s keep their results%n",
            listingCount - screenedCount, options.previous());
      }
      if (options.partitions() > 0) {
        toScreen = toScreen.repartition(options.partitions());
      }
      Dataset<Row> results =
          toScreen.mapPartitions(
              new ScreenPartition(setup, indexVersion, settings, options.runDate().toString()),
              org.apache.spark.sql.Encoders.row(ResultRows.SCHEMA));
      if (reused != null) {
        results = results.unionByName(reused);
      }
      log.println("clearmark-spark: screening and writing " + options.output());
      String stage = staging.toString();
      results.write().partitionBy("decision", "run_date").parquet(stage + "/results");
      Dataset<Row> written = spark.read().parquet(stage + "/results");
      Dataset<Row> summary = Summaries.of(written);
      summary.coalesce(1).write().parquet(stage + "/summary");
      if (options.jsonl()) {
        Jsonl.write(written, stage + "/jsonl");
      }
      if (problemCount > 0) {
        problems
            .select(
                col("source"),
                col("line"),
                col("problem_field").as("field"),
                col("problem").as("message"))
            .coalesce(1)
            .write()
            .json(stage + "/problems");
      }
      var decisions = Summaries.decisions(spark.read().parquet(stage + "/summary"));
      var run =
          new RunSummary(
              options.runDate(),
              indexVersion,
              settings,
              listingCount,
              screenedCount,
              problemCount,
              decisions);
      Manifest.write(fs, new org.apache.hadoop.fs.Path(stage, "run.json"), options, run);
      if (!fs.rename(staging, output)) {
        throw new IOException("cannot rename " + staging + " to " + output);
      }
      return run;
    } catch (IOException e) {
      throw new JobOptions.Mistake("cannot write " + options.output() + ": " + e.getMessage());
    } finally {
      input.unpersist();
      if (split != null) {
        split.joined().unpersist();
      }
      try {
        fs.delete(staging, true);
      } catch (IOException ignored) {
        // the staging folder is only ever a partial run, and the next run clears it
      }
    }
  }

  private static String indexVersion(Path index) {
    try {
      return IndexFile.version(index);
    } catch (InputException e) {
      throw new JobOptions.Mistake("--index: " + e.getMessage());
    }
  }

  /**
   * Ships the index under a name that holds its version, so that executors of a long-lived session
   * never confuse two registries written to the same path.
   */
  private static String ship(SparkSession spark, Path index, String version) {
    return SHIPPED.computeIfAbsent(
        spark.sparkContext().applicationId() + "/" + version,
        key -> {
          try {
            Path dir = Files.createTempDirectory("clearmark-index-");
            Path named = dir.resolve("registry-" + version + ".idx");
            try {
              Files.createLink(named, index.toAbsolutePath());
            } catch (IOException | UnsupportedOperationException e) {
              Files.copy(index, named);
            }
            spark.sparkContext().addFile(named.toString());
            return named.getFileName().toString();
          } catch (IOException e) {
            throw new JobOptions.Mistake("--index: cannot ship " + index + ": " + e.getMessage());
          }
        });
  }

  private static byte[] sellerFile(Path file, String option) {
    if (file == null) {
      return null;
    }
    try {
      long size = Files.size(file);
      if (size > MAX_SELLER_FILE) {
        throw new JobOptions.Mistake(
            option + ": " + file + " has " + size + " bytes; at most " + MAX_SELLER_FILE);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new JobOptions.Mistake(option + ": cannot read " + file + ": " + e.getMessage());
    }
  }

  /** A bound on a broadcast seller file: 64 MB is about a million authorizations. */
  static final long MAX_SELLER_FILE = 64L << 20;

  /**
   * What besides a listing's content decides its result: the registry version, the thresholds,
   * whether the catalogue is learned, the seller's files, and the day authorizations are judged on
   * when any of them is dated. A previous result is reused only under the same settings.
   */
  private static String settings(
      JobOptions o, String indexVersion, byte[] ownBrands, byte[] prices, boolean dated) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      String head =
          indexVersion
              + "|"
              + o.reviewThreshold()
              + "|"
              + o.blockThreshold()
              + "|"
              + o.learnCatalogue()
              + "|"
              + (dated ? o.today().toString() : "");
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      if (ownBrands != null) {
        sha.update(ownBrands);
      }
      sha.update((byte) 0);
      if (prices != null) {
        sha.update(prices);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void warn(PrintStream log, InputProblem p) {
    log.println("warning: " + p + " (row skipped)");
  }
}
