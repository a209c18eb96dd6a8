package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenAgainstWorksTest {

  private static final String BRAND_COPY =
      "The Northwind Trail bottle keeps water ice cold for a full day on the mountain and coffee"
          + " hot through the morning commute. Its double wall of brushed steel never sweats in"
          + " your pack, and the leakproof straw lid opens with one thumb while you keep walking.";

  @TempDir Path dir;
  Path marks;
  Path catalogue;

  @BeforeEach
  void registryAndCatalogue() throws IOException {
    marks =
        write(
            "marks.csv",
            """
            mark,owner,registration_number,jurisdiction,classes,status,famous
            ROLEX,Rolex SA,T-0004,US,14,live,true
            """);
    catalogue =
        write(
            "catalogue.csv",
            "sku,title,brand,bullet_points,description,price,category\n"
                + "KX-1,Insulated steel bottle 750 ml,Kestrel,Keeps drinks cold|Straw lid,"
                + "\"Great gift for hikers. Its double wall of brushed steel never sweats in your"
                + " pack, and the leakproof straw lid opens with one thumb while you keep walking."
                + " Ships in two days.\",19.99,Kitchen\n"
                + "KX-2,Reflective nylon dog leash,Kestrel,Padded handle|Metal clasp,"
                + "A leash for evening walks,12.99,Pet Supplies\n");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path works() throws IOException {
    return write(
        "works.csv",
        "id,kind,title,owner,description,file,text\n"
            + "12,text,Trail bottle listing copy,Northwind Drinkware LLC,Brand description,,\""
            + BRAND_COPY
            + "\"\n");
  }

  @Test
  void descriptionCopyingARegisteredTextIsFlaggedNextToTheMarkFindings() throws IOException {
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--works",
            works().toString(),
            "--format",
            "jsonl");

    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .contains("\"id\":\"KX-1\"")
        .contains("\"decision\":\"REVIEW\"")
        .contains("\"rule\":\"CR_TEXT\"")
        .contains("\"category\":\"COPYRIGHT\"")
        .contains("\"mark\":\"Trail bottle listing copy\"")
        .contains("\"registration\":\"12\"")
        .contains("\"field\":\"description\"")
        .contains("\"text\":\"Its double wall of brushed steel");
    assertThat(lines[1]).contains("\"id\":\"KX-2\"").contains("\"decision\":\"PASS\"");
    assertThat(run.err()).contains("Checking against 1 registered text and 0 registered images");
  }

  @Test
  void htmlReportHighlightsTheCopiedPassage() throws IOException {
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--works",
            works().toString(),
            "--format",
            "html");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("<b>CR_TEXT</b>")
        .contains(
            "<mark>Its double wall of brushed steel never sweats in your pack, and the leakproof"
                + " straw lid opens with one thumb while you keep walking</mark>");
  }

  @Test
  void malformedWorkRowsAreNamedByLineAndFieldAndSkipped() throws IOException {
    Path works =
        write(
            "works.csv",
            "id,kind,title,owner,file,text\n"
                + "1,poster,Trail poster,Northwind,poster.jpg,\n"
                + "2,photo,Trail front photo,Northwind,https://cdn.example/front.jpg,\n"
                + "3,text,Empty text,Northwind,,\n"
                + "x,text,Bad id,Northwind,,Some words\n"
                + "12,text,Trail bottle listing copy,Northwind,,\""
                + BRAND_COPY
                + "\"\n");

    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--works",
            works.toString(),
            "--format",
            "jsonl");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("works.csv:2: kind: \"poster\" is not a kind of work")
        .contains("works.csv:3: file: \"https://cdn.example/front.jpg\" is a URL")
        .contains("works.csv:4: text: a text work needs its words")
        .contains("works.csv:5: id: \"x\" is not a work id")
        .contains("Checking against 1 registered text")
        .doesNotContain("Exception");
    assertThat(run.out()).contains("\"rule\":\"CR_TEXT\"");
  }

  @Test
  void missingWorksFileIsAPlainError() {
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--works",
            dir.resolve("nowhere.csv").toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains("nowhere.csv")
        .contains("file not found")
        .doesNotContain("at com.");
  }

  @Test
  void worksFileWithoutARequiredColumnIsRefusedNamingIt() throws IOException {
    Path works = write("works.csv", "id,title,text\n1,Copy,Some words\n");

    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--works",
            works.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("works.csv:1: kind: the header has no \"kind\" column");
  }
}
