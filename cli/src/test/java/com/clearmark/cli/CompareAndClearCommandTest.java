package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareAndClearCommandTest {

  @TempDir Path dir;

  @Test
  void compareOfAMisspellingIsConfusingWithItsComponentsAndReasons() {
    var run = CliRun.of("compare", "Nike", "Nikee");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("probability of confusion")
        .containsPattern("LIKELY_CONFUSING|POSSIBLY_CONFUSING")
        .contains("spelling")
        .contains("sound")
        .contains("look-alike")
        .contains("dominant")
        .contains("why:")
        .contains("spelt alike: 1 letter apart");
  }

  @Test
  void compareTakesTheGoodsOfEachMark() {
    var run = CliRun.of("compare", "Domino", "Domino's", "--classes-a", "30", "--classes-b", "43");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("goods +-");
    var wrong = CliRun.of("compare", "Domino", "Domino's", "--classes-b", "0");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("--classes-b").contains("0");
  }

  @Test
  void compareOfUnrelatedMarksIsDistinct() {
    assertThat(CliRun.of("compare", "Zorvix", "Patagonia").out()).contains("DISTINCT");
  }

  @Test
  void compareScoresManyPairsAsCsvOrJsonl() throws IOException {
    Path pairs = Files.writeString(dir.resolve("pairs.csv"), "a,b\nNike,N1ke\nApple,Zorvix\n");
    var csv = CliRun.of("compare", "--pairs", pairs.toString());
    assertThat(csv.out().lines())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("a,b,score,spelling,sound,lookalike,dominant_word,verdict,")
        .contains(",meaning,")
        .endsWith(",reasons");
    assertThat(csv.out()).contains("Nike,N1ke,").contains("Apple,Zorvix,");
    var jsonl = CliRun.of("compare", "--pairs", pairs.toString(), "--format", "jsonl");
    assertThat(jsonl.out().lines())
        .hasSize(2)
        .allMatch(l -> l.startsWith("{\"a\":"))
        .allMatch(l -> l.contains("\"components\":{") && l.contains("\"reasons\":["));
  }

  @Test
  void anOutputThatIsAFolderOrInAMissingFolderIsAPlainMistake() throws IOException {
    Path pairs = Files.writeString(dir.resolve("pairs.csv"), "a,b\nNike,N1ke\n");
    var folder = CliRun.of("compare", "--pairs", pairs.toString(), "-o", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("-o").contains("directory").doesNotContain("Exception");
    var missing =
        CliRun.of("compare", "--pairs", pairs.toString(), "-o", dir.resolve("no/x.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist");
    try (var files = Files.list(dir)) {
      assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    for (String command : new String[] {"compare", "clear", "screen", "evaluate"}) {
      var run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: clearmark " + command);
    }
  }

  @Test
  void compareWithoutTwoMarksIsAUsageError() {
    var run = CliRun.of("compare", "Nike");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("two marks");
  }

  @Test
  void pairsFileWithEmptyMarkNamesLineAndColumn() throws IOException {
    Path pairs = Files.writeString(dir.resolve("pairs.csv"), "a,b\nNike,\n");
    var run = CliRun.of("compare", "--pairs", pairs.toString(), "--strict");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pairs.csv:2").contains("b");
  }

  @Test
  void clearListsConflictingMarksRankedWithReasons() throws IOException {
    Path marks =
        Files.writeString(
            dir.resolve("marks.csv"),
            "mark,owner,registration_number,classes,famous\n"
                + "ADIDAS,adidas AG,T-2,25;28,true\n"
                + "ADIDOS,Other,T-3,9,false\n"
                + "PATAGONIA,Patagonia Inc,T-4,25,false\n");
    var run = CliRun.of("clear", "Adibas", "--marks", marks.toString(), "--classes", "25");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("ADIDAS")
        .contains("T-2")
        .contains("spelt alike")
        .doesNotContain("PATAGONIA");
  }

  @Test
  void clearListsMarksSharingOnlyAWeakWordApartFromConflicts() throws IOException {
    Path marks =
        Files.writeString(
            dir.resolve("marks.csv"),
            "mark,owner,registration_number,classes,famous\n"
                + "PREMIUM QUILTARA,Quiltara Ltd,T-1,3,false\n"
                + "VORNEL,Vornel SA,T-2,3,false\n");
    var run = CliRun.of("clear", "Premium Vornell", "--marks", marks.toString(), "--classes", "3");
    assertThat(run.exitCode()).isZero();
    String out = run.out();
    assertThat(out).contains("VORNEL");
    assertThat(out.indexOf("Similar only on a weak element")).isGreaterThan(out.indexOf("VORNEL"));
    assertThat(out).contains("PREMIUM QUILTARA").contains("weak element PREMIUM");
    assertThat(out)
        .contains("Similar only on a weak element (a word common or descriptive in marks), 1 mark:")
        .doesNotContain("%");
  }

  @Test
  void clearRefusesABrandLongerThanAnyMarkWithAPlainMessage() throws IOException {
    Path marks = Files.writeString(dir.resolve("marks.csv"), "mark\nADIDAS\n");
    var run = CliRun.of("clear", "A".repeat(501), "--marks", marks.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("BRAND").contains("500").doesNotContain("Exception");
  }

  @Test
  void clearOfADistinctiveNameFindsNoConflict() throws IOException {
    Path marks = Files.writeString(dir.resolve("marks.csv"), "mark\nADIDAS\nNIKE\n");
    var run = CliRun.of("clear", "Quiltara", "--marks", marks.toString());
    assertThat(run.out()).contains("no conflicting marks");
  }

  @Test
  void clearRejectsAClassOutsideTheNiceClassification() throws IOException {
    Path marks = Files.writeString(dir.resolve("marks.csv"), "mark\nADIDAS\n");
    var run = CliRun.of("clear", "Adibas", "--marks", marks.toString(), "--classes", "46");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--classes").contains("46");
  }
}
