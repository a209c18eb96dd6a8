package com.clearmark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.cli.Clearmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled examples screened by the job in {@code local[2]} give, line for line, the JSON lines
 * {@code clearmark screen --format jsonl} prints for the same files, registry and seller context.
 */
class SameDecisionsAsTheCliTest {

  static final Path EXAMPLES = Path.of("..", "examples");
  static final String TODAY = "2026-12-01";

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void buildIndex() {
    index = dir.resolve("marks.idx");
    var cli =
        cli(
            "index",
            "build",
            "--marks",
            EXAMPLES.resolve("marks.csv").toString(),
            "--output",
            index.toString());
    assertThat(cli.status).as(cli.err).isZero();
  }

  record Run(int status, String out, String err) {}

  static Run cli(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int status = Clearmark.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  static List<String> cliLines(Path index, Path listings, String... extra) {
    var args =
        new ArrayList<>(
            List.of(
                "screen",
                listings.toString(),
                "--index",
                index.toString(),
                "--format",
                "jsonl",
                "--today",
                TODAY));
    args.addAll(List.of(extra));
    Run run = cli(args.toArray(String[]::new));
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.err).doesNotContain("Exception");
    return run.out.lines().sorted().toList();
  }

  static RunSummary spark(Path index, String output, String... args) {
    var all =
        new ArrayList<>(
            List.of(
                "--index",
                index.toString(),
                "--output",
                output,
                "--jsonl",
                "--today",
                TODAY,
                "--run-date",
                "2026-12-07"));
    all.addAll(List.of(args));
    return ScreenJob.run(
        LocalSpark.session(), JobOptions.parse(all.toArray(String[]::new)), System.err);
  }

  static List<String> jsonlLines(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output.resolve("jsonl"))) {
      var lines = new ArrayList<String>();
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(f));
      }
      return lines.stream().sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalogue.csv", "catalogue.jsonl", "catalogue.tsv", "flat-file.txt"})
  void eachBundledCatalogueGetsTheCliDecisionsAndFindings(String file) throws IOException {
    Path listings = EXAMPLES.resolve(file);
    Path out = dir.resolve("run-" + file);
    String[] seller = {
      "--own-brands", EXAMPLES.resolve("own-brands.csv").toString(),
      "--reference-prices", EXAMPLES.resolve("reference-prices.csv").toString()
    };
    var expected = cliLines(index, listings, seller);
    var summary =
        spark(
            index,
            out.toString(),
            concat(new String[] {"--listings", listings.toString()}, seller));

    assertThat(jsonlLines(out)).containsExactlyElementsOf(expected);
    assertThat(summary.listings()).isEqualTo(expected.size());
    assertThat(summary.count("BLOCK") + summary.count("REVIEW")).isPositive();
  }

  @Test
  void withoutTheCatalogueAndSellerItStillAgreesWithTheCli() throws IOException {
    Path listings = EXAMPLES.resolve("catalogue.csv");
    Path out = dir.resolve("run-bare");
    var expected = cliLines(index, listings, "--no-catalogue");
    spark(index, out.toString(), "--listings", listings.toString(), "--no-catalogue");
    assertThat(jsonlLines(out)).containsExactlyElementsOf(expected);
  }

  @Test
  void theSummaryCountsTheCliResultsPerDecisionRuleAndMark() throws IOException {
    Path listings = EXAMPLES.resolve("catalogue.tsv");
    Path out = dir.resolve("run-summary");
    var expected = new java.util.TreeMap<String, Long>();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String line : cliLines(index, listings)) {
      var result = json.readTree(line);
      String decision = result.get("decision").asText();
      expected.merge(decision + " listings", 1L, Long::sum);
      for (var f : result.get("findings")) {
        expected.merge(
            decision + " " + f.get("rule").asText() + " " + f.get("mark").asText(), 1L, Long::sum);
      }
    }
    spark(index, out.toString(), "--listings", listings.toString());

    var actual = new java.util.TreeMap<String, Long>();
    for (var r :
        LocalSpark.session().read().parquet(out.resolve("summary").toString()).collectAsList()) {
      String decision = r.getAs("decision");
      if (r.getAs("rule") == null) {
        actual.put(decision + " listings", r.<Long>getAs("listings"));
      } else {
        actual.put(
            decision + " " + r.getAs("rule") + " " + r.getAs("mark"), r.<Long>getAs("findings"));
      }
    }
    assertThat(actual).isEqualTo(expected).containsKey("BLOCK listings");
  }

  static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
