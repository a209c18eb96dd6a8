package com.clearmark.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings from Parquet and from files, and what becomes of rows and files that are malformed. */
class ListingInputTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void registry() {
    index = dir.resolve("marks.idx");
    IncrementalRunsTest.build(SameDecisionsAsTheCliTest.EXAMPLES.resolve("marks.csv"), index);
  }

  @Test
  void parquetWithTheCanonicalColumnsGetsTheCliDecisions() throws IOException {
    Path jsonl = SameDecisionsAsTheCliTest.EXAMPLES.resolve("catalogue.jsonl");
    Path parquet = dir.resolve("catalogue-parquet");
    // Spark's own JSON reader makes the columns: bullet_points an array, price a double.
    LocalSpark.session()
        .read()
        .json(jsonl.toString())
        .repartition(3)
        .write()
        .parquet(parquet.toString());

    Path out = dir.resolve("from-parquet");
    var summary =
        SameDecisionsAsTheCliTest.spark(index, out.toString(), "--listings", parquet.toString());

    assertThat(summary.listings()).isEqualTo(25);
    assertThat(SameDecisionsAsTheCliTest.jsonlLines(out))
        .containsExactlyElementsOf(SameDecisionsAsTheCliTest.cliLines(index, jsonl));
  }

  @Test
  void aMalformedRowIsSkippedReportedAndWrittenToProblems() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("bad-price.csv"),
            IncrementalRunsTest.HEADER
                + "A-1,,Plain cotton socks,Acme,,,,4.99,USD,Clothing,US\n"
                + "A-2,,Replica Rolex watch,Acme,,,,about ten,USD,Watches,US\n"
                + "A-3,,Zorvix charger,Zorvix,,,,12,USD,Electronics,US\n");
    Path out = dir.resolve("bad-price-out");
    var summary =
        SameDecisionsAsTheCliTest.spark(index, out.toString(), "--listings", csv.toString());

    assertThat(summary.listings()).isEqualTo(2);
    assertThat(summary.problems()).isEqualTo(1);
    var problems =
        LocalSpark.session().read().json(out.resolve("problems").toString()).collectAsList();
    assertThat(problems).hasSize(1);
    Row p = problems.get(0);
    assertThat(p.<Long>getAs("line")).isEqualTo(3L);
    assertThat(p.<String>getAs("field")).isEqualTo("price");
    assertThat(p.<String>getAs("message")).contains("about ten");
    assertThat(p.<String>getAs("source")).endsWith("bad-price.csv");
  }

  @Test
  void aParquetRowBreakingTheCanonicalRulesIsAProblemNamingItsColumn() throws IOException {
    Path parquet = dir.resolve("negative-parquet");
    LocalSpark.session()
        .sql(
            "SELECT * FROM VALUES ('P-1', 'Cotton socks', -3.0, CAST(NULL AS BIGINT)),"
                + " ('P-2', 'Cotton towel', 7.5, 2) AS t(sku, title, price, row)")
        .write()
        .parquet(parquet.toString());
    Path out = dir.resolve("negative-out");
    var summary =
        SameDecisionsAsTheCliTest.spark(index, out.toString(), "--listings", parquet.toString());
    assertThat(summary.listings()).isEqualTo(1);
    assertThat(summary.problems()).isEqualTo(1);
    Row p = LocalSpark.session().read().json(out.resolve("problems").toString()).first();
    assertThat(p.<String>getAs("field")).isEqualTo("price");
    assertThat(p.<String>getAs("message")).contains("negative");
  }

  @Test
  void aFileTheEngineRefusesStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Path good =
        Files.writeString(
            dir.resolve("good.csv"),
            IncrementalRunsTest.HEADER + "G-1,,Plain cotton socks,Acme,,,,4.99,USD,Clothing,US\n");
    Path broken =
        Files.writeString(
            dir.resolve("broken.csv"),
            IncrementalRunsTest.HEADER + "B-1,,\"Socks that never close,Acme,,,,4.99,USD,,US\n");
    Path out = dir.resolve("refused-out");
    assertThatThrownBy(
            () ->
                SameDecisionsAsTheCliTest.spark(
                    index, out.toString(), "--listings", good + "," + broken))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining("broken.csv")
        .hasMessageContaining("is refused")
        .hasMessageContaining("nothing was written");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("refused-out.in-progress")).doesNotExist();
  }

  @Test
  void anOutputFolderThatExistsIsNeverOverwritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("exists"));
    Path keep = Files.writeString(out.resolve("keep.txt"), "earlier run");
    assertThatThrownBy(
            () ->
                SameDecisionsAsTheCliTest.spark(
                    index,
                    out.toString(),
                    "--listings",
                    SameDecisionsAsTheCliTest.EXAMPLES.resolve("catalogue.csv").toString()))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining("already exists");
    assertThat(keep).hasContent("earlier run");
  }

  @Test
  void aMissingListingsPathAndAFileThatIsNotAnIndexAreNamed() throws IOException {
    assertThatThrownBy(
            () ->
                SameDecisionsAsTheCliTest.spark(
                    index,
                    dir.resolve("none-out").toString(),
                    "--listings",
                    dir.resolve("nowhere/*.csv").toString()))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining("nothing found at");
    assertThatThrownBy(
            () ->
                SameDecisionsAsTheCliTest.spark(
                    index,
                    dir.resolve("none-files-out").toString(),
                    "--input-format",
                    "files",
                    "--listings",
                    dir.resolve("missing.csv").toString()))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining("nothing found at")
        .hasMessageContaining("missing.csv");
    Path notIndex = Files.writeString(dir.resolve("marks.txt"), "mark\nNIKE\n");
    assertThatThrownBy(
            () ->
                ScreenJob.run(
                    LocalSpark.session(),
                    JobOptions.parse(
                        "--listings",
                        "x.csv",
                        "--index",
                        notIndex.toString(),
                        "--output",
                        dir.resolve("idx-out").toString()),
                    System.err))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining("--index")
        .hasMessageContaining("not a Clearmark index file");
  }

  @Test
  void aSellerFileTheEngineRefusesIsNamed() throws IOException {
    Path own = Files.writeString(dir.resolve("own.csv"), "");
    assertThatThrownBy(
            () ->
                SameDecisionsAsTheCliTest.spark(
                    index,
                    dir.resolve("own-out").toString(),
                    "--listings",
                    SameDecisionsAsTheCliTest.EXAMPLES.resolve("catalogue.csv").toString(),
                    "--own-brands",
                    own.toString()))
        .isInstanceOf(JobOptions.Mistake.class)
        .hasMessageContaining("own.csv");
    assertThat(dir.resolve("own-out")).doesNotExist();
  }
}
