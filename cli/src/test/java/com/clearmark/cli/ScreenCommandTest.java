package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {

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
            NIKE,"Nike, Inc.",T-0001,US,25;28;18,live,true
            ROLEX,Rolex SA,T-0004,US,14,live,true
            SAMSUNG,Samsung Electronics,T-0015,US,9,live,true
            """);
    catalogue =
        write(
            "catalogue.csv",
            """
            sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace
            ZX-1,B0TEST0001,Zorvix Running Shoes,Zorvix,Breathable|Light,Daily trainers,running shoes,59.99,USD,Shoes,amazon.com
            ZX-2,B0TEST0002,N1ke Air Running Shoes,Zorvix,Mesh upper,=cmd|' /C calc'!A0,trainers,49.99,USD,Shoes,amazon.com
            ZX-3,,Zorvix Case,Zorvix,Compatible with Samsung Galaxy S24,Clear case,phone case,9.99,USD,Cell Phones & Accessories,amazon.com
            """);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void jsonlReportFollowsTheDocumentedContractInInputOrder() throws IOException {
    var run =
        CliRun.of("screen", catalogue.toString(), "--marks", marks.toString(), "--format", "jsonl");
    assertThat(run.exitCode()).isZero();
    List<Map<String, Object>> rows = parseJsonl(run.out());
    assertThat(rows).extracting(r -> r.get("id")).containsExactly("ZX-1", "ZX-2", "ZX-3");
    assertThat(rows.get(0).keySet())
        .containsExactly("id", "sku", "asin", "decision", "score", "findings");
    assertThat(rows).extracting(r -> r.get("decision")).containsExactly("PASS", "BLOCK", "PASS");
    @SuppressWarnings("unchecked")
    var finding = ((List<Map<String, Object>>) rows.get(1).get("findings")).get(0);
    assertThat(finding.keySet())
        .containsExactly(
            "rule",
            "category",
            "severity",
            "mark",
            "registration",
            "owner",
            "field",
            "start",
            "end",
            "text",
            "explanation",
            "suggestion");
    assertThat(finding)
        .containsEntry("rule", "TM_LOOKALIKE")
        .containsEntry("mark", "NIKE")
        .containsEntry("registration", "T-0001")
        .containsEntry("field", "title")
        .containsEntry("start", 0)
        .containsEntry("end", 4)
        .containsEntry("text", "N1ke");
    @SuppressWarnings("unchecked")
    var suggestion = (Map<String, Object>) finding.get("suggestion");
    assertThat(suggestion.keySet()).containsExactly("summary", "edits");
    assertThat((String) suggestion.get("summary")).startsWith("Remove \"N1ke\" from the title");
    @SuppressWarnings("unchecked")
    var edit = ((List<Map<String, Object>>) suggestion.get("edits")).get(0);
    assertThat(edit)
        .containsEntry("field", "title")
        .containsEntry("start", 0)
        .containsEntry("end", 4)
        .containsEntry("replacement", "")
        .containsEntry("after", "Air Running Shoes");
  }

  @Test
  void findingWithNothingToCorrectHasANullSuggestion() throws IOException {
    var run =
        CliRun.of("screen", catalogue.toString(), "--marks", marks.toString(), "--format", "jsonl");
    List<Map<String, Object>> rows = parseJsonl(run.out());
    @SuppressWarnings("unchecked")
    var compatibility = ((List<Map<String, Object>>) rows.get(2).get("findings")).get(0);
    assertThat(compatibility).containsEntry("rule", "TM_COMPATIBILITY");
    assertThat(compatibility).containsKey("suggestion");
    assertThat(run.out().lines().toList().get(2)).contains("\"suggestion\":null");
  }

  @Test
  void unclosedQuoteRefusesTheFileWithExitCodeTwoAndNoReport() throws IOException {
    Path open =
        write(
            "open.csv",
            "sku,title,brand\nA-1,Zorvix Shoes,Zorvix\nA-2,\"Zorvix Socks,Zorvix\nA-3,Zorvix Cap,Zorvix\n");
    Path report = dir.resolve("open.jsonl");
    var run =
        CliRun.of(
            "screen",
            open.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "jsonl",
            "-o",
            report.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(open + ":3: title:").contains("no matching closing quote");
    assertThat(report).doesNotExist();

    var streaming =
        CliRun.of(
            "screen",
            open.toString(),
            "--marks",
            marks.toString(),
            "--no-catalogue",
            "-o",
            report.toString());
    assertThat(streaming.exitCode()).isEqualTo(2);
    assertThat(streaming.err()).contains("no report was written to " + report);
    assertThat(report).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void htmlReportPutsTheSummaryFirstAndTheRiskiestListingsFirstWithTheirFixes() throws IOException {
    Path report = dir.resolve("risk.html");
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "html",
            "-o",
            report.toString());
    assertThat(run.exitCode()).isZero();
    String html = Files.readString(report);
    assertThat(html.indexOf("<h2>Summary</h2>")).isLessThan(html.indexOf("<table>"));
    assertThat(html.indexOf("ZX-2")).as("BLOCK first").isLessThan(html.indexOf("ZX-3"));
    assertThat(html)
        .contains("3 listings")
        .contains("Suggested fix:")
        .contains("<del>N1ke Air Running Shoes</del>")
        .contains("<ins>Air Running Shoes</ins>");
  }

  @Test
  void reportFilesGetTheUsersUsualPermissionsNotPrivateOnes() throws IOException {
    Path report = dir.resolve("perm.csv");
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "csv",
            "-o",
            report.toString());
    assertThat(run.exitCode()).isZero();
    // A file created plainly here gets what the umask gives; the report must get the same.
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void oneListingIsCountedInTheSingular() throws IOException {
    Path one = write("one.csv", "sku,title,brand\nA-1,Zorvix Shoes,Zorvix\n");
    var run = CliRun.of("screen", one.toString(), "--marks", marks.toString());
    assertThat(run.out()).contains("1 listing from").doesNotContain("1 listings");
  }

  @Test
  void tableReportHighlightsEvidenceAndEndsWithSummary() {
    var run = CliRun.of("screen", catalogue.toString(), "--marks", marks.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("»N1ke«")
        .contains("TM_LOOKALIKE")
        .contains("Summary")
        .contains("BLOCK 1")
        .contains("REVIEW 0")
        .contains("PASS 2");
  }

  @Test
  void failOnBlockSetsExitCodeOne() {
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "jsonl",
            "--fail-on",
            "block");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void failOnIsQuietWhenNothingReachesTheLevel() throws IOException {
    Path clean = write("clean.csv", "sku,title,brand\nZX-1,Zorvix Shoes,Zorvix\n");
    var run =
        CliRun.of("screen", clean.toString(), "--marks", marks.toString(), "--fail-on", "review");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void missingListingsFileIsOneClearLineWithExitCodeTwo() {
    var run = CliRun.of("screen", dir.resolve("nope.csv").toString(), "--marks", marks.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("nope.csv").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void malformedRowIsReportedWithLineAndFieldAndSkipped() throws IOException {
    Path bad =
        write(
            "bad.csv",
            "sku,title,brand,price\nZX-1,Zorvix Shoes,Zorvix,abc\n"
                + "ZX-2,Zorvix Socks,Zorvix,5.00\n");
    var run = CliRun.of("screen", bad.toString(), "--marks", marks.toString(), "--format", "jsonl");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("bad.csv:2").contains("price");
    assertThat(parseJsonl(run.out())).extracting(r -> r.get("id")).containsExactly("ZX-2");
  }

  @Test
  void strictModeStopsAtTheMalformedRowWithoutWritingTheReport() throws IOException {
    Path bad =
        write(
            "bad.csv",
            "sku,title,brand,price\nZX-1,Zorvix Shoes,Zorvix,5\n"
                + "ZX-2,Zorvix Socks,Zorvix,abc\n");
    Path report = dir.resolve("report.jsonl");
    var run =
        CliRun.of(
            "screen",
            bad.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "jsonl",
            "--strict",
            "--output",
            report.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad.csv:3").contains("price");
    assertThat(report).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void unknownFormatNamesTheFileAndWhatIsAccepted() throws IOException {
    Path odd = write("odd.csv", "colour,size\nred,M\n");
    var run = CliRun.of("screen", odd.toString(), "--marks", marks.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("odd.csv").contains("1");
  }

  @Test
  void badOptionValueIsAUsageError() {
    var run =
        CliRun.of(
            "screen", catalogue.toString(), "--marks", marks.toString(), "--fail-on", "sometimes");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--fail-on");
  }

  @Test
  void csvReportNeutralisesFormulaCells() throws IOException {
    Path report = dir.resolve("report.csv");
    var run =
        CliRun.of(
            "screen",
            catalogue.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "csv",
            "-o",
            report.toString());
    assertThat(run.exitCode()).isZero();
    List<String> lines = Files.readAllLines(report);
    assertThat(lines.get(0)).startsWith("id,sku,asin,decision,score,rule");
    assertThat(lines).anyMatch(l -> l.startsWith("ZX-2,ZX-2,B0TEST0002,BLOCK,80,TM_LOOKALIKE"));
    assertThat(run.err()).contains("Report written to");
  }

  @Test
  void htmlReportIsSelfContainedAndEscaped() throws IOException {
    Path evil =
        write("evil.csv", "sku,title,brand\n<b>X</b>,Nike <script>alert(1)</script>," + "Zorvix\n");
    Path report = dir.resolve("report.html");
    var run =
        CliRun.of(
            "screen",
            evil.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "html",
            "-o",
            report.toString());
    assertThat(run.exitCode()).isZero();
    String html = Files.readString(report);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>")
        .doesNotContain("src=\"http");
  }

  @Test
  void windows1252CatalogueIsReadWithEncodingOption() throws IOException {
    Path cp1252 = dir.resolve("cp1252.csv");
    Files.writeString(
        cp1252,
        "sku,title,brand\nZX-9,Caf\u00e9 mug \u2013 N1ke,Zorvix\n",
        Charset.forName("windows-1252"));
    var run =
        CliRun.of(
            "screen",
            cp1252.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "jsonl",
            "--encoding",
            "windows-1252");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("TM_LOOKALIKE");
  }

  @Test
  void ownBrandsFileTurnsAResellerIntoAnAuthorizedSeller() throws IOException {
    Path listing = write("nike.csv", "sku,title,brand\nNK-1,Nike Pegasus 40,Nike\n");
    Path own = write("own.csv", "brand,asins,skus,valid_from,valid_to\nNike,,NK-1,,\n");
    var without =
        CliRun.of("screen", listing.toString(), "--marks", marks.toString(), "--format", "jsonl");
    var with =
        CliRun.of(
            "screen",
            listing.toString(),
            "--marks",
            marks.toString(),
            "--format",
            "jsonl",
            "--own-brands",
            own.toString());
    assertThat(without.out()).contains("TM_SOURCE_PROOF");
    assertThat(with.out()).doesNotContain("TM_SOURCE_PROOF");
  }

  @Test
  void theCatalogueReadFirstExplainsItsOwnBrandsUnlessToldNotTo() throws IOException {
    Path register =
        write(
            "cisco.csv",
            "mark,owner,registration_number,jurisdiction,classes,status,famous\n"
                + "CISCO,Cisco Technology,T-0100,US,,live,true\n");
    Path listings =
        write(
            "cosco.csv",
            "sku,title,category\n"
                + "CS-1,Cosco Tennis Ball Pack of 6,Sports & Outdoors\n"
                + "CS-2,Cosco Badminton Net,Sports & Outdoors\n"
                + "CS-3,Cosco Football Size 5,Sports & Outdoors\n");
    var learned =
        CliRun.of(
            "screen", listings.toString(), "--marks", register.toString(), "--format", "jsonl");
    var alone =
        CliRun.of(
            "screen",
            listings.toString(),
            "--marks",
            register.toString(),
            "--format",
            "jsonl",
            "--no-catalogue");
    assertThat(learned.exitCode()).isZero();
    assertThat(learned.out()).doesNotContain("TM_LOOKALIKE");
    assertThat(alone.out()).contains("TM_LOOKALIKE").contains("CISCO");
  }

  static List<Map<String, Object>> parseJsonl(String text) throws IOException {
    var rows = new ArrayList<Map<String, Object>>();
    var factory = new JsonFactory();
    for (String line : text.strip().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try (JsonParser p = factory.createParser(line)) {
        p.nextToken();
        @SuppressWarnings("unchecked")
        var row = (Map<String, Object>) value(p);
        rows.add(row);
      }
    }
    return rows;
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      var map = new LinkedHashMap<String, Object>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        map.put(name, value(p));
      }
      return map;
    }
    if (t == JsonToken.START_ARRAY) {
      var list = new ArrayList<Object>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(p));
      }
      return list;
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    return p.getText();
  }

  @Test
  void aMarkTooLongToScreenIsAWarnedRowAndTheRestIsScreened() throws IOException {
    Path longMarks =
        write(
            "long-marks.csv",
            "mark,owner\nNIKE,\"Nike, Inc.\"\n\"" + "quiet words ".repeat(2_000) + "\",Someone\n");
    var run = CliRun.of("screen", catalogue.toString(), "--marks", longMarks.toString());
    assertThat(run.err())
        .contains("long-marks.csv:3: mark: the mark has 23999 characters; at most 500 are accepted")
        .doesNotContain("Exception");
    assertThat(run.out()).contains("N1ke Air Running Shoes");
  }

  @Test
  void runningOutOfMemoryIsAClearMessageNotAStackTrace() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    var process =
        new ProcessBuilder(
                java,
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                Clearmark.class.getName(),
                "screen",
                catalogue.toString(),
                "--marks",
                marks.toString())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    int code = process.waitFor();
    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(err).contains("clearmark: out of memory with").doesNotContain("\tat ");
    assertThat(code).isEqualTo(Clearmark.USER_ERROR);
  }
}
