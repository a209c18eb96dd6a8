package com.clearmark.cli;

import com.clearmark.engine.context.OwnBrand;
import com.clearmark.engine.context.ReferencePrice;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.io.OwnBrandReader;
import com.clearmark.engine.io.PatentCsvReader;
import com.clearmark.engine.io.ReferencePriceReader;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.patent.PatentCheck;
import com.clearmark.engine.patent.PatentIndex;
import com.clearmark.engine.screening.CatalogueProfile;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.ScreeningResult;
import com.clearmark.engine.screening.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "screen",
    description = {
      "Screens a catalogue for trademark, counterfeit and listing-policy risk.",
      "LISTINGS may be an Amazon All Listings report, a category flat file, or canonical"
          + " CSV/JSONL; the format is detected from the header."
    })
final class ScreenCommand implements Callable<Integer> {

  private static final int BATCH = 256;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LISTINGS", description = "The catalogue file.")
  Path listings;

  @Mixin RegistryOptions registry;

  @Option(
      names = "--own-brands",
      paramLabel = "FILE",
      description =
          "Brands you own or are "
              + "authorized to sell: CSV brand[,asins,skus,valid_from,valid_to].")
  Path ownBrands;

  @Option(
      names = "--reference-prices",
      paramLabel = "FILE",
      description = "Typical prices: CSV " + "brand[,product],price[,currency].")
  Path referencePrices;

  @Option(
      names = "--patents",
      paramLabel = "FILE",
      description =
          "A patent register (CSV number,granted,claims[,kind,type,title,assignee,filed,"
              + "earliest_filing,pta_days,terminal_disclaimer,disclaimed_expiry,lapsed,cpc]):"
              + " listings are also checked against its claims (PT_CLAIM).")
  Path patents;

