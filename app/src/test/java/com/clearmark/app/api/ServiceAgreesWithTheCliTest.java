package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.TestClock;
import com.clearmark.cli.Clearmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The service screens a catalogue as {@code clearmark screen} does: the bundled registry and each
 * bundled catalogue, imported through the REST API, give every listing the decision, score and
 * findings (in the same order, each with the correction it suggests) that the command line prints
 * as JSON lines for the same files. With the Spark job's own test against the command line, the
 * three agree on the same files.
 *
 * <p>The service screens without a catalogue profile, so the command line runs with {@code
 * --no-catalogue}; neither side has own brands, since the bundled registry flags none as own. The
 * service's clock stands still on one day, and the command line judges on the day the service
 * compiled its registry on, so midnight cannot fall between the two.
 *
 * <p>Each catalogue is screened twice by the service: once as it is imported into a registry
 * already in place (the listings as the reader gave them), and once when the registry arrives after
 * the catalogue (the re-screen of the listings as the service stored them).
 */
@Import(TestClock.AsServiceClock.class)
class ServiceAgreesWithTheCliTest extends ServiceOnH2 {

  static final Path EXAMPLES = Path.of("..", "examples");
  static final Path MARKS = EXAMPLES.resolve("marks.csv");

  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;

  /** A finding with every field both the service and the command line give. */
  record Found(
      String rule,
      String category,
      String severity,
      String mark,
      String registration,
      String owner,
      String field,
      int start,
      int end,
      String text,
      String explanation,
      Fix suggestion) {}

  /** A suggested correction, or none (null) for a finding without one. */
  record Fix(String summary, List<Change> edits) {}

  /** One edit of a correction, with the whole text of its field once the correction is made. */
  record Change(String field, int start, int end, String replacement, String after) {}

  /** What a listing was screened to. */
  record Screened(String decision, int score, List<Found> findings) {}

  @ParameterizedTest
  @ValueSource(strings = {"catalogue.csv", "catalogue.jsonl", "catalogue.tsv", "flat-file.txt"})
  void everyListingGetsTheClisDecisionScoreAndFindings(String file) throws IOException {
    Path catalogue = EXAMPLES.resolve(file);
    var tenants = new Tenants(accounts, apiTokens, members, passwords, port);

    Tenant registryFirst = tenants.sellerWithAdmin("Registry first");
    importRegistry(registryFirst.admin());
    importCatalogue(registryFirst.reviewer(), catalogue);

    Tenant catalogueFirst = tenants.sellerWithAdmin("Catalogue first");
    importCatalogue(catalogueFirst.reviewer(), catalogue);
    importRegistry(catalogueFirst.admin());

    LocalDate judgedOn = judgingDay(registryFirst.viewer());
    assertThat(judgingDay(catalogueFirst.viewer())).isEqualTo(judgedOn);
    Map<String, Screened> cli = cli(catalogue, judgedOn);

    assertThat(cli).as("the command line screened %s", file).isNotEmpty();
    assertThat(cli.values().stream().flatMap(s -> s.findings().stream()))
        .as("the examples give findings and corrections with edits to compare")
        .anyMatch(f -> f.suggestion() != null && !f.suggestion().edits().isEmpty());
    assertSameAs(cli, service(registryFirst.viewer()), "imported into the registry");
    assertSameAs(cli, service(catalogueFirst.viewer()), "re-screened for a new registry");
  }

  private static void assertSameAs(
      Map<String, Screened> cli, Map<String, Screened> service, String how) {
    assertThat(service.keySet()).as("SKUs %s", how).isEqualTo(cli.keySet());
    for (var e : cli.entrySet()) {
      assertThat(service.get(e.getKey())).as("%s %s", e.getKey(), how).isEqualTo(e.getValue());
    }
  }

  // ---------------------------------------------------------------- the service

