package com.clearmark.cli;

import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimChart;
import com.clearmark.engine.patent.Patent;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "chart",
    description = {
      "Charts one independent claim against up to 20 listings, in the shape an APEX submission"
          + " takes: one row per claim element, one column per ASIN, the evidence quoted.",
      "  clearmark patents chart --patents patents.register --patent 11234567 --claim 1"
          + " listings.csv --asin B0BOTTLE01 --format csv -o chart.csv"
    })
final class PatentsChartCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LISTINGS", description = "The listings to chart.")
  Path listings;

  @Option(
      names = "--patents",
      required = true,
      paramLabel = "SOURCE",
      description = "A register or any patent source 'clearmark patents import' reads.")
  List<Path> patents = new ArrayList<>();

  @Option(
      names = "--patent",
      required = true,
      paramLabel = "NUMBER",
      description = "The patent, as 11234567, US11234567 or D912345.")
  String patent;

  @Option(
      names = "--claim",
      required = true,
      paramLabel = "K",
      description = "The independent claim to chart.")
  int claim;

  @Option(
      names = "--asin",
      paramLabel = "ASIN",
      description =
          "Chart only these listings (by ASIN, or SKU); repeatable. Default: every listing.")
  List<String> asins = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text or csv (default text).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the chart here instead of standard output; written whole or not at all.")
  Path output;

  @Option(names = "--strict", description = "Stop at the first malformed row instead of skipping.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    boolean csv =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "csv" -> true;
          case "text" -> false;
          default ->
              throw new Clearmark.UserMistake(
                  "--format: expected text or csv, got \"" + format + "\"");
        };
    String number =
        patent.strip().toUpperCase(Locale.ROOT).replaceFirst("^US\\s*", "").replace(",", "");
    List<Patent> register = PatentRegister.load(patents, strict, err);
    Patent chosen =
        register.stream()
            .filter(p -> p.number().equals(number))
            .findFirst()
            .orElseThrow(
                () ->
                    new Clearmark.UserMistake(
                        "--patent: US "
                            + number
                            + " is not among the "
                            + Plural.of(register.size(), "patent")
                            + " read"));
    Claim chosenClaim =
        chosen.claims().stream()
            .filter(c -> c.number() == claim)
            .findFirst()
            .orElseThrow(
                () ->
                    new Clearmark.UserMistake(
                        "--claim: US "
                            + number
                            + " has no claim "
                            + claim
                            + "; its claims are 1 to "
                            + chosen.claims().size()));
    List<Listing> picked = pick(err);
    ClaimChart chart;
    try {
      chart = ClaimChart.of(chosen, chosenClaim, picked);
    } catch (IllegalArgumentException e) {
      throw new Clearmark.UserMistake(e.getMessage());
    }
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      write(chart, out, csv);
      out.flush();
      return 0;
    }
    Path dir = output.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new Clearmark.UserMistake("--output: folder " + dir + " does not exist");
    }
    Path temp = OutputFile.part(output);
    boolean done = false;
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      write(chart, out, csv);
      done = true;
    } finally {
      if (done) {
        OutputFile.complete(temp, output);
      } else {
        Files.deleteIfExists(temp);
      }
    }
    err.println(
        "Charted claim "
            + claim
            + " of US "
            + number
            + " against "
            + Plural.of(picked.size(), "listing")
            + " into "
            + output);
    return 0;
  }

  private static void write(ClaimChart chart, Writer out, boolean csv) throws java.io.IOException {
    if (csv) {
      chart.writeCsv(out);
    } else {
      chart.writeText(out);
    }
  }

  /** The listings asked for by --asin, in the file's order, or all of them. */
  private List<Listing> pick(PrintWriter err) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String a : asins) {
      wanted.add(a.strip().toUpperCase(Locale.ROOT));
    }
    Set<String> found = new LinkedHashSet<>();
    var picked = new ArrayList<Listing>();
    try (var reader =
        ListingReader.open(listings, null, strict, p -> RegistryOptions.warn(err, p))) {
      while (reader.hasNext()) {
        Listing l = reader.next();
        String asin = l.asin().toUpperCase(Locale.ROOT);
        String sku = l.sku().toUpperCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.contains(asin) || wanted.contains(sku)) {
          found.add(wanted.contains(sku) ? sku : asin);
          picked.add(l);
          if (picked.size() > ClaimChart.MAX_LISTINGS) {
            throw new Clearmark.UserMistake(
                "more than "
                    + ClaimChart.MAX_LISTINGS
                    + " listings to chart; APEX evaluates one claim against at most "
                    + ClaimChart.MAX_LISTINGS
                    + " ASINs: choose them with --asin");
          }
        }
      }
    }
    wanted.removeAll(found);
    if (!wanted.isEmpty()) {
      throw new Clearmark.UserMistake(
          "--asin: not in " + listings + ": " + String.join(", ", wanted));
    }
    if (picked.isEmpty()) {
      throw new Clearmark.UserMistake("no listing was read from " + listings);
    }
    return picked;
  }
}
