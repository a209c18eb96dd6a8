package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

  @TempDir Path dir;

  @Test
  void screeningWithABuiltIndexGivesTheSameReportAsWithTheMarks() throws IOException {
    Path marks =
        Files.writeString(
            dir.resolve("marks.csv"),
            "mark,owner,registration_number,classes\nNIKE,\"Nike, Inc.\",T-1,25\n"
                + "ROLEX,Rolex SA,T-2,14\n");
    Path listings =
        Files.writeString(
            dir.resolve("l.csv"),
            "sku,title,brand\nA,N1ke runners,Zorvix\nB,Replica Rolex,Zorvix\nC,Socks,Zorvix\n");
    Path index = dir.resolve("registry.idx");
    var build = CliRun.of("index", "build", "--marks", marks.toString(), "-o", index.toString());
    assertThat(build.exitCode()).isZero();
    assertThat(build.out()).contains("Indexed 2 marks");
    var withMarks =
        CliRun.of("screen", listings.toString(), "--marks", marks.toString(), "--format", "jsonl");
    var withIndex =
        CliRun.of("screen", listings.toString(), "--index", index.toString(), "--format", "jsonl");
    assertThat(withIndex.exitCode()).isZero();
    assertThat(withIndex.out()).isEqualTo(withMarks.out()).contains("TM_LOOKALIKE");
    var clear = CliRun.of("clear", "Nikey", "--index", index.toString());
    assertThat(clear.out()).contains("NIKE");
  }

  @Test
  void foreignIndexFileIsOneClearLine() throws IOException {
    Path bogus = Files.writeString(dir.resolve("bogus.idx"), "this is not an index, honestly");
    Path listings = Files.writeString(dir.resolve("l.csv"), "sku,title\nA,Shoes\n");
    var run = CliRun.of("screen", listings.toString(), "--index", bogus.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("bogus.idx").contains("not a Clearmark index file");
  }

  @Test
  void marksAndIndexTogetherIsAUsageError() throws IOException {
    Path marks = Files.writeString(dir.resolve("marks.csv"), "mark\nNIKE\n");
    Path listings = Files.writeString(dir.resolve("l.csv"), "sku,title\nA,Shoes\n");
    var run =
        CliRun.of("screen", listings.toString(), "--marks", marks.toString(), "--index", "x.idx");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("either --marks or --index");
  }

  @Test
  void noRegistryAtAllIsAUsageError() throws IOException {
    Path listings = Files.writeString(dir.resolve("l.csv"), "sku,title\nA,Shoes\n");
    var run = CliRun.of("screen", listings.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--marks FILE or --index FILE");
  }
}