  private static void importRegistry(ApiClient admin) throws IOException {
    var job =
        ApiContract.awaitJob(
            admin,
            ApiContract.jobId(admin.upload("registry", "marks.csv", Files.readAllBytes(MARKS))));
    assertThat(job.path("status").asString()).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.path("rejected").asLong()).as("%s", job).isZero();
    ApiContract.awaitRegistryCurrent(admin);
  }

  private static void importCatalogue(ApiClient reviewer, Path file) throws IOException {
    var job =
        ApiContract.awaitJob(
            reviewer,
            ApiContract.jobId(
                reviewer.upload(
                    "catalogue", file.getFileName().toString(), Files.readAllBytes(file))));
    assertThat(job.path("status").asString()).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.path("rejected").asLong()).as("%s", job).isZero();
  }

  /** The day the service's compiled registry judges on (authorizations, were there any). */
  private static LocalDate judgingDay(ApiClient viewer) {
    JsonNode registry = viewer.get("/api/v1/registry").json();
    assertThat(registry.path("current").asBoolean()).as("%s", registry).isTrue();
    return LocalDate.ofInstant(
        Instant.parse(registry.path("compiledAt").asString()), ZoneOffset.UTC);
  }

  /** Each listing's current screening, by SKU, as the API shows it. */
  private static Map<String, Screened> service(ApiClient viewer) {
    Map<String, Screened> out = new TreeMap<>();
    JsonNode page = viewer.get("/api/v1/listings?size=500").json();
    assertThat(page.path("totalElements").asLong()).isEqualTo(page.path("items").size());
    for (JsonNode item : page.path("items")) {
      long id = item.path("id").asLong();
      JsonNode version = ApiContract.listingView(viewer, id).path("version");
      Map<Long, Fix> fixes = new HashMap<>();
      for (JsonNode s : viewer.get("/api/v1/listings/" + id + "/suggestions").json()) {
        List<Change> edits = new ArrayList<>();
        for (JsonNode e : s.path("edits")) {
          edits.add(change(e, text(s.path("after"), text(e, "field"))));
        }
        fixes.put(s.path("findingId").asLong(), new Fix(text(s, "summary"), edits));
      }
      List<Found> findings = new ArrayList<>();
      for (JsonNode f : version.path("findings")) {
        assertThat(f.path("dismissed").asBoolean()).isFalse();
        findings.add(found(f, "evidence", fixes.get(f.path("id").asLong())));
      }
      Screened before =
          out.put(
              item.path("sku").asString(),
              new Screened(
                  version.path("decision").asString(), version.path("score").asInt(), findings));
      assertThat(before).as("one listing per SKU").isNull();
    }
    return out;
  }

  // ---------------------------------------------------------------- the command line

  /** {@code clearmark screen --format jsonl} of the same files, by SKU. */
  private static Map<String, Screened> cli(Path catalogue, LocalDate today) {
    var out = new StringWriter();
    var err = new StringWriter();
    int status =
        Clearmark.run(
            new String[] {
              "screen",
              catalogue.toString(),
              "--marks",
              MARKS.toString(),
              "--format",
              "jsonl",
              "--no-catalogue",
              "--today",
              today.toString()
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(status).as("%s", err).isZero();
    // The service refused no row (see importCatalogue), so the command line must skip none either.
    assertThat(err.toString()).doesNotContain("warning");
    Map<String, Screened> bySku = new TreeMap<>();
    for (String line : out.toString().lines().toList()) {
      JsonNode r = ApiClient.JSON.readTree(line);
      List<Found> findings = new ArrayList<>();
      for (JsonNode f : r.path("findings")) {
        JsonNode s = f.path("suggestion");
        Fix fix = null;
        if (!s.isNull()) {
          List<Change> edits = new ArrayList<>();
          for (JsonNode e : s.path("edits")) {
            edits.add(change(e, text(e, "after")));
          }
          fix = new Fix(text(s, "summary"), edits);
        }
        findings.add(found(f, "text", fix));
      }
      Screened before =
          bySku.put(
              r.path("sku").asString(),
              new Screened(r.path("decision").asString(), r.path("score").asInt(), findings));
      assertThat(before).as("one line per SKU").isNull();
    }
    return bySku;
  }

  /**
   * A finding from either side's JSON; they differ in the name of the quoted text and in where the
   * suggestion is (the service gives the suggestions apart, by finding).
   */
  private static Found found(JsonNode f, String textField, Fix suggestion) {
    return new Found(
        text(f, "rule"),
        text(f, "category"),
        text(f, "severity"),
        text(f, "mark"),
        text(f, "registration"),
        text(f, "owner"),
        text(f, "field"),
        f.path("start").asInt(),
        f.path("end").asInt(),
        text(f, textField),
        text(f, "explanation"),
        suggestion);
  }

  private static Change change(JsonNode e, String after) {
    return new Change(
        text(e, "field"),
        e.path("start").asInt(),
        e.path("end").asInt(),
        text(e, "replacement"),
        after);
  }

  /** A string field, or null when it is absent or JSON null, the same on both sides. */
  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asString();
  }
}
