package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentsCommandTest {

  @TempDir Path dir;
  Path catalogue;
  Path grants;

  private static String grant(String number, String title, String claims) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v47-2022-02-17.dtd" [ ]>
        <us-patent-grant lang="EN" id="us-patent-grant" country="US">
        <us-bibliographic-data-grant>
        <publication-reference><document-id><country>US</country><doc-number>%s</doc-number><kind>B2</kind><date>20210615</date></document-id></publication-reference>
        <application-reference appl-type="utility"><document-id><country>US</country><doc-number>16289001</doc-number><date>20190301</date></document-id></application-reference>
        <classifications-cpc><main-cpc><classification-cpc><section>A</section><class>47</class><subclass>G</subclass><main-group>19</main-group><subgroup>2266</subgroup></classification-cpc></main-cpc></classifications-cpc>
        <invention-title id="d2e1">%s</invention-title>
        <assignees><assignee><addressbook><orgname>Northwind Drinkware LLC</orgname><role>02</role></addressbook></assignee></assignees>
        </us-bibliographic-data-grant>
        <claims id="claims">%s</claims>
        </us-patent-grant>
        """
        .formatted(number, title, claims);
  }

  @BeforeEach
  void catalogueAndGrants() throws IOException {
    catalogue =
        write(
            "catalogue.csv",
            """
            sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace
            BTL-1,B0BOTTLE01,Trail insulated drinking bottle with straw lid,Altura,Double-walled body keeps drinks cold|Lid threaded onto the body with a straw extending through the lid|Carabiner loop formed on the lid,,bottle,24.99,USD,Kitchen & Dining > Water Bottles,amazon.com
            LSH-1,B0LEASH001,Reflective nylon dog leash,Altura,Padded handle|Metal clasp,,leash,12.99,USD,Pet Supplies,amazon.com
            """);
    grants =
        write(
            "ipg210615.xml",
            grant(
                    "11234567",
                    "Insulated drinking bottle",
                    """
                    <claim id="CLM-00001" num="00001"><claim-text>1. A drinking bottle comprising:
                    <claim-text>a double-walled body;</claim-text>
                    <claim-text>a lid threaded onto the body;</claim-text>
                    <claim-text>a straw extending through the lid; and</claim-text>
                    <claim-text>a carabiner loop formed on the lid.</claim-text></claim-text></claim>
                    <claim id="CLM-00002" num="00002"><claim-text>2. The drinking bottle of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the body is stainless steel.</claim-text></claim>
                    """)
                + grant(
                    "11234568",
                    "Collapsible bowl",
                    """
                    <claim id="CLM-00001" num="00001"><claim-text>1. A collapsible bowl comprising: a silicone wall; and a rigid rim.</claim-text></claim>
                    """));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void importWritesARegisterThatCheckReads() {
    Path register = dir.resolve("patents.register");

    var imported = CliRun.of("patents", "import", grants.toString(), "--out", register.toString());

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("Imported 2 patents (3 claims) into " + register);
    assertThat(register).exists();

    var checked =
        CliRun.of(
            "patents",
            "check",
            catalogue.toString(),
            "--patents",
            register.toString(),
            "--today",
            "2026-12-07",
            "--format",
            "jsonl");

    assertThat(checked.exitCode()).isZero();
    String[] lines = checked.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .contains("\"id\":\"BTL-1\"")
        .contains("\"decision\":\"REVIEW\"")
        .contains("\"rule\":\"PT_CLAIM\"")
        .contains("\"mark\":\"US 11234567\"")
        .contains("\"owner\":\"Northwind Drinkware LLC\"")
        .contains("claim 1: 4 of 4 elements shown");
    assertThat(lines[1]).contains("\"id\":\"LSH-1\"").contains("\"decision\":\"PASS\"");
  }

  @Test
  void checkReadsGrantXmlDirectlyAndFailsOnReviewWhenAsked() {
    var run =
        CliRun.of(
            "patents",
            "check",
            catalogue.toString(),
            "--patents",
            grants.toString(),
            "--today",
            "2026-12-07",
            "--fail-on",
            "review");

    assertThat(run.exitCode()).isEqualTo(Clearmark.FLAGGED);
    assertThat(run.err()).contains("Checking claims of 2 patents");
  }

  @Test
  void laterSourceReplacesAPatentNamedBefore() throws IOException {
    Path csv =
        write(
            "correction.csv",
            """
            number,title,granted,claims
            11234568,Collapsible travel bowl,2021-06-15,1. A collapsible bowl comprising: a silicone wall; and a rigid rim.
            """);
    Path register = dir.resolve("patents.register");

    var run =
        CliRun.of(
            "patents", "import", grants.toString(), csv.toString(), "--out", register.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Imported 2 patents");
    assertThat(run.err())
        .contains("Read 2 patents from " + grants)
        .contains("1 patent named again by a later source");
  }

  @Test
  void chartPrintsOneRowPerElementForTheChosenAsins() {
    var run =
        CliRun.of(
            "patents",
            "chart",
            catalogue.toString(),
            "--patents",
            grants.toString(),
            "--patent",
            "US11234567",
            "--claim",
            "1",
            "--asin",
            "B0BOTTLE01",
            "--format",
            "csv");

    assertThat(run.exitCode()).isZero();
    String[] rows = run.out().split("\r\n");
    assertThat(rows[0]).isEqualTo("element,claim language,B0BOTTLE01");
    assertThat(rows).hasSize(7);
    assertThat(rows[6]).endsWith(",4 of 4 elements shown");
  }

  @Test
  void chartWritesTextToAFile() throws IOException {
    Path out = dir.resolve("chart.txt");

    var run =
        CliRun.of(
            "patents",
            "chart",
            catalogue.toString(),
            "--patents",
            grants.toString(),
            "--patent",
            "11234567",
            "--claim",
            "1",
            "-o",
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out))
        .contains("Claim chart: US 11234567 (Insulated drinking bottle), claim 1")
        .contains("B0LEASH001: Not shown in the listing");
    assertThat(run.err()).contains("against 2 listings into " + out);
  }

  @Test
  void chartOfADependentClaimIsRefusedInOneLine() {
    var run =
        CliRun.of(
            "patents",
            "chart",
            catalogue.toString(),
            "--patents",
            grants.toString(),
            "--patent",
            "11234567",
            "--claim",
            "2");

    assertThat(run.exitCode()).isEqualTo(Clearmark.USER_ERROR);
    assertThat(run.err())
        .contains(
            "clearmark: claim 2 depends on claim 1; a claim chart takes one independent claim")
        .doesNotContain("Exception");
  }

  @Test
  void chartOfAnUnknownPatentOrAsinIsNamed() {
    var unknownPatent =
        CliRun.of(
            "patents",
            "chart",
            catalogue.toString(),
            "--patents",
            grants.toString(),
            "--patent",
            "9999999",
            "--claim",
            "1");
    var unknownAsin =
        CliRun.of(
            "patents",
            "chart",
            catalogue.toString(),
            "--patents",
            grants.toString(),
            "--patent",
            "11234567",
            "--claim",
            "1",
            "--asin",
            "B0NOPE0000");

    assertThat(unknownPatent.err()).contains("US 9999999 is not among the 2 patents read");
    assertThat(unknownAsin.err()).contains("--asin: not in").contains("B0NOPE0000");
  }

  @Test
  void hostileGrantFileIsReportedNotResolved() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET-PASSWORD");
    Path hostile =
        write(
            "hostile.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-grant [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<us-patent-grant>&x;</us-patent-grant>\n");

    var run =
        CliRun.of("patents", "import", hostile.toString(), "--out", dir.resolve("r").toString());

    assertThat(run.exitCode()).isEqualTo(Clearmark.USER_ERROR);
    assertThat(run.err())
        .contains("hostile.xml:2: DOCTYPE: the DOCTYPE declares entities")
        .contains("no patent could be read")
        .doesNotContain("TOP-SECRET")
        .doesNotContain("Exception");
  }

  @Test
  void screenTakesGrantXmlAsItsPatentSource() {
    Path marks = dir.resolve("marks.csv");
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            writeQuietly(
                    marks,
                    "mark,owner,registration_number,jurisdiction,classes,status,famous\nROLEX,Rolex SA,T-0004,US,14,live,true\n")
                .toString(),
            "--patents",
            grants.toString(),
            "--today",
            "2026-12-07",
            "--format",
            "jsonl");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"mark\":\"US 11234567\"");
    assertThat(run.err()).contains("Checking claims of 2 patents from " + grants);
  }

  private static Path writeQuietly(Path file, String content) {
    try {
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void patentsHelpNamesItsCommands() {
    var run = CliRun.of("patents", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("import").contains("check").contains("chart");
  }

  @Test
  void chartInTheWrongFormatIsRefusedInOneLine() {
    var run =
        CliRun.of(
            "patents",
            "chart",
            catalogue.toString(),
            "--patents",
            grants.toString(),
            "--patent",
            "11234567",
            "--claim",
            "1",
            "--format",
            "pdf");

    assertThat(run.exitCode()).isEqualTo(Clearmark.USER_ERROR);
    assertThat(run.err()).contains("--format: expected text or csv, got \"pdf\"");
  }
}
