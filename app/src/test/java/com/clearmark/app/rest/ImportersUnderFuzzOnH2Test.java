package com.clearmark.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.Caller;
import com.clearmark.app.account.Role;
import com.clearmark.app.job.JobProblem;
import com.clearmark.app.job.Jobs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder passwords;
  @Autowired Jobs jobs;
  @Autowired JdbcClient jdbc;
  private String passwordHash;

  @BeforeEach
  void oneHashForAll() {
    passwordHash = passwords.encode("fuzzing sellers never sign in");
  }

  /** An organization of its own for one input, and its admin's API client. */
  private record Tenant(long organizationId, Api admin) {}

  private Tenant tenant() {
    long org = accounts.createOrganization("Fuzzed " + UUID.randomUUID());
    long user = accounts.createUser(UUID.randomUUID() + "@fuzz.test", "Pat Fuzz", passwordHash);
    accounts.addMember(org, user, Role.ADMIN);
    var created =
        tokens.create(new Caller(user, "Pat Fuzz", org, "Fuzzed", Role.ADMIN), "fuzz", Role.ADMIN);
    return new Tenant(org, new Api(port, created.secret()));
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
      throw new java.io.UncheckedIOException(e);
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
  private static void clearRefusal(Api.Reply reply, String where) {
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

  static final String COMPLAINTS =
      """
      complaint_id,type,notice_date,asins,titles,registration,rights_owner,rights_owner_email,account_health_below_100,brand
      CR-1001,Trademark,2026-10-02,B0CHARGER1|B0CABLE001,Charger|Cable,6123456,Voltra Power Inc.,legal@voltra.example,no,Voltra
      CR-1002,Counterfeit (no test buy),10/5/2026,B0BOTTLE01,Water bottle,,Aquila Brands,brand@aquila.example,yes,Aquila
      CR-1003,Copyright,"October 7, 2026",B0CASE0001,Phone case,VA0001234,Studio Nine,,no,
      """;

  @Test
  void malformedComplaintFilesAreRecordedWholeOrNotAtAll() {
    var malformed = new Malformed(List.of(COMPLAINTS.getBytes(StandardCharsets.UTF_8)), SEED + 7);
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

  static final String BUSINESS_REPORT =
      """
      Date,(Parent) ASIN,(Child) ASIN,Title,SKU,Sessions - Total,Units Ordered
      2026-09-14,B0PARENT01,B0CHARGER1,"Zorvix 65W Charger, White",ZV-1001,"1,204","1,130"
      9/15/2026,B0PARENT01,B0CABLE001,Zorvix Cable,ZV-1002,310,42
      2026-09-16,B0PARENT01,B0CABLE001,Zorvix Cable,ZV-1002,290,38
      """;

  @Test
  void malformedBusinessReportsAreRecordedWholeOrNotAtAll() {
    var malformed =
        new Malformed(List.of(BUSINESS_REPORT.getBytes(StandardCharsets.UTF_8)), SEED + 11);
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

  static final String NOTICE =
      """
      Date: 2026-10-02

      We removed one or more of your listings because we received a report from a rights owner.

      ASIN: B0CHARGER1
      Title: Zorvix 65W USB C Charger, 3-Port GaN Wall Charger
      Infringement type: Trademark
      Trademark asserted: 6123456
      Complaint ID: 9876543210

      Rights owner name: Voltra Power Inc.
      Rights owner email: brand-protection@voltra.example
      """;

  @Test
  void malformedPastedNotificationsAreRecordedOrRefusedWithTheReason() {
    var malformed = new Malformed(List.of(NOTICE.getBytes(StandardCharsets.UTF_8)), SEED + 13);
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

  /**
   * Malformed variants of valid files: one to three of cut, dropped and repeated lines, another
   * delimiter, a cell longer than any limit, stray bytes and invalid UTF-8, byte order marks, days
   * no calendar has, numbers out of range, stray quotes, other line endings and repeated header
   * columns. Input {@code i} depends only on the seed and {@code i}.
   */
  static final class Malformed {

    record Input(byte[] content, List<String> mutations) {}

    private static final String[] DAYS = {"2026-02-30", "2/30/2026", "2026-13-01", "0000-00-00"};
    private static final String[] NUMBERS = {
      "-5", "1e400", "99999999999999999999", "NaN", "1E-9999"
    };
    private final List<byte[]> seeds;
    private final long seed;

    Malformed(List<byte[]> seeds, long seed) {
      this.seeds = seeds;
      this.seed = seed;
    }

    Input input(int index) {
      var random = new Random(seed * 31 + index);
      byte[] content = seeds.get(random.nextInt(seeds.size()));
      List<String> applied = new ArrayList<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        int kind = random.nextInt(14);
        applied.add(NAMES[kind]);
        content = mutate(kind, content, random);
      }
      return new Input(content, applied);
    }

    private static final String[] NAMES = {
      "cut line",
      "drop line",
      "repeat line",
      "other delimiter",
      "huge cell",
      "binary bytes",
      "bad UTF-8",
      "byte order mark",
      "impossible date",
      "bad number",
      "stray quote",
      "CR line ends",
      "nearly empty",
      "repeated header column"
    };

    private static byte[] mutate(int kind, byte[] content, Random random) {
      // Latin-1 keeps every byte as one char, so invalid UTF-8 survives the edits.
      String text = new String(content, StandardCharsets.ISO_8859_1);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      int pos = random.nextInt(line.length() + 1);
      switch (kind) {
        case 0 -> lines.set(at, line.substring(0, pos));
        case 1 -> lines.remove(random.nextBoolean() ? 0 : at);
        case 2 -> lines.add(at, line);
        case 3 -> lines.replaceAll(l -> l.replace(",", ";").replace("\t", ","));
        case 4 -> lines.set(at, line.substring(0, pos) + "z".repeat(60_000) + line.substring(pos));
        case 5 -> {
          byte[] noise = new byte[1 + random.nextInt(16)];
          random.nextBytes(noise);
          lines.set(
              at,
              line.substring(0, pos)
                  + new String(noise, StandardCharsets.ISO_8859_1)
                  + line.substring(pos));
        }
        case 6 -> lines.set(at, line.substring(0, pos) + "\u00C3\u0028" + line.substring(pos));
        case 7 -> lines.set(0, "\u00EF\u00BB\u00BF" + lines.get(0));
        case 8 -> {
          String day = DAYS[random.nextInt(DAYS.length)];
          String replaced = text.replaceFirst("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}", day);
          return (replaced.equals(text) ? text + day : replaced)
              .getBytes(StandardCharsets.ISO_8859_1);
        }
        case 9 -> {
          String number = NUMBERS[random.nextInt(NUMBERS.length)];
          return text.replaceFirst("(?<=[,\\t\"])\\d+(\\.\\d+)?(?=[,\\t\"\\n])", number)
              .getBytes(StandardCharsets.ISO_8859_1);
        }
        case 10 -> lines.set(at, line.substring(0, pos) + "\"" + line.substring(pos));
        case 11 -> {
          return String.join("\r", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
        case 12 -> {
          return (random.nextBoolean() ? lines.get(0) : ",").getBytes(StandardCharsets.ISO_8859_1);
        }
        default -> {
          String header = lines.get(0);
          String cell = header.split("[,\\t]", -1)[0];
          lines.set(0, header + (header.contains("\t") ? "\t" : ",") + cell);
        }
      }
      var out = new ByteArrayOutputStream();
      out.writeBytes(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
      return out.toByteArray();
    }
  }
}
