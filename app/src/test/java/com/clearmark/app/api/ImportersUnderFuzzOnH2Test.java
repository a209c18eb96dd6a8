package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.job.JobProblem;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.Malformed;
import com.clearmark.app.support.ValidFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A seeded sample of malformed files through the real import path of every importer of the service,
 * each into an organization of its own: never a 500 or an internal error, every refusal a sentence
 * naming where (file, line, column), and the database holding exactly the rows the answer says were
 * accepted, or none when the import was refused whole. The generator of the bench's {@code
 * ImporterFuzz} makes a hundred thousand such inputs against the parsers alone.
 *
 * <p>The seed is {@code -Dclearmark.fuzz.seed} (a fixed one by default) and the count per importer
 * {@code -Dclearmark.fuzz.inputs}; a failure names both and the input's number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportersUnderFuzzOnH2Test {

  private static final long SEED = Long.getLong("clearmark.fuzz.seed", 20261204L);
  private static final int INPUTS = Integer.getInteger("clearmark.fuzz.inputs", 30);
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Pattern INTERNAL =
      Pattern.compile("Exception|internal error|\\bjava\\.|\\tat |Cannot invoke");

  @TempDir static Path home;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:fuzz-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired Jobs jobs;
  @Autowired JdbcClient jdbc;
  private Tenants tenants;

  @BeforeEach
  void oneHashForAll() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
  }

  /** An organization of its own for one input; its admin sends the input. */
  private Tenant tenant() {
    return tenants.sellerWithAdmin("Fuzzed");
  }

  private long count(String table, long organizationId) {
    return jdbc.sql("select count(*) from " + table + " where organization_id = ?")
        .param(organizationId)
        .query(Long.class)
        .single();
  }

  private static byte[] example(String name) {
    try {
      return Files.readAllBytes(EXAMPLES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a failure came from, to replay it. */
  private static String which(String importer, int index, Malformed.Input input) {
    return importer
        + " input "
        + index
        + " of seed "
        + SEED
        + " "
        + input.mutations()
        + " (-Dclearmark.fuzz.seed="
        + SEED
        + ")";
  }

  /** A 4xx answer is a problem detail whose sentences name what to fix; never a 5xx. */
  private static void clearRefusal(ApiClient.Reply reply, String where) {
    assertThat(reply.status()).as(where + ": " + reply.body()).isBetween(400, 499);
    assertThat(reply.contentType()).as(where).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("detail").asString())
        .as(where)
        .isNotBlank()
        .doesNotContainPattern(INTERNAL);
    JsonNode errors = problem.get("errors");
    if (errors != null) {
      errors
          .properties()
          .forEach(
              e ->
                  assertThat(e.getValue().asString())
                      .as(where + " " + e.getKey())
                      .isNotBlank()
                      .doesNotContainPattern(INTERNAL));
    }
  }

  private void catalogueOrRegistry(String importer, String kind, String table, byte[]... seeds) {
    var malformed = new Malformed(List.of(seeds), SEED + importer.hashCode());
    for (int i = 0; i < INPUTS; i++) {
      var input = malformed.input(i);
      String where = which(importer, i, input);
      var tenant = tenant();
      var reply =
          tenant.admin().uploadFile("/api/v1/imports?kind=" + kind, "fuzzed.txt", input.content());
      if (reply.status() != 202) {
        clearRefusal(reply, where);
        assertThat(count(table, tenant.organizationId())).as(where).isZero();
        continue;
      }
      long id = reply.json().get("id").asLong();
      var job =
          tenant
              .admin()
              .await(
                  "/api/v1/imports/" + id,
                  j -> j.get("status").asString().matches("SUCCEEDED|FAILED"));
      String message = job.get("message").asString();
      assertThat(message).as(where).isNotBlank().doesNotContainPattern(INTERNAL);
      if (job.get("status").asString().equals("FAILED")) {
        assertThat(message).as(where).contains("fuzzed.txt");
        assertThat(count(table, tenant.organizationId())).as(where).isZero();
        continue;
      }
      // A new organization: every accepted row is a new record, and no other row was written.
      assertThat(count(table, tenant.organizationId()))
          .as(where + ": " + job)
          .isEqualTo(job.get("accepted").asLong());
      List<JobProblem> problems = jobs.problems(id);
      assertThat(problems).as(where).hasSize((int) job.get("rejected").asLong());
      for (JobProblem p : problems) {
        assertThat(p.line() > 0 || !p.field().isBlank()).as(where + ": " + p).isTrue();
        assertThat(p.message()).as(where + ": " + p).isNotBlank().doesNotContainPattern(INTERNAL);
      }
    }
  }

  @Test
  void malformedCanonicalCsvCataloguesAreReadRowByRowOrRefusedWhole() {
    catalogueOrRegistry("catalogue CSV", "catalogue", "listing_versions", example("catalogue.csv"));
  }

  @Test
  void malformedAllListingsReportsAreReadRowByRowOrRefusedWhole() {
    catalogueOrRegistry("All Listings report", "catalogue", "listings", example("catalogue.tsv"));
  }

  @Test
  void malformedFlatFilesAreReadRowByRowOrRefusedWhole() {
    catalogueOrRegistry("flat file", "catalogue", "listings", example("flat-file.txt"));
  }

  @Test
  void malformedJsonLinesCataloguesAreReadRowByRowOrRefusedWhole() {
    catalogueOrRegistry("JSON lines", "catalogue", "listings", example("catalogue.jsonl"));
  }

  @Test
  void malformedMarkCsvFilesAreReadRowByRowOrRefusedWhole() {
    catalogueOrRegistry("marks CSV", "registry", "marks", example("marks.csv"));
  }

  @Test
  void malformedUsptoXmlIsReadOrRefusedWhole() {
    catalogueOrRegistry(
        "marks XML",
        "registry",
        "marks",
        example("uspto/bulk-daily-v2-example.xml"),
        example("uspto/st66-example.xml"),
        example("uspto/st96-example.xml"));
  }

  @Test
  void malformedComplaintFilesAreRecordedWholeOrNotAtAll() {
    var malformed =
        new Malformed(List.of(ValidFiles.COMPLAINTS.getBytes(StandardCharsets.UTF_8)), SEED + 7);
    for (int i = 0; i < INPUTS; i++) {
      var input = malformed.input(i);
      String where = which("complaints CSV", i, input);
      var tenant = tenant();
      var reply =
          tenant.admin().uploadFile("/api/v1/complaints/import", "complaints.csv", input.content());
      if (reply.status() == 201) {
        assertThat(count("complaints", tenant.organizationId()))
            .as(where)
            .isEqualTo(reply.json().get("recorded").asLong());
      } else {
        clearRefusal(reply, where);
        assertThat(count("complaints", tenant.organizationId())).as(where).isZero();
      }
    }
  }

  @Test
  void malformedBusinessReportsAreRecordedWholeOrNotAtAll() {
    var malformed =
        new Malformed(
            List.of(ValidFiles.BUSINESS_REPORT.getBytes(StandardCharsets.UTF_8)), SEED + 11);
    for (int i = 0; i < INPUTS; i++) {
      var input = malformed.input(i);
      String where = which("business report", i, input);
      var tenant = tenant();
      var reply =
          tenant
              .admin()
              .uploadFile(
                  "/api/v1/sales/import?from=2026-09-01&to=2026-09-30",
                  "report.csv",
                  input.content());
      if (reply.status() == 201) {
        assertThat(count("sales", tenant.organizationId()))
            .as(where)
            .isEqualTo(reply.json().get("rows").asLong());
      } else {
        clearRefusal(reply, where);
        assertThat(count("sales", tenant.organizationId())).as(where).isZero();
      }
    }
  }

  @Test
  void malformedPastedNotificationsAreRecordedOrRefusedWithTheReason() {
    var malformed =
        new Malformed(List.of(ValidFiles.NOTICE.getBytes(StandardCharsets.UTF_8)), SEED + 13);
    for (int i = 0; i < INPUTS; i++) {
      var input = malformed.input(i);
      String where = which("pasted notification", i, input);
      var tenant = tenant();
      String text = new String(input.content(), StandardCharsets.UTF_8);
      var reply = tenant.admin().post("/api/v1/complaints/parse", Map.of("text", text));
      if (reply.status() == 201) {
        assertThat(count("complaints", tenant.organizationId())).as(where).isEqualTo(1);
      } else {
        clearRefusal(reply, where);
        assertThat(count("complaints", tenant.organizationId())).as(where).isZero();
      }
    }
  }
}
