package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenAgainstPatentsTest {

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
            """
            sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace
            BTL-1,B0BOTTLE01,Trail insulated drinking bottle with straw lid,Altura,Double-walled body keeps drinks cold|Lid threaded onto the body with a straw extending through the lid|Carabiner loop formed on the lid,,bottle,24.99,USD,Kitchen & Dining > Water Bottles,amazon.com
            LSH-1,B0LEASH001,Reflective nylon dog leash,Altura,Padded handle|Metal clasp,,leash,12.99,USD,Pet Supplies,amazon.com
            """);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void listingShowingEveryElementOfAClaimIsSentToReviewNextToTheMarkFindings() throws IOException {
    Path patents =
        write(
            "patents.csv",
            """
            number,kind,title,assignee,filed,granted,cpc,claims
            11234567,B2,Insulated drinking bottle,Northwind Drinkware LLC,2019-03-01,2021-06-15,A47G 19/2266,"1. A drinking bottle comprising: a double-walled body; a lid threaded onto the body; a straw extending through the lid; and a carabiner loop formed on the lid.|2. The drinking bottle of claim 1, wherein the body is stainless steel."
            """);

    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--patents",
            patents.toString(),
            "--today",
            "2026-12-07",
            "--format",
            "jsonl");

    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .contains("\"id\":\"BTL-1\"")
        .contains("\"decision\":\"REVIEW\"")
        .contains("\"rule\":\"PT_CLAIM\"")
        .contains("\"category\":\"PATENT\"")
        .contains("\"mark\":\"US 11234567\"")
        .contains("claim 1: 4 of 4 elements shown");
    assertThat(lines[1]).contains("\"id\":\"LSH-1\"").contains("\"decision\":\"PASS\"");
    assertThat(run.err()).contains("Checking claims of 1 patent");
  }

  @Test
  void malformedPatentRowIsNamedByLineAndFieldAndSkipped() throws IOException {
    Path patents =
        write(
            "patents.csv",
            """
            number,granted,claims
            11234567,2021-06-15,1. A bottle comprising: a body; and a lid.
            11234568,15/06/2021,1. A leash comprising: a strap; and a clasp.
            """);

    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--patents",
            patents.toString(),
            "--format",
            "jsonl");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("patents.csv:3: granted:")
        .contains("\"15/06/2021\" is not a date")
        .contains("Checking claims of 1 patent")
        .doesNotContain("Exception");
  }
}