  @Option(
      names = "--works",
      paramLabel = "FILE",
      description =
          "Protected works (CSV id,kind,title[,owner,description,file,text]): listings are also"
              + " checked for copied text (CR_TEXT) and copied images (CR_IMAGE).")
  Path works;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table, jsonl, csv or html (default table).")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report here instead of standard output; written whole or not at" + " all.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit with 1 when a listing is at or above this decision: review or block.")
  String failOn;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Character set of LISTINGS," + " e.g. windows-1252 (default UTF-8; a BOM is recognised).")
  String encoding;

  @Option(
      names = "--review-threshold",
      defaultValue = "40",
      paramLabel = "SCORE",
      description = "Lowest score that is REVIEW (default 40).")
  int reviewThreshold;

  @Option(
      names = "--block-threshold",
      defaultValue = "75",
      paramLabel = "SCORE",
      description = "Lowest score that is BLOCK (default 75).")
  int blockThreshold;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The day authorizations are " + "judged on, yyyy-MM-dd (default today).")
  LocalDate today;

  @Option(
      names = "--no-catalogue",
      description =
          "Do not read the file once first to learn its brands and product words (by default"
              + " they explain look-alikes away).")
  boolean noCatalogue;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Screening threads (default: one " + "per core).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Decision failLevel = parseFailOn();
    Thresholds thresholds;
    try {
      thresholds = new Thresholds(reviewThreshold, blockThreshold);
    } catch (IllegalArgumentException e) {
      throw new Clearmark.UserMistake("--review-threshold/--block-threshold: " + e.getMessage());
    }
    Charset charset = charset();
    long started = System.nanoTime();
    var index = registry.load(err);
    List<OwnBrand> own =
        ownBrands == null
            ? List.of()
            : OwnBrandReader.read(ownBrands, registry.strict, p -> RegistryOptions.warn(err, p));
    List<ReferencePrice> prices =
        referencePrices == null
            ? List.of()
            : ReferencePriceReader.read(
                referencePrices, registry.strict, p -> RegistryOptions.warn(err, p));
    var catalogue =
        noCatalogue ? CatalogueProfile.EMPTY : CatalogueLearning.learn(listings, charset);
    var context = new SellerContext(own, prices, today);
    var screener = new Screener(index, context, thresholds, catalogue);
    if (patents != null) {
      var register =
          PatentCsvReader.read(patents, registry.strict, p -> RegistryOptions.warn(err, p));
      LocalDate day = today == null ? LocalDate.now(ZoneOffset.UTC) : today;
      screener = screener.withChecks(List.of(new PatentCheck(PatentIndex.build(register), day)));
      err.println(
          "Checking claims of " + Plural.of(register.size(), "patent") + " from " + patents);
    }
    ReportImages images = ReportImages.NONE;
    if (works != null) {
      var register = WorkRegister.load(works, listings, registry.strict, err);
      screener = screener.withChecks(register.checks());
      images = register;
    }
    var summary = new Summary(listings.toString(), index.markCount());

    Path target = output;
    Path temp = null;
    Writer sink;
    if (target != null) {
      Path dir = target.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new Clearmark.UserMistake("--output: folder " + dir + " does not exist");
      }
      temp = OutputFile.part(target);
      sink = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    } else {
      sink = spec.commandLine().getOut();
    }
    boolean done = false;
    var progress = Progress.onTerminal(err, target != null);
    try (var reader =
        ListingReader.open(listings, charset, registry.strict, p -> RegistryOptions.warn(err, p))) {
      Report report = format.open(sink, colours(target), context, images);
      report.begin(summary);
      screenAll(reader, screener, report, summary, progress);
      summary.problems = reader.problemCount();
      summary.format = reader.format().toString();
      summary.seconds = (System.nanoTime() - started) / 1e9;
      report.end(summary);
      sink.flush();
      done = true;
    } catch (InputException e) {
      // The file is refused whole: say what became of the report before the reason is printed.
      err.println(
          target == null
              ? "clearmark: the listings file is refused; the report printed above is incomplete."
              : "clearmark: the listings file is refused; no report was written to "
                  + target
                  + ".");
      throw e;
    } finally {
      progress.finish();
      if (target != null) {
        sink.close();
        if (done) {
          OutputFile.complete(temp, target);
        } else {
          Files.deleteIfExists(temp);
        }
      }
    }
    if (target != null) {
      err.printf(
          "Screened %s: %,d BLOCK, %,d REVIEW, %,d PASS. Report written to %s%n",
          Plural.of(summary.listings, "listing"),
          summary.count(Decision.BLOCK),
          summary.count(Decision.REVIEW),
          summary.count(Decision.PASS),
          target);
    }
    if (failLevel != null) {
      boolean flagged =
          summary.count(Decision.BLOCK) > 0
              || (failLevel == Decision.REVIEW && summary.count(Decision.REVIEW) > 0);
      return flagged ? Clearmark.FLAGGED : 0;
    }
    return 0;
  }

  /**
   * Screens in batches on a fixed pool, keeping at most two batches per thread in flight and
   * writing results in input order; memory stays constant in the number of listings.
   */
  private void screenAll(
      ListingReader reader, Screener screener, Report report, Summary summary, Progress progress)
      throws IOException, InterruptedException {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new Clearmark.UserMistake("--threads must be 1 or more, got " + n);
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, Progress.daemonThreads());
    var inflight = new ArrayDeque<Future<List<ScreeningResult>>>();
    try {
      while (reader.hasNext()) {
        var batch = new ArrayList<Listing>(BATCH);
        while (batch.size() < BATCH && reader.hasNext()) {
          batch.add(reader.next());
        }
        inflight.add(pool.submit(() -> screenBatch(screener, batch)));
        while (inflight.size() >= 2 * n) {
          drain(inflight.poll(), report, summary, progress);
        }
      }
      while (!inflight.isEmpty()) {
        drain(inflight.poll(), report, summary, progress);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ScreeningResult> screenBatch(Screener screener, List<Listing> batch) {
    var results = new ArrayList<ScreeningResult>(batch.size());
    for (Listing l : batch) {
      results.add(screener.screen(l));
    }
    return results;
  }

  private static void drain(
      Future<List<ScreeningResult>> future, Report report, Summary summary, Progress progress)
      throws IOException, InterruptedException {
    List<ScreeningResult> results;
    try {
      results = future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
    for (ScreeningResult r : results) {
      report.write(r);
      summary.add(r);
    }
    progress.update(summary.listings);
  }

  private Decision parseFailOn() {
    if (failOn == null) {
      return null;
    }
    return switch (failOn.toLowerCase(Locale.ROOT)) {
      case "review" -> Decision.REVIEW;
      case "block" -> Decision.BLOCK;
      default ->
          throw new Clearmark.UserMistake(
              "--fail-on: expected review or block, got \"" + failOn + "\"");
    };
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new Clearmark.UserMistake(
          "--encoding: unknown character set \"" + encoding + "\"; try UTF-8 or windows-1252");
    }
  }

  private static boolean colours(Path target) {
    return target == null && System.console() != null && System.getenv("NO_COLOR") == null;
  }
}
