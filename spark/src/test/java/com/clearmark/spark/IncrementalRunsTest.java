package com.clearmark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run given the previous run's output screens only what changed, and its results are the ones a
 * full run gives; a rebuilt registry or another seller file screens everything again.
 */
class IncrementalRunsTest {

  static final String HEADER =
      "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,"
          + "marketplace\n";

  @TempDir static Path dir;
  static Path marks;
  static Path index;

  @BeforeAll
  static void registry() throws IOException {
    marks = dir.resolve("marks.csv");
    Files.writeString(
        marks,
        "mark,owner,registration_number,jurisdiction,classes,status,famous\n"
            + "NIKE,\"Nike, Inc.\",EX-1,US,25,live,true\n"
            + "ROLEX,Rolex SA,EX-2,US,14,live,true\n"
            + "ZORVIX,Zorvix Trading,EX-3,US,9,live,false\n");
    index = dir.resolve("marks.idx");
    build(marks, index);
  }

  static void build(Path marksFile, Path target) {
    var run =
        SameDecisionsAsTheCliTest.cli(
            "index", "build", "--marks", marksFile.toString(), "--output", target.toString());
    assertThat(run.status()).as(run.err()).isZero();
  }

  static String catalogue(int changed, int extra) {
    var csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 30; i++) {
      String title =
          switch (i % 3) {
            case 0 -> "Replica Rolex Submariner watch " + i;
            case 1 -> "Zorvix running shoes like N1ke Air, size " + i;
            default -> "Plain cotton socks, pack of " + i;
          };
      if (i == changed) {
        title = "Cotton towel set, " + i + " pieces";
      }
      csv.append("SKU-").append(i).append(",B0TEST").append(1000 + i).append(',');
      csv.append('"').append(title).append("\",Zorvix,Soft|Durable,,,19.99,USD,Shoes,US\n");
    }
    for (int i = 0; i < extra; i++) {
      csv.append("NEW-").append(i).append(",,Rolex style watch for men ").append(i);
      csv.append(",Acme,,,,9.99,USD,Watches,US\n");
    }
    return csv.toString();
  }

  static RunSummary run(Path listings, Path output, Path previous, Path registry, String... extra) {
    var args =
        new ArrayList<>(
            List.of(
                "--listings", listings.toString(),
                "--index", registry.toString(),
                "--output", output.toString(),
                "--today", "2026-12-01",
                "--run-date", "2026-12-07"));
    if (previous != null) {
      args.addAll(List.of("--previous", previous.toString()));
    }
    args.addAll(List.of(extra));
    return ScreenJob.run(
        LocalSpark.session(), JobOptions.parse(args.toArray(String[]::new)), System.err);
  }

  static List<String> results(Path output) {
    return LocalSpark.session()
        .read()
        .parquet(output.resolve("results").toString())
        .selectExpr("concat_ws('|', id, decision, score, to_json(findings)) AS r")
        .as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList()
        .stream()
        .sorted()
        .toList();
  }

  @Test
  void onlyChangedAndNewListingsAreScreenedAgainAndTheResultsAreAFullRunsResults()
      throws IOException {
    Path day1 = Files.writeString(dir.resolve("day1.csv"), catalogue(0, 0));
    Path day2 = Files.writeString(dir.resolve("day2.csv"), catalogue(3, 2));
    var first = run(day1, dir.resolve("out1"), null, index, "--no-catalogue");
    assertThat(first.screened()).isEqualTo(30);

    var second = run(day2, dir.resolve("out2"), dir.resolve("out1"), index, "--no-catalogue");
    var full = run(day2, dir.resolve("out2-full"), null, index, "--no-catalogue");

    assertThat(second.listings()).isEqualTo(32);
    assertThat(second.screened()).as("one changed listing and two new ones").isEqualTo(3);
    assertThat(results(dir.resolve("out2")))
        .containsExactlyElementsOf(results(dir.resolve("out2-full")));
    assertThat(second.decisions()).isEqualTo(full.decisions());
    assertThat(second.count("BLOCK")).isPositive();
  }

  @Test
  void aChangedRegistryScreensEverythingAgain() throws IOException {
    Path day1 = Files.writeString(dir.resolve("reg-day1.csv"), catalogue(0, 0));
    run(day1, dir.resolve("reg-out1"), null, index, "--no-catalogue");

    Path moreMarks = dir.resolve("more-marks.csv");
    Files.writeString(
        moreMarks, Files.readString(marks) + "COTTONIX,Cottonix,EX-4,US,25,live,false\n");
    Path rebuilt = dir.resolve("more.idx");
    build(moreMarks, rebuilt);
    var again =
        run(day1, dir.resolve("reg-out2"), dir.resolve("reg-out1"), rebuilt, "--no-catalogue");
    assertThat(again.screened()).isEqualTo(30);

    var same =
        run(day1, dir.resolve("reg-out3"), dir.resolve("reg-out2"), rebuilt, "--no-catalogue");
    assertThat(same.screened()).as("nothing changed since the last run").isZero();
    assertThat(same.decisions()).isEqualTo(again.decisions());
  }

  @Test
  void otherThresholdsScreenEverythingAgain() throws IOException {
    Path day1 = Files.writeString(dir.resolve("thr-day1.csv"), catalogue(0, 0));
    run(day1, dir.resolve("thr-out1"), null, index);
    var stricter =
        run(
            day1,
            dir.resolve("thr-out2"),
            dir.resolve("thr-out1"),
            index,
            "--review-threshold",
            "20");
    assertThat(stricter.screened()).isEqualTo(30);
  }

  @Test
  void aFolderThatIsNotACompleteRunIsRefusedAsPrevious() throws IOException {
    Path day1 = Files.writeString(dir.resolve("bad-day1.csv"), catalogue(0, 0));
    Files.createDirectories(dir.resolve("not-a-run/results"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> run(day1, dir.resolve("bad-out"), dir.resolve("not-a-run"), index))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining("not a complete Clearmark Spark run");
    assertThat(dir.resolve("bad-out")).doesNotExist();
  }
}
