package com.clearmark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged job submitted with {@code spark/spark-submit} (Spark's own SparkSubmit class, as a
 * distribution's {@code bin/spark-submit} runs it) in a process of its own, on each bundled
 * example, gives the decisions and findings {@code clearmark screen} gives.
 */
class SparkSubmitIT {

  static final Path EXAMPLES = SameDecisionsAsTheCliTest.EXAMPLES;

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void registry() {
    index = dir.resolve("marks.idx");
    IncrementalRunsTest.build(EXAMPLES.resolve("marks.csv"), index);
  }

  record Exit(int status, String out, String err) {}

  static Exit submit(String... jobArgs) throws IOException, InterruptedException {
    var command =
        new ArrayList<>(
            List.of(
                "bash",
                "spark-submit",
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--class",
                "com.clearmark.spark.ScreenJob",
                "target/clearmark-spark.jar"));
    command.addAll(List.of(jobArgs));
    Path out = Files.createTempFile(dir, "submit", ".out");
    Path err = Files.createTempFile(dir, "submit", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("spark-submit did not finish in 5 minutes");
    }
    return new Exit(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalogue.csv", "catalogue.jsonl", "catalogue.tsv", "flat-file.txt"})
  void submittedJobGivesTheCliDecisionsOnEachBundledExample(String file) throws Exception {
    Path listings = EXAMPLES.resolve(file);
    Path output = dir.resolve("out-" + file);
    String[] seller = {
      "--own-brands", EXAMPLES.resolve("own-brands.csv").toString(),
      "--reference-prices", EXAMPLES.resolve("reference-prices.csv").toString()
    };
    Exit exit =
        submit(
            SameDecisionsAsTheCliTest.concat(
                new String[] {
                  "--listings",
                  listings.toString(),
                  "--index",
                  index.toString(),
                  "--output",
                  output.toString(),
                  "--jsonl",
                  "--today",
                  SameDecisionsAsTheCliTest.TODAY
                },
                seller));
    assertThat(exit.status()).as(exit.err()).isZero();
    assertThat(exit.out()).contains("Screened ").contains("Written to " + output);

    assertThat(SameDecisionsAsTheCliTest.jsonlLines(output))
        .containsExactlyElementsOf(SameDecisionsAsTheCliTest.cliLines(index, listings, seller));
  }

  @Test
  void aMistakeIsOneLineAndStatusTwo() throws Exception {
    Exit exit =
        submit(
            "--listings",
            "x.csv",
            "--index",
            dir.resolve("none.idx").toString(),
            "--output",
            dir.resolve("never").toString());
    assertThat(exit.status()).isEqualTo(2);
    assertThat(exit.err()).contains("clearmark-spark: --index: ").contains("none.idx: not found");
    assertThat(exit.err()).doesNotContain("\tat com.clearmark");
    assertThat(dir.resolve("never")).doesNotExist();
  }
}
