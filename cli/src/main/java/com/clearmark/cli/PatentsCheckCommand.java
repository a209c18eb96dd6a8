package com.clearmark.cli;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.io.InputException;
import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentCheck;
import com.clearmark.engine.patent.PatentIndex;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.ScreeningResult;
import com.clearmark.engine.screening.Thresholds;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    description = {
      "Checks listings against the claims of a patent register (PT_CLAIM findings only).",
      "  clearmark patents check catalogue.csv --patents patents.register"
    })
final class PatentsCheckCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LISTINGS", description = "The catalogue file.")
  Path listings;

  @Option(
      names = "--patents",
      required = true,
      paramLabel = "SOURCE",
      description =
          "A register from 'clearmark patents import', or any source it reads (grant XML,"
              + " PatentsView folder, CSV). Repeatable.")
  List<Path> patents = new ArrayList<>();

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
          "Write the report here instead of standard output; written whole or not at all.")
  Path output;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The day patent terms are judged on, yyyy-MM-dd (default today).")
  LocalDate today;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit with 1 when a listing is at or above this decision: review.")
  String failOn;

  @Option(names = "--strict", description = "Stop at the first malformed row instead of skipping.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (failOn != null && !failOn.equalsIgnoreCase("review")) {
      throw new Clearmark.UserMistake(
          "--fail-on: patent findings reach review at most, so only \"review\" applies; got \""
              + failOn
              + "\"");
    }
    long started = System.nanoTime();
    List<Patent> register = PatentRegister.load(patents, strict, err);
    LocalDate day = today == null ? LocalDate.now(ZoneOffset.UTC) : today;
    var check = new PatentCheck(PatentIndex.build(register), day);
    err.println("Checking claims of " + Plural.of(register.size(), "patent"));
    var summary = new Summary(listings.toString(), 0);
    var context = new SellerContext(List.of(), List.of(), today);

    Path temp = null;
    Writer sink;
    if (output != null) {
      Path dir = output.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new Clearmark.UserMistake("--output: folder " + dir + " does not exist");
      }
      temp = OutputFile.part(output);
      sink = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    } else {
      sink = spec.commandLine().getOut();
    }
    boolean done = false;
    try (var reader =
        ListingReader.open(listings, null, strict, p -> RegistryOptions.warn(err, p))) {
      Report report = format.open(sink, false, context);
      report.begin(summary);
      while (reader.hasNext()) {
        ScreeningResult result = judge(check, reader.next());
        report.write(result);
        summary.add(result);
      }
      summary.problems = reader.problemCount();
      summary.format = reader.format().toString();
      summary.seconds = (System.nanoTime() - started) / 1e9;
      report.end(summary);
      sink.flush();
      done = true;
    } catch (InputException e) {
      err.println(
          output == null
              ? "clearmark: the listings file is refused; the report printed above is incomplete."
              : "clearmark: the listings file is refused; no report was written to "
                  + output
                  + ".");
      throw e;
    } finally {
      if (output != null) {
        sink.close();
        if (done) {
          OutputFile.complete(temp, output);
        } else {
          Files.deleteIfExists(temp);
        }
      }
    }
    if (output != null) {
      err.printf(
          "Checked %s: %,d REVIEW, %,d PASS. Report written to %s%n",
          Plural.of(summary.listings, "listing"),
          summary.count(Decision.REVIEW),
          summary.count(Decision.PASS),
          output);
    }
    return failOn != null && summary.count(Decision.REVIEW) + summary.count(Decision.BLOCK) > 0
        ? Clearmark.FLAGGED
        : 0;
  }

  /** The listing's patent findings, scored as the screener scores findings. */
  private static ScreeningResult judge(PatentCheck check, Listing listing) {
    var findings = new ArrayList<Finding>();
    check.check(listing, findings);
    findings.sort(Comparator.comparingInt((Finding f) -> f.severity().points()).reversed());
    int score = Screener.score(findings);
    return new ScreeningResult(listing, Thresholds.DEFAULT.decide(score), score, findings);
  }
}
