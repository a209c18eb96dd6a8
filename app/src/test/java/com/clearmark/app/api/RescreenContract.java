package com.clearmark.app.api;

import static com.clearmark.app.api.ApiContract.LUMORA;
import static com.clearmark.app.api.ApiContract.awaitJob;
import static com.clearmark.app.api.ApiContract.awaitRegistryCurrent;
import static com.clearmark.app.api.ApiContract.listing;
import static com.clearmark.app.api.ApiContract.listingView;
import static com.clearmark.app.api.ApiContract.mark;
import static com.clearmark.app.api.ApiContract.putListing;
import static com.clearmark.app.api.ApiContract.registerMark;
import static com.clearmark.app.api.ApiContract.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A re-screen that stopped short, re-run through the API: the registry says how many listings are
 * behind it, and the re-run screens exactly those. A re-screen cut short is set up here by putting
 * listings back to an older registry version, the state a crash leaves (the fault-injection suite
 * makes it with a real kill); each database gets a subclass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class RescreenContract {

  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @LocalServerPort int port;

  Tenant acme;
  Tenant globex;

  @BeforeEach
  void twoSellers() {
    var tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    acme = tenants.sellerWithAdmin("Acme");
    globex = tenants.sellerWithAdmin("Globex");
  }

  @AfterEach
  void backToTheFirstDay() {
    clock.set(TestClock.TODAY, TestClock.START);
  }

  @Test
  void theRegistryCountsListingsBehindItAndAReRunFromTheApiScreensExactlyThose() {
    registerMark(acme.admin(), LUMORA);
    long risky = putListing(acme.reviewer(), listing("ACME-RS1", LUMORA + " trail shoe", "Acme"));
    putListing(acme.reviewer(), listing("ACME-RS2", "Acme trail shoe", "Acme"));
    putListing(acme.reviewer(), listing("ACME-RS3", "Acme rain jacket", "Acme"));
    registerMark(globex.admin(), LUMORA);
    putListing(globex.reviewer(), listing("GLOBEX-RS1", "Globex trail shoe", "Globex"));
    leftBehind(acme, "ACME-RS1", "ACME-RS2");

    JsonNode before = acme.viewer().get("/api/v1/registry").json();
    assertThat(before.path("listingsBehind").asLong()).isEqualTo(2);
    assertThat(before.path("current").asBoolean()).isFalse();
    assertThat(globex.viewer().get("/api/v1/registry").json().path("listingsBehind").asLong())
        .isZero();

    var rerun = acme.admin().post("/api/v1/registry/rescreen", null);

    assertThat(rerun.status()).as("%s", rerun).isEqualTo(202);
    long id = rerun.json().path("id").asLong();
    assertThat(rerun.header("location")).hasValue("/api/v1/imports/" + id);
    assertThat(rerun.json().path("kind").asString()).isEqualTo("RESCREEN");
    JsonNode job = awaitJob(acme.viewer(), id);
    assertThat(job.path("status").asString()).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.path("processed").asLong()).isEqualTo(2);
    assertThat(job.path("accepted").asLong()).as("verdicts that changed").isZero();
    JsonNode after = acme.viewer().get("/api/v1/registry").json();
    assertThat(after.path("listingsBehind").asLong()).isZero();
    assertThat(after.path("current").asBoolean()).isTrue();
    assertThat(summary(acme.viewer(), risky).path("decision").asString()).isIn("BLOCK", "REVIEW");
  }

  @Test
  void aReRunWithNothingBehindIsAConflictAndOnlyAnAdminMayAskForOne() {
    registerMark(acme.admin(), LUMORA);
    putListing(acme.reviewer(), listing("ACME-RS9", "Acme trail shoe", "Acme"));

    var nothing = acme.admin().post("/api/v1/registry/rescreen", null);
    assertThat(nothing.isProblem(409)).as("%s", nothing).isTrue();
    assertThat(nothing.json().path("detail").asString()).contains("nothing to re-screen");

    leftBehind(acme, "ACME-RS9");
    assertThat(acme.reviewer().post("/api/v1/registry/rescreen", null).isProblem(403)).isTrue();
    assertThat(acme.viewer().post("/api/v1/registry/rescreen", null).isProblem(403)).isTrue();
    assertThat(acme.viewer().get("/api/v1/registry").json().path("listingsBehind").asLong())
        .isEqualTo(1);
  }

  @Test
  void anAuthorizationAddedGivesTheRegistryANewVersionAndReScreensTheListingsItCovers() {
    registerMark(acme.admin(), "ZORBLAX");
    Map<String, Object> charger = listing("ACME-ZB1", "Zorblax 65W charger", "Zorblax");
    charger.put("asin", "B0ZORBLAX1");
    long id = putListing(acme.reviewer(), charger);
    assertThat(rules(acme, id)).contains("TM_SOURCE_PROOF");
    long before = acme.viewer().get("/api/v1/registry").json().path("registryVersion").asLong();

    var added =
        acme.admin()
            .post(
                "/api/v1/authorizations",
                Map.of(
                    "kind", "Distribution agreement",
                    "licensor", "Zorblax Inc.",
                    "brands", List.of("Zorblax"),
                    "asins", List.of("B0ZORBLAX1"),
                    "validFrom", TestClock.TODAY.minusDays(100).toString(),
                    "validTo", TestClock.TODAY.plusDays(20).toString()));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    awaitRegistryCurrent(acme.admin());

    assertThat(acme.viewer().get("/api/v1/registry").json().path("registryVersion").asLong())
        .isGreaterThan(before);
    assertThat(rules(acme, id)).doesNotContain("TM_SOURCE_PROOF");
  }

  @Test
  void aNewDayWithTheSameAuthorizationsInForceKeepsTheRegistryVersionAndEveryListingCurrent() {
    registerMark(acme.admin(), LUMORA);
    putListing(acme.reviewer(), listing("ACME-DAY1", LUMORA + " trail shoe", "Acme"));
    putListing(acme.reviewer(), listing("ACME-DAY2", "Acme trail shoe", "Acme"));
    authorize(acme, "Zorblax", clock.today().minusDays(100), clock.today().plusDays(20));
    awaitRegistryCurrent(acme.admin());
    long version = registry(acme).path("registryVersion").asLong();
    long reScreens = reScreens(acme);

    clock.advance(Duration.ofDays(1));
    putListing(acme.reviewer(), listing("ACME-DAY3", "Acme rain jacket", "Acme"));

    JsonNode after = registry(acme);
    assertThat(after.path("registryVersion").asLong()).isEqualTo(version);
    assertThat(after.path("rebuilding").asBoolean()).isFalse();
    assertThat(after.path("listingsBehind").asLong()).isZero();
    assertThat(after.path("current").asBoolean()).as("%s", after).isTrue();
    assertThat(reScreens(acme)).isEqualTo(reScreens);
  }

  @Test
  void anAuthorizationThatStartsTomorrowReScreensTheListingsItCoversOnTheDayItStarts() {
    registerMark(acme.admin(), "ZORBLAX");
    Map<String, Object> charger = listing("ACME-ZB2", "Zorblax 65W charger", "Zorblax");
    charger.put("asin", "B0ZORBLAX2");
    long id = putListing(acme.reviewer(), charger);
    long before = registry(acme).path("registryVersion").asLong();

    authorize(acme, "Zorblax", clock.today().plusDays(1), clock.today().plusDays(20));
    awaitRegistryCurrent(acme.admin());
    assertThat(registry(acme).path("registryVersion").asLong())
        .as("not in force yet, so nothing is screened differently today")
        .isEqualTo(before);
    assertThat(rules(acme, id)).contains("TM_SOURCE_PROOF");

    clock.advance(Duration.ofDays(1));
    putListing(acme.reviewer(), listing("ACME-ZB3", "Acme rain jacket", "Acme"));
    awaitRegistryCurrent(acme.admin());

    assertThat(registry(acme).path("registryVersion").asLong()).isGreaterThan(before);
    assertThat(rules(acme, id)).doesNotContain("TM_SOURCE_PROOF");
  }

  @Test
  void aRegistryThatFailedToCompileIsCompiledAgainByAReRunThatOtherwiseFailsSayingWhy() {
    registerMark(acme.admin(), LUMORA);
    long risky = putListing(acme.reviewer(), listing("ACME-RB1", LUMORA + " trail shoe", "Acme"));
    // A mark row no compile accepts, as a hand edit of the database could leave one.
    jdbc.sql("update marks set name = '' where organization_id = ?")
        .param(acme.organizationId())
        .update();
    var added = acme.admin().post("/api/v1/marks", mark("ZORBLAX"));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    JsonNode failed =
        await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> registry(acme), r -> !r.path("rebuilding").asBoolean());
    assertThat(failed.path("compiledVersion").asLong())
        .isLessThan(failed.path("registryVersion").asLong());
    assertThat(failed.path("listingsBehind").asLong()).isEqualTo(1);

    var rerun = acme.admin().post("/api/v1/registry/rescreen", null);
    assertThat(rerun.status()).as("%s", rerun).isEqualTo(202);
    JsonNode job = awaitJob(acme.viewer(), rerun.json().path("id").asLong());
    assertThat(job.path("status").asString()).as("%s", job).isEqualTo("FAILED");
    assertThat(job.path("message").asString())
        .contains("could not be compiled")
        .contains("version " + failed.path("registryVersion").asLong())
        .contains("a mark needs a name");
    assertThat(registry(acme).path("listingsBehind").asLong()).isEqualTo(1);

    jdbc.sql("update marks set name = ? where organization_id = ? and name = ''")
        .params(LUMORA, acme.organizationId())
        .update();
    var again = acme.admin().post("/api/v1/registry/rescreen", null);
    assertThat(again.status()).as("%s", again).isEqualTo(202);
    JsonNode done = awaitJob(acme.viewer(), again.json().path("id").asLong());
    assertThat(done.path("status").asString()).as("%s", done).isEqualTo("SUCCEEDED");
    assertThat(done.path("processed").asLong()).isEqualTo(1);
    JsonNode after = registry(acme);
    assertThat(after.path("compiledVersion").asLong())
        .isEqualTo(after.path("registryVersion").asLong());
    assertThat(after.path("current").asBoolean()).as("%s", after).isTrue();
    assertThat(summary(acme.viewer(), risky).path("decision").asString()).isIn("BLOCK", "REVIEW");
  }

  private static JsonNode registry(Tenant seller) {
    return seller.viewer().get("/api/v1/registry").json();
  }

  private long reScreens(Tenant seller) {
    return jdbc.sql("select count(*) from jobs where organization_id = ? and kind = 'RESCREEN'")
        .param(seller.organizationId())
        .query(Long.class)
        .single();
  }

  private static void authorize(Tenant seller, String brand, LocalDate from, LocalDate to) {
    var added =
        seller
            .admin()
            .post(
                "/api/v1/authorizations",
                Map.of(
                    "kind", "Distribution agreement",
                    "licensor", brand + " Inc.",
                    "brands", List.of(brand),
                    "asins", List.of("B0" + brand.toUpperCase(Locale.ROOT) + "2"),
                    "validFrom", from.toString(),
                    "validTo", to.toString()));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
  }

  private static List<String> rules(Tenant seller, long listingId) {
    return listingView(seller.viewer(), listingId)
        .path("version")
        .path("findings")
        .findValuesAsString("rule");
  }

  /** Puts listings back one registry version, as a re-screen cut short by a crash leaves them. */
  private void leftBehind(Tenant seller, String... skus) {
    for (String sku : skus) {
      int updated =
          jdbc.sql(
                  "update listings set registry_version = registry_version - 1 where"
                      + " organization_id = ? and sku = ?")
              .params(seller.organizationId(), sku)
              .update();
      assertThat(updated).as(sku).isEqualTo(1);
    }
  }
}
