package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.ApiClient.Reply;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The REST API's contract for the catalogue, the registry and reviews, run over real HTTP against
 * the whole service on a random port. Each database gets a subclass that says where the service
 * keeps its data ({@code ApiOnH2Test}, {@code ApiOnPostgresTest}); every test makes its own seller
 * organizations, so tests neither see nor disturb each other's records.
 *
 * <p>The static methods at the end are the suite's vocabulary (request bodies, and waits for what
 * the service does in the background), shared by the other contracts and tests of this package.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiContract {

  /** A registered mark that the sellers in these tests must not use. */
  static final String LUMORA = "Lumora";

  /** A second registered mark, of another owner. */
  static final String VANTREL = "Vantrel";

  /** The header of Clearmark's canonical catalogue CSV, with its line end. */
  static final String HEADER = Catalogue.HEADER + "\n";

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @LocalServerPort int port;

  Tenants tenants;
  Tenant acme;
  Tenant globex;

  @BeforeEach
  void twoSellers() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    acme = tenants.sellerWithAdmin("Acme");
    globex = tenants.sellerWithAdmin("Globex");
  }

  // ---------------------------------------------------------------- 1. authentication

  @Test
  void anAnonymousCallGets401ProblemDetailsAndNeverARedirectToTheLoginPage() {
    var anonymous = ApiClient.anonymous(port);
    List<Reply> replies =
        List.of(
            anonymous.get("/api/v1/listings"),
            anonymous.get("/api/v1/marks"),
            anonymous.get("/api/v1/audit"),
            anonymous.post("/api/v1/screen", listing("NW-1", "Trail shoe", "Northwind")),
            anonymous.put("/api/v1/listings", listing("NW-1", "Trail shoe", "Northwind")),
            anonymous.getAccepting("/api/v1/reviews", "text/html"),
            anonymous.get("/api/v1/no-such-resource"));

    assertThat(replies)
        .allSatisfy(
            r -> {
              assertThat(r.isProblem(401)).as("%s", r).isTrue();
              assertThat(r.header("location")).isEmpty();
              assertThat(r.json().path("title").asString()).isEqualTo("Authentication required");
            });
  }

  @Test
  void aRevokedTokenGets401FromTheNextCallOn() {
    assertThat(acme.viewer().get("/api/v1/listings").status()).isEqualTo(200);

    tenants.revoke(acme, acme.viewer());

    assertThat(acme.viewer().get("/api/v1/listings").isProblem(401)).isTrue();
    assertThat(acme.admin().get("/api/v1/listings").status()).isEqualTo(200);
  }

  @Test
  void aMadeUpTokenGets401() {
    assertThat(
            acme.viewer()
                .withToken("cm_" + UUID.randomUUID())
                .get("/api/v1/listings")
                .isProblem(401))
        .isTrue();
    assertThat(
            acme.viewer()
                .withToken("not-even-a-clearmark-token")
                .get("/api/v1/marks")
                .isProblem(401))
        .isTrue();
  }

  @Test
  void healthIsOpenAndUp() {
    Reply health = ApiClient.anonymous(port).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asString()).isEqualTo("UP");
  }

  @Test
  void theOpenApiDocumentIsOpenAndDescribesEveryResource() {
    Reply docs = ApiClient.anonymous(port).get("/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.contentType()).startsWith("application/json");
    JsonNode openApi = docs.json();
    assertThat(openApi.path("openapi").asString()).startsWith("3.");
    assertThat(fieldNames(openApi.path("paths")))
        .contains(
            "/api/v1/screen",
            "/api/v1/listings",
            "/api/v1/marks",
            "/api/v1/imports",
            "/api/v1/reviews",
            "/api/v1/audit");
  }

  @Test
  void anAnonymousCallGets401ProblemDetailsNotALoginPage() {
    var reply = ApiClient.anonymous(port).get("/api/v1/listings");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void aRevokedOrMadeUpTokenGets401() {
    assertThat(acme.admin().get("/api/v1/listings").status()).isEqualTo(200);
    tenants.revoke(acme, acme.admin());
    assertThat(acme.admin().get("/api/v1/listings").status()).isEqualTo(401);
    assertThat(ApiClient.bearer(port, "cm_not-a-token").get("/api/v1/listings").status())
        .isEqualTo(401);
  }

  @Test
  void healthMetricsAndTheApiDocumentAreOpen() {
    var anonymous = ApiClient.anonymous(port);
    assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    assertThat(anonymous.get("/api/swagger-ui/index.html").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    var paths = anonymous.get("/v3/api-docs").json().get("paths");
    for (String p :
        List.of(
            "/api/v1/screen",
            "/api/v1/listings",
            "/api/v1/marks",
            "/api/v1/imports",
            "/api/v1/reviews",
            "/api/v1/audit")) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
  }

  // ---------------------------------------------------------------- 2. tenant boundary

  @Test
  void anotherOrganizationsListingIsNotFoundAndNeverListed() {
    registerMark(globex.admin(), LUMORA);
    long theirs =
        putListing(globex.reviewer(), listing("GX-SECRET-1", LUMORA + " trail shoe", "Globex"));
    putListing(
        globex.reviewer(),
        listing("GX-SECRET-1", LUMORA + " trail shoe, second version", "Globex"));
    putListing(acme.reviewer(), listing("ACME-1", "Acme trail shoe", "Acme"));

    assertThat(acme.admin().get("/api/v1/listings/" + theirs).isProblem(404)).isTrue();
    assertThat(acme.admin().get("/api/v1/listings/" + theirs + "?version=1").isProblem(404))
        .isTrue();
    assertThat(acme.admin().get("/api/v1/listings/" + theirs + "/diff").isProblem(404)).isTrue();
    assertThat(
            acme.admin()
                .post(
                    "/api/v1/listings/" + theirs + "/review",
                    decision("ACCEPT_RISK", "trying to decide for another seller"))
                .isProblem(404))
        .isTrue();
    assertThat(
            acme.admin()
                .post("/api/v1/reviews/bulk", bulk(List.of(theirs), "MARK_FIXED", null))
                .isProblem(404))
        .isTrue();

    assertThat(skus(acme.admin().get("/api/v1/listings?size=500"))).containsExactly("ACME-1");
    assertThat(ids(acme.admin().get("/api/v1/listings?q=GX-SECRET"))).isEmpty();
    assertThat(ids(acme.admin().get("/api/v1/reviews?reviewStatus=ALL&size=500")))
        .doesNotContain(theirs);
    assertThat(listingView(globex.viewer(), theirs).path("listing").path("reviewStatus").asString())
        .isEqualTo("OPEN");
  }

  @Test
  void anotherOrganizationsMarkCanBeNeitherReadNorChangedNorDeleted() {
    long theirs = registerMark(globex.admin(), LUMORA);
    registerMark(acme.admin(), VANTREL);

    assertThat(acme.admin().get("/api/v1/marks/" + theirs).isProblem(404)).isTrue();
    assertThat(acme.admin().put("/api/v1/marks/" + theirs, mark("Hijacked")).isProblem(404))
        .isTrue();
    assertThat(acme.admin().delete("/api/v1/marks/" + theirs).isProblem(404)).isTrue();

    assertThat(names(acme.admin().get("/api/v1/marks?size=500"))).containsExactly(VANTREL);
    Reply stillTheirs = globex.viewer().get("/api/v1/marks/" + theirs);
    assertThat(stillTheirs.status()).isEqualTo(200);
    assertThat(stillTheirs.json().path("name").asString()).isEqualTo(LUMORA);
  }

  @Test
  void anotherOrganizationsImportAndItsRejectedRowsAreNotFound() {
    String csv =
        Catalogue.csv()
            .listing("GX-1", "Globex camping stove", "Globex", "39.00")
            .listing("GX-2", "Globex camping pot", "Globex", "not a price")
            .text();
    long theirs = jobId(globex.reviewer().upload("catalogue", "globex.csv", csv));
    awaitJob(globex.reviewer(), theirs);

    assertThat(acme.admin().get("/api/v1/imports/" + theirs).isProblem(404)).isTrue();
    assertThat(acme.admin().get("/api/v1/imports/" + theirs + "/rejected").isProblem(404)).isTrue();
    assertThat(ids(acme.admin().get("/api/v1/imports?size=500"))).doesNotContain(theirs);
    assertThat(
            Catalogue.parse(globex.viewer().get("/api/v1/imports/" + theirs + "/rejected").body()))
        .as("the owner still reads its report")
        .hasSize(2);
  }

  @Test
  void anotherOrganizationsFindingCannotBeDismissed() {
    registerMark(globex.admin(), LUMORA);
    long theirs = putListing(globex.reviewer(), listing("GX-7", LUMORA + " hiking boot", "Globex"));
    long finding = findingIds(globex.viewer(), theirs).get(0);

    Reply reply =
        acme.admin()
            .post("/api/v1/findings/" + finding + "/dismiss", dismissal("not ours to judge"));

    assertThat(reply.isProblem(404)).isTrue();
    JsonNode listing = listingView(globex.viewer(), theirs);
    assertThat(listing.path("version").path("findings").get(0).path("dismissed").asBoolean())
        .isFalse();
    assertThat(listing.path("listing").path("decision").asString()).isNotEqualTo("PASS");
  }

  @Test
  void theAuditLogShowsOnlyTheCallersOwnOrganization() {
    registerMark(globex.admin(), LUMORA);
    putListing(globex.reviewer(), listing("GX-AUDITED", "Globex tent", "Globex"));
    registerMark(acme.admin(), VANTREL);

    JsonNode entries = acme.viewer().get("/api/v1/audit?size=500").json().path("items");

    assertThat(entries.size()).isPositive();
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.path("actorName").asString()).doesNotContain("Globex");
              assertThat(e.path("summary").asString())
                  .doesNotContain(LUMORA)
                  .doesNotContain("GX-AUDITED");
            });
    assertThat(actions(acme.viewer())).contains("MARK_ADDED").doesNotContain("LISTING_CREATED");
  }

  @Test
  void anotherOrganizationsRecordsAnswer404AndNeverAppearInLists() {
    var harbor = tenants.sellerWithAdmin("Harbor");
    registered(harbor.admin(), "ZORBLAX");
    var job =
        imported(
            harbor.admin(),
            "harbor.csv",
            HEADER
                + "H-1,B0H1,Zorblax charger,Generic,,,,abc,USD,,US\n"
                + "H-2,B0H2,Zorblax cable,Generic,,,,9.99,USD,,US\n");
    long listing = listingId(harbor.admin(), "H-2");
    long mark = harbor.admin().get("/api/v1/marks").json().get("items").get(0).get("id").asLong();
    long finding =
        harbor
            .admin()
            .get("/api/v1/listings/" + listing)
            .json()
            .get("version")
            .get("findings")
            .get(0)
            .get("id")
            .asLong();
    long jobId = job.get("id").asLong();

    var a = acme.admin();
    assertThat(a.get("/api/v1/listings/" + listing).status()).isEqualTo(404);
    assertThat(a.get("/api/v1/listings/" + listing + "/diff?from=1&to=1").status()).isEqualTo(404);
    assertThat(a.get("/api/v1/marks/" + mark).status()).isEqualTo(404);
    assertThat(a.put("/api/v1/marks/" + mark, electronicsMark("HIJACK")).status()).isEqualTo(404);
    assertThat(a.delete("/api/v1/marks/" + mark).status()).isEqualTo(404);
    assertThat(a.get("/api/v1/imports/" + jobId).status()).isEqualTo(404);
    assertThat(a.get("/api/v1/imports/" + jobId + "/rejected").status()).isEqualTo(404);
    assertThat(a.post("/api/v1/findings/" + finding + "/dismiss", Map.of("reason", "x")).status())
        .isEqualTo(404);
    assertThat(
            a.post(
                    "/api/v1/listings/" + listing + "/review",
                    Map.of("action", "ACCEPT_RISK", "reason", "x"))
                .status())
        .isEqualTo(404);
    assertThat(
            a.post(
                    "/api/v1/reviews/bulk",
                    Map.of("listingIds", List.of(listing), "action", "MARK_FIXED"))
                .status())
        .isEqualTo(404);
    var notFound = a.get("/api/v1/listings/" + listing);
    assertThat(notFound.contentType()).startsWith("application/problem+json");

    for (String list :
        List.of(
            "/api/v1/listings",
            "/api/v1/marks",
            "/api/v1/imports",
            "/api/v1/audit",
            "/api/v1/reviews?reviewStatus=ALL")) {
      assertThat(a.get(list).json().get("totalElements").asLong()).as(list).isZero();
    }
    assertThat(harbor.admin().get("/api/v1/marks/" + mark).json().get("name").asString())
        .isEqualTo("ZORBLAX");
  }

  // ---------------------------------------------------------------- 3. roles

  @Test
  void aViewerReadsEverythingButChangesNothing() {
    long lumora = registerMark(acme.admin(), LUMORA);
    long flagged = putListing(acme.reviewer(), listing("ACME-V1", LUMORA + " trail shoe", "Acme"));
    long finding = findingIds(acme.viewer(), flagged).get(0);
    var viewer = acme.viewer();

    for (String path :
        List.of(
            "/api/v1/listings",
            "/api/v1/listings/" + flagged,
            "/api/v1/marks",
            "/api/v1/imports",
            "/api/v1/reviews",
            "/api/v1/audit",
            "/api/v1/registry")) {
      assertThat(viewer.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(viewer.post("/api/v1/screen", listing("X", "Trail shoe", "Acme")).status())
        .isEqualTo(200);

    List<Reply> refused =
        List.of(
            viewer.put("/api/v1/listings", listing("ACME-V2", "Trail sock", "Acme")),
            viewer.upload(
                "catalogue",
                "c.csv",
                Catalogue.csv().listing("ACME-V3", "Sock", "Acme", "5").text()),
            viewer.upload("registry", "marks.csv", "mark,owner\nZentrix,Zentrix Ltd\n"),
            viewer.post("/api/v1/marks", mark("Zentrix")),
            viewer.put("/api/v1/marks/" + lumora, mark("Lumora Pro")),
            viewer.delete("/api/v1/marks/" + lumora),
            viewer.post("/api/v1/listings/" + flagged + "/review", decision("ACCEPT_RISK", "fine")),
            viewer.post("/api/v1/reviews/bulk", bulk(List.of(flagged), "MARK_FIXED", null)),
            viewer.post("/api/v1/findings/" + finding + "/dismiss", dismissal("false positive")));

    assertThat(refused).allSatisfy(r -> assertThat(r.isProblem(403)).as("%s", r).isTrue());
    assertThat(listingCount(acme.admin())).isEqualTo(1);
    assertThat(names(acme.admin().get("/api/v1/marks"))).containsExactly(LUMORA);
    assertThat(ids(acme.admin().get("/api/v1/imports"))).isEmpty();
    JsonNode listing = listingView(acme.admin(), flagged);
    assertThat(listing.path("listing").path("reviewStatus").asString()).isEqualTo("OPEN");
    assertThat(listing.path("version").path("findings").get(0).path("dismissed").asBoolean())
        .isFalse();
  }

  @Test
  void aReviewerImportsUpsertsAndReviewsButMayNotEditTheRegistry() {
    registerMark(acme.admin(), LUMORA);
    var reviewer = acme.reviewer();

    Reply upserted =
        reviewer.put("/api/v1/listings", listing("ACME-R1", LUMORA + " running cap", "Acme"));
    assertThat(upserted.status()).isEqualTo(201);
    long id = upserted.json().path("id").asLong();
    Reply imported =
        reviewer.upload(
            "catalogue",
            "caps.csv",
            Catalogue.csv().listing("ACME-R2", "Acme cap", "Acme", "12.00").text());
    assertThat(imported.status()).isEqualTo(202);
    assertThat(awaitJob(reviewer, jobId(imported)).path("status").asString())
        .isEqualTo("SUCCEEDED");
    Reply reviewed =
        reviewer.post("/api/v1/listings/" + id + "/review", decision("MARK_FIXED", null));
    assertThat(reviewed.status()).isEqualTo(200);
    assertThat(reviewed.json().path("reviewStatus").asString()).isEqualTo("FIXED");

    Reply addMark = reviewer.post("/api/v1/marks", mark("Zentrix"));
    Reply registryImport =
        reviewer.upload("registry", "marks.csv", "mark,owner\nZentrix,Zentrix Ltd\n");

    assertThat(addMark.isProblem(403)).as("%s", addMark).isTrue();
    assertThat(registryImport.isProblem(403)).as("%s", registryImport).isTrue();
    assertThat(names(acme.admin().get("/api/v1/marks"))).containsExactly(LUMORA);
  }

  @Test
  void anAdminMaysDoEverything() {
    var admin = acme.admin();

    Reply added = admin.post("/api/v1/marks", mark(LUMORA));
    assertThat(added.status()).isEqualTo(201);
    long markId = added.json().path("id").asLong();
    Reply registryImport =
        admin.upload("registry", "marks.csv", "mark,owner\n" + VANTREL + ",Vantrel Cordage Co\n");
    assertThat(registryImport.status()).isEqualTo(202);
    assertThat(awaitJob(admin, jobId(registryImport)).path("status").asString())
        .isEqualTo("SUCCEEDED");
    assertThat(admin.put("/api/v1/marks/" + markId, mark(LUMORA)).status()).isEqualTo(200);
    awaitRegistryCurrent(admin);
    long id = putListing(admin, listing("ACME-A1", VANTREL + " paracord bracelet", "Acme"));
    Reply catalogue =
        admin.upload(
            "catalogue",
            "c.csv",
            Catalogue.csv().listing("ACME-A2", "Acme mug", "Acme", "9.50").text());
    assertThat(awaitJob(admin, jobId(catalogue)).path("status").asString()).isEqualTo("SUCCEEDED");
    long finding = findingIds(admin, id).get(0);
    assertThat(
            admin
                .post("/api/v1/findings/" + finding + "/dismiss", dismissal("licensed cord"))
                .status())
        .isEqualTo(200);
    assertThat(admin.delete("/api/v1/marks/" + markId).status()).isEqualTo(204);

    assertThat(names(admin.get("/api/v1/marks"))).containsExactly(VANTREL);
    assertThat(listingCount(admin)).isEqualTo(2);
  }

  @Test
  void aTokenNeverActsAboveItsMembersCurrentRole() {
    Reply before =
        acme.reviewer().put("/api/v1/listings", listing("ACME-R9", "Acme trail shoe", "Acme"));
    assertThat(before.status()).isEqualTo(201);

    tenants.changeRole(acme, acme.reviewer(), Role.VIEWER);

    Reply after =
        acme.reviewer().put("/api/v1/listings", listing("ACME-R9", "Acme trail shoe v2", "Acme"));
    assertThat(after.isProblem(403)).as("%s", after).isTrue();
    assertThat(acme.reviewer().get("/api/v1/listings").status()).isEqualTo(200);
    assertThat(summaryBySku(acme.viewer(), "ACME-R9").path("version").asInt()).isEqualTo(1);
  }

  @Test
  void aViewerReadsButChangesNothing() {
    var viewer = acme.viewer();
    assertThat(viewer.get("/api/v1/listings").status()).isEqualTo(200);
    assertThat(viewer.post("/api/v1/screen", genericListing("S-1", "Cable")).status())
        .isEqualTo(200);
    var refused =
        List.of(
            viewer.put("/api/v1/listings", genericListing("S-1", "Cable")),
            viewer.upload("catalogue", "c.csv", HEADER + "S-1,,Cable,,,,,1,USD,,US\n", null),
            viewer.post("/api/v1/marks", electronicsMark("ZORBLAX")),
            viewer.post("/api/v1/listings/1/review", Map.of("action", "MARK_FIXED")),
            viewer.post("/api/v1/findings/1/dismiss", Map.of("reason", "x")));
    assertThat(refused)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isIn(403, 404);
              assertThat(r.contentType()).startsWith("application/problem+json");
            });
    assertThat(refused.subList(0, 3)).allSatisfy(r -> assertThat(r.status()).isEqualTo(403));
  }

  @Test
  void aReviewerImportsAndReviewsButDoesNotEditTheRegistry() {
    var reviewer = acme.reviewer();
    assertThat(reviewer.put("/api/v1/listings", genericListing("S-1", "Cable")).status())
        .isEqualTo(201);
    assertThat(
            imported(reviewer, "c.csv", HEADER + "S-2,,Charger,,,,,1,USD,,US\n")
                .get("status")
                .asString())
        .isEqualTo("SUCCEEDED");
    assertThat(reviewer.post("/api/v1/marks", electronicsMark("ZORBLAX")).status()).isEqualTo(403);
    assertThat(reviewer.upload("registry", "marks.csv", "mark\nZORBLAX\n", null).status())
        .isEqualTo(403);
    assertThat(acme.admin().post("/api/v1/marks", electronicsMark("ZORBLAX")).status())
        .isEqualTo(201);
  }

  // ---------------------------------------------------------------- 4. pre-publication screening

  @Test
  void screeningAListingThatNamesARegisteredMarkExplainsTheRiskAndStoresNothing() {
    registerMark(acme.admin(), LUMORA);
    long before = listingCount(acme.admin());
    String title = "Trail running shoe by " + LUMORA + " for rocky ground";

    Reply verdict = acme.reviewer().post("/api/v1/screen", listing("ACME-S1", title, "Acme"));

    assertThat(verdict.status()).isEqualTo(200);
    JsonNode v = verdict.json();
    assertThat(v.path("decision").asString()).isIn("BLOCK", "REVIEW");
    assertThat(v.path("score").asInt()).isGreaterThanOrEqualTo(40);
    JsonNode finding = findingFor(v.path("findings"), LUMORA);
    assertThat(finding.path("field").asString()).isEqualTo("title");
    assertThat(finding.path("start").asInt()).isEqualTo(title.indexOf(LUMORA));
    assertThat(finding.path("end").asInt()).isEqualTo(title.indexOf(LUMORA) + LUMORA.length());
    assertThat(finding.path("evidence").asString()).isEqualTo(LUMORA);
    assertThat(finding.path("explanation").asString()).contains(LUMORA);
    assertThat(listingCount(acme.admin())).isEqualTo(before);
    assertThat(actions(acme.admin())).doesNotContain("LISTING_CREATED");
  }

  @Test
  void screeningACleanListingPassesAndStoresNothing() {
    registerMark(acme.admin(), LUMORA);

    Reply verdict =
        acme.viewer()
            .post(
                "/api/v1/screen",
                listing("ACME-S2", "Acme trail running shoe, breathable mesh", "Acme"));

    assertThat(verdict.status()).isEqualTo(200);
    assertThat(verdict.json().path("decision").asString()).isEqualTo("PASS");
    assertThat(verdict.json().path("score").asInt()).isZero();
    assertThat(verdict.json().path("findings").size()).isZero();
    assertThat(listingCount(acme.admin())).isZero();
  }

  @Test
  void theScreenEndpointExplainsARiskyListingAndStoresNothing() {
    registered(acme.admin(), "ZORBLAX");
    var verdict =
        acme.reviewer().post("/api/v1/screen", genericListing("S-1", "Zorblax 65W charger")).json();

    assertThat(verdict.get("decision").asString()).isIn("REVIEW", "BLOCK");
    var finding = verdict.get("findings").get(0);
    assertThat(finding.get("mark").asString()).isEqualTo("ZORBLAX");
    assertThat(finding.get("field").asString()).isEqualTo("title");
    assertThat(finding.get("start").asInt()).isZero();
    assertThat(finding.get("end").asInt()).isEqualTo(7);
    assertThat(
            acme.reviewer()
                .post("/api/v1/screen", genericListing("S-2", "Braided charging cable"))
                .json()
                .get("decision")
                .asString())
        .isEqualTo("PASS");
    assertThat(acme.reviewer().get("/api/v1/listings").json().get("totalElements").asLong())
        .isZero();
  }

  // ---------------------------------------------------------------- 5. catalogue imports

  @Test
  void aCatalogueImportScreensEveryRowAndReportsRejectedRowsByLineAndField() {
    registerMark(acme.admin(), LUMORA);
    String csv =
        Catalogue.csv()
            .listing(
                "ACME-C1", "Acme trail shoe", "Acme", "49.00", "Breathable mesh", "Grippy sole")
            .listing("ACME-C2", LUMORA + " trail shoe", "Acme", "19.00")
            .listing("ACME-C3", "Acme rain jacket", "Acme", "abc")
            .text();

    Reply accepted = acme.reviewer().upload("catalogue", "catalogue.csv", csv);

    assertThat(accepted.status()).isEqualTo(202);
    long id = jobId(accepted);
    assertThat(accepted.header("location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/imports/" + id));
    JsonNode job = awaitJob(acme.reviewer(), id);
    assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(job.path("kind").asString()).isEqualTo("CATALOGUE_IMPORT");
    assertThat(job.path("accepted").asLong()).isEqualTo(2);
    assertThat(job.path("rejected").asLong()).isEqualTo(1);
    assertThat(summaryBySku(acme.viewer(), "ACME-C1").path("decision").asString())
        .isEqualTo("PASS");
    assertThat(summaryBySku(acme.viewer(), "ACME-C2").path("decision").asString())
        .isIn("BLOCK", "REVIEW");
    assertThat(
            listingView(acme.viewer(), summaryBySku(acme.viewer(), "ACME-C1").path("id").asLong())
                .path("version")
                .path("bulletPoints"))
        .extracting(JsonNode::asString)
        .containsExactly("Breathable mesh", "Grippy sole");
    assertThat(skus(acme.viewer().get("/api/v1/listings"))).doesNotContain("ACME-C3");

    Reply rejected = acme.viewer().get("/api/v1/imports/" + id + "/rejected");
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.contentType()).startsWith("text/csv");
    List<List<String>> report = Catalogue.parse(rejected.body());
    assertThat(report.get(0)).containsExactly("file", "line", "field", "reason");
    assertThat(report).hasSize(2);
    assertThat(report.get(1)).startsWith("catalogue.csv", "4", "price");
    assertThat(report.get(1).get(3)).contains("abc");
  }

  @Test
  void theRejectedRowsReportNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
    String csv =
        Catalogue.csv()
            .listing("=1+2", "Acme tent", "Acme", "99.00")
            .listing("=1+2", "Acme tent again", "Acme", "99.00")
            .text();

    long id = jobId(acme.reviewer().upload("catalogue", "=HYPERLINK(1).csv", csv));
    assertThat(awaitJob(acme.reviewer(), id).path("status").asString()).isEqualTo("SUCCEEDED");

    List<List<String>> report =
        Catalogue.parse(acme.viewer().get("/api/v1/imports/" + id + "/rejected").body());
    assertThat(report).hasSize(2);
    List<String> row = report.get(1);
    assertThat(row.get(0)).isEqualTo("'=HYPERLINK(1).csv");
    assertThat(row.get(1)).isEqualTo("3");
    assertThat(row.get(2)).isEqualTo("sku");
    assertThat(row.get(3)).startsWith("'=1+2 appears again");
  }

  @Test
  void aFileThatCannotBeReadFailsTheImportAndChangesNothing() {
    putListing(acme.reviewer(), listing("ACME-F1", "Acme stove", "Acme"));
    byte[] garbage = new byte[512];
    new Random(42).nextBytes(garbage);
    garbage[0] = (byte) 0xFF;
    garbage[1] = (byte) 0xFE;
    garbage[2] = (byte) 0xC3;
    garbage[3] = (byte) 0x28;
    String unknownHeader = "product,colour,weight\nStove,Red,2kg\n";

    long binary = jobId(acme.reviewer().upload("catalogue", "photo.jpg", garbage, null));
    long unknown =
        jobId(
            acme.reviewer()
                .upload(
                    "catalogue",
                    "other.csv",
                    unknownHeader.getBytes(StandardCharsets.UTF_8),
                    null));

    for (long id : List.of(binary, unknown)) {
      JsonNode job = awaitJob(acme.reviewer(), id);
      assertThat(job.path("status").asString()).as("job %s", id).isEqualTo("FAILED");
      assertThat(job.path("accepted").asLong()).isZero();
      assertThat(job.path("message").asString()).contains("Nothing was imported");
    }
    assertThat(skus(acme.viewer().get("/api/v1/listings"))).containsExactly("ACME-F1");
    assertThat(actions(acme.viewer())).doesNotContain("CATALOGUE_IMPORTED");
  }

  @Test
  void theSameIdempotencyKeyTwiceReturnsTheFirstJobAndImportsOnce() {
    byte[] csv =
        Catalogue.csv()
            .listing("ACME-I1", "Acme headlamp", "Acme", "29.00")
            .text()
            .getBytes(StandardCharsets.UTF_8);
    String key = "upload-" + UUID.randomUUID();

    Reply first = acme.reviewer().upload("catalogue", "lamps.csv", csv, key);
    Reply again = acme.reviewer().upload("catalogue", "lamps.csv", csv, key);

    assertThat(first.status()).isEqualTo(202);
    assertThat(again.status()).isIn(200, 202);
    assertThat(jobId(again)).isEqualTo(jobId(first));
    awaitJob(acme.reviewer(), jobId(first));
    assertThat(ids(acme.viewer().get("/api/v1/imports"))).containsExactly(jobId(first));
    assertThat(actions(acme.viewer()).stream().filter("CATALOGUE_IMPORTED"::equals)).hasSize(1);
    assertThat(summaryBySku(acme.viewer(), "ACME-I1").path("version").asInt()).isEqualTo(1);
    assertThat(jobId(globex.reviewer().upload("catalogue", "lamps.csv", csv, key)))
        .as("another organization's key is its own")
        .isNotEqualTo(jobId(first));
  }

  @Test
  void concurrentUploadsWithTheSameIdempotencyKeyStartOneJob() throws Exception {
    byte[] csv =
        Catalogue.csv()
            .listing("ACME-I2", "Acme headlamp", "Acme", "29.00")
            .text()
            .getBytes(StandardCharsets.UTF_8);
    String key = "retry-" + UUID.randomUUID();
    List<Callable<Reply>> retries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      retries.add(() -> acme.reviewer().upload("catalogue", "lamps.csv", csv, key));
    }
    var pool = Executors.newFixedThreadPool(retries.size());
    List<Long> jobs = new ArrayList<>();
    try {
      for (var reply : pool.invokeAll(retries)) {
        jobs.add(jobId(reply.get()));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(jobs).containsOnly(jobs.get(0));
    awaitJob(acme.reviewer(), jobs.get(0));
    assertThat(ids(acme.viewer().get("/api/v1/imports"))).containsExactly(jobs.get(0));
    assertThat(summaryBySku(acme.viewer(), "ACME-I2").path("version").asInt()).isEqualTo(1);
  }

  @Test
  void anUploadOfAnUnknownKindOrAnEmptyFileIsRefusedAndStartsNoJob() {
    Reply unknownKind =
        acme.reviewer()
            .upload("pricelist", "c.csv", Catalogue.csv().listing("A", "Acme", "Acme", "1").text());
    Reply empty = acme.reviewer().upload("catalogue", "empty.csv", new byte[0], null);

    assertThat(unknownKind.isProblem(400)).as("%s", unknownKind).isTrue();
    assertThat(fieldNames(unknownKind.json().path("errors"))).containsExactly("kind");
    assertThat(empty.isProblem(400)).as("%s", empty).isTrue();
    assertThat(fieldNames(empty.json().path("errors"))).containsExactly("file");
    assertThat(ids(acme.viewer().get("/api/v1/imports"))).isEmpty();
  }

  @Test
  void aRowWhosePriceIsTooLargeToStoreIsRejectedAndTheOthersImported() {
    String csv =
        Catalogue.csv()
            .listing("ACME-X1", "Acme trail shoe", "Acme", "49.00")
            .listing("ACME-X2", "Acme rain jacket", "Acme", "99999999999999")
            .text();

    JsonNode job =
        awaitJob(acme.reviewer(), jobId(acme.reviewer().upload("catalogue", "c.csv", csv)));

    assertThat(job.path("status").asString()).as("%s", job).isEqualTo("SUCCEEDED");
    assertThat(job.path("accepted").asLong()).isEqualTo(1);
    assertThat(job.path("rejected").asLong()).isEqualTo(1);
    List<List<String>> report =
        Catalogue.parse(
            acme.viewer().get("/api/v1/imports/" + job.path("id").asLong() + "/rejected").body());
    assertThat(report.get(1)).startsWith("c.csv", "3", "price");
    assertThat(skus(acme.viewer().get("/api/v1/listings"))).containsExactly("ACME-X1");
  }

  @Test
  void aMarkAddedWhileACatalogueIsBeingImportedAlsoCoversTheImportedListings() {
    registerMark(
        globex.admin(), VANTREL); // the first index build of a run is slow; do it elsewhere
    Catalogue big = Catalogue.csv().listing("ACME-RACE-0", LUMORA + " trail shoe", "Acme", "49.00");
    for (int i = 1; i <= 10_000; i++) {
      big.listing(
          "ACME-RACE-" + i, "Acme trail running shoe model " + i + ", mesh upper", "Acme", "49.00");
    }
    long job = jobId(acme.reviewer().upload("catalogue", "big.csv", big.text()));
    JsonNode screening =
        await()
            .atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(10))
            .until(
                () -> acme.reviewer().get("/api/v1/imports/" + job).json(),
                j ->
                    j.path("processed").asLong() >= 2
                            && j.path("phase").asString().equals("screening")
                        || j.path("status").asString().matches("SUCCEEDED|FAILED"));
    Assumptions.assumeTrue(
        screening.path("phase").asString().equals("screening"),
        "the import finished before the mark could be added");

    registerMark(acme.admin(), LUMORA);
    assertThat(awaitJob(acme.reviewer(), job).path("status").asString()).isEqualTo("SUCCEEDED");

    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(summaryBySku(acme.viewer(), "ACME-RACE-0").path("decision").asString())
                    .isIn("BLOCK", "REVIEW"));
  }

  @Test
  void reImportingAChangedRowMakesANewVersionWhoseDiffShowsTheChange() {
    importAndWait(
        acme.reviewer(),
        Catalogue.csv()
            .listing("ACME-V1", "Acme trail shoe", "Acme", "49.00")
            .listing("ACME-V2", "Acme rain jacket", "Acme", "89.00"));

    JsonNode second =
        importAndWait(
            acme.reviewer(),
            Catalogue.csv()
                .listing("ACME-V1", "Acme trail shoe, waterproof", "Acme", "49.00")
                .listing("ACME-V2", "Acme rain jacket", "Acme", "89.00"));

    assertThat(second.path("accepted").asLong()).isEqualTo(1);
    assertThat(second.path("unchanged").asLong()).isEqualTo(1);
    long changed = summaryBySku(acme.viewer(), "ACME-V1").path("id").asLong();
    JsonNode view = listingView(acme.viewer(), changed);
    assertThat(view.path("listing").path("version").asInt()).isEqualTo(2);
    assertThat(view.path("versions")).extracting(JsonNode::asInt).containsExactlyInAnyOrder(1, 2);
    assertThat(view.path("version").path("title").asString())
        .isEqualTo("Acme trail shoe, waterproof");
    assertThat(listingView(acme.viewer(), changed, 1).path("version").path("title").asString())
        .isEqualTo("Acme trail shoe");
    JsonNode diff = acme.viewer().get("/api/v1/listings/" + changed + "/diff").json();
    assertThat(diff.path("from").asInt()).isEqualTo(1);
    assertThat(diff.path("to").asInt()).isEqualTo(2);
    assertThat(diff.path("changes")).hasSize(1);
    JsonNode title = diff.path("changes").get(0);
    assertThat(title.path("field").asString()).isEqualTo("title");
    assertThat(title.path("before").asString()).isEqualTo("Acme trail shoe");
    assertThat(title.path("after").asString()).isEqualTo("Acme trail shoe, waterproof");
    assertThat(summaryBySku(acme.viewer(), "ACME-V2").path("version").asInt()).isEqualTo(1);
  }

  @Test
  void reImportingIdenticalContentMakesNoNewVersion() {
    Catalogue catalogue =
        Catalogue.csv()
            .listing("ACME-U1", "Acme trail shoe", "Acme", "49.00", "Mesh upper")
            .listing("ACME-U2", "Acme rain jacket", "Acme", "89.90");
    importAndWait(acme.reviewer(), catalogue);

    JsonNode again = importAndWait(acme.reviewer(), catalogue);

    assertThat(again.path("accepted").asLong()).isZero();
    assertThat(again.path("unchanged").asLong()).isEqualTo(2);
    assertThat(summaryBySku(acme.viewer(), "ACME-U1").path("version").asInt()).isEqualTo(1);
    assertThat(summaryBySku(acme.viewer(), "ACME-U2").path("version").asInt()).isEqualTo(1);
  }

  @Test
  void anImportScreensEveryRowAndReportsTheRejectedOnesByLineAndField() {
    registered(acme.admin(), "ZORBLAX");
    var job =
        imported(
            acme.reviewer(),
            "=cmd.csv",
            HEADER
                + "S-1,B0S1,Zorblax charger,Generic,Fast|Small,,,19.99,USD,,US\n"
                + "S-2,B0S2,Braided cable,Northwind,,,,abc,USD,,US\n"
                + "S-3,B0S3,Phone stand,Northwind,,,,9.99,USD,,US\n");

    assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("accepted").asLong()).isEqualTo(2);
    assertThat(job.get("rejected").asLong()).isEqualTo(1);
    var rejected = acme.reviewer().get("/api/v1/imports/" + job.get("id").asLong() + "/rejected");
    assertThat(rejected.contentType()).startsWith("text/csv");
    assertThat(rejected.body().lines().toList())
        .hasSize(2)
        .first()
        .isEqualTo("file,line,field,reason");
    assertThat(rejected.body().lines().toList().get(1)).startsWith("'=cmd.csv,3,price,");
    var flagged = acme.reviewer().get("/api/v1/listings?decision=BLOCK").json().get("items");
    var reviewed = acme.reviewer().get("/api/v1/listings?decision=REVIEW").json().get("items");
    assertThat(flagged.size() + reviewed.size()).isEqualTo(1);
  }

  @Test
  void aFileWithoutListingColumnsFailsTheImportNamingTheFile() {
    var job = imported(acme.reviewer(), "notes.csv", "these,are,not\nlisting,columns,at all\n");

    assertThat(job.get("status").asString()).isEqualTo("FAILED");
    assertThat(job.get("message").asString())
        .contains("notes.csv")
        .contains("Nothing was imported");
    assertThat(acme.reviewer().get("/api/v1/listings").json().get("totalElements").asLong())
        .isZero();
  }

  @Test
  void theSameIdempotencyKeyImportsOnce() {
    String key = UUID.randomUUID().toString();
    String csv = HEADER + "S-1,,Cable,,,,,1,USD,,US\n";
    var first = acme.reviewer().upload("catalogue", "c.csv", csv, key);
    var second = acme.reviewer().upload("catalogue", "c.csv", csv, key);

    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    assertThat(acme.reviewer().get("/api/v1/imports").json().get("totalElements").asLong())
        .isEqualTo(1);
  }

  @Test
  void reImportingAChangedRowMakesANewVersionAndAnUnchangedOneDoesNot() {
    var api = acme.reviewer();
    imported(api, "v1.csv", HEADER + "S-1,B0S1,Braided cable 1m,Northwind,,,,9.99,USD,,US\n");
    imported(api, "v2.csv", HEADER + "S-1,B0S1,Braided cable 2m,Northwind,,,,9.99,USD,,US\n");
    var same =
        imported(api, "v3.csv", HEADER + "S-1,B0S1,Braided cable 2m,Northwind,,,,9.99,USD,,US\n");

    long id = listingId(api, "S-1");
    var detail = api.get("/api/v1/listings/" + id).json();
    assertThat(detail.get("versions").size()).isEqualTo(2);
    assertThat(same.get("unchanged").asLong()).isEqualTo(1);
    var diff = api.get("/api/v1/listings/" + id + "/diff").json();
    assertThat(diff.get("changes").size()).isEqualTo(1);
    assertThat(diff.get("changes").get(0).get("field").asString()).isEqualTo("title");
    assertThat(diff.get("changes").get(0).get("after").asString()).isEqualTo("Braided cable 2m");
  }

  // ---------------------------------------------------------------- 6. single listings

  @Test
  void puttingAListingUpsertsItBySku() {
    var reviewer = acme.reviewer();

    Reply created = reviewer.put("/api/v1/listings", listing("ACME-P1", "Acme trail shoe", "Acme"));
    Reply same = reviewer.put("/api/v1/listings", listing("ACME-P1", "Acme trail shoe", "Acme"));
    Reply changed =
        reviewer.put("/api/v1/listings", listing("ACME-P1", "Acme trail shoe, wide fit", "Acme"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("version").asInt()).isEqualTo(1);
    assertThat(created.json().path("changed").asBoolean()).isTrue();
    assertThat(created.json().path("decision").asString()).isEqualTo("PASS");
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().path("changed").asBoolean()).isFalse();
    assertThat(same.json().path("version").asInt()).isEqualTo(1);
    assertThat(changed.status()).isEqualTo(201);
    assertThat(changed.json().path("version").asInt()).isEqualTo(2);
    long id = created.json().path("id").asLong();
    assertThat(same.json().path("id").asLong()).isEqualTo(id);
    assertThat(changed.json().path("id").asLong()).isEqualTo(id);
    assertThat(listingCount(acme.viewer())).isEqualTo(1);
    assertThat(listingView(acme.viewer(), id).path("listing").path("title").asString())
        .isEqualTo("Acme trail shoe, wide fit");
  }

  @Test
  void aListingWithoutSkuOrAsinIsRefusedNamingTheField() {
    Map<String, Object> untracked = new LinkedHashMap<>();
    untracked.put("title", "Acme trail shoe");
    untracked.put("brand", "Acme");

    Reply reply = acme.reviewer().put("/api/v1/listings", untracked);

    assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
    assertThat(fieldNames(reply.json().path("errors"))).containsExactly("sku");
    assertThat(listingCount(acme.viewer())).isZero();
  }

  @Test
  void aListingWithANegativePriceIsRefusedNamingThePrice() {
    Map<String, Object> body = listing("ACME-P2", "Acme trail shoe", "Acme");
    body.put("price", -5);

    Reply reply = acme.reviewer().put("/api/v1/listings", body);

    assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
    assertThat(fieldNames(reply.json().path("errors"))).containsExactly("price");
  }

  @Test
  void aListingWhosePriceIsTooLargeToStoreIsRefusedNamingThePrice() {
    Map<String, Object> body = listing("ACME-P3", "Acme trail shoe", "Acme");
    body.put("price", new BigDecimal("10000000000000"));

    Reply reply = acme.reviewer().put("/api/v1/listings", body);

    assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
    assertThat(fieldNames(reply.json().path("errors"))).containsExactly("price");
    assertThat(listingCount(acme.viewer())).isZero();
  }

  @Test
  void puttingAListingAgainKeepsItsVersionAndOneWithoutSkuOrAsinIsRefused() {
    var api = acme.reviewer();
    assertThat(api.put("/api/v1/listings", genericListing("S-1", "Cable")).status()).isEqualTo(201);
    assertThat(api.put("/api/v1/listings", genericListing("S-1", "Cable")).status()).isEqualTo(200);
    var second = api.put("/api/v1/listings", genericListing("S-1", "Longer cable"));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("version").asInt()).isEqualTo(2);

    var anonymousListing = api.put("/api/v1/listings", Map.of("title", "No SKU or ASIN"));
    assertThat(anonymousListing.status()).isEqualTo(400);
    assertThat(anonymousListing.json().get("errors").has("sku")).isTrue();
  }

  // ---------------------------------------------------------------- 7. re-screening

  @Test
  void addingAMarkReScreensTheListingsAlreadyStored() {
    long id =
        putListing(acme.reviewer(), listing("ACME-RS1", LUMORA + " trail running shoe", "Acme"));
    assertThat(summary(acme.viewer(), id).path("decision").asString()).isEqualTo("PASS");

    registerMark(acme.admin(), LUMORA);

    JsonNode flagged =
        await()
            .atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> summary(acme.viewer(), id),
                s -> !s.path("decision").asString().equals("PASS"));
    assertThat(flagged.path("decision").asString()).isIn("BLOCK", "REVIEW");
    assertThat(flagged.path("reviewStatus").asString()).isEqualTo("OPEN");
    assertThat(
            findingFor(listingView(acme.viewer(), id).path("version").path("findings"), LUMORA)
                .path("field")
                .asString())
        .isEqualTo("title");
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> assertThat(actions(acme.viewer())).contains("MARK_ADDED", "LISTINGS_RESCREENED"));
  }

  @Test
  void addingAMarkReScreensTheStoredListings() {
    var api = acme.admin();
    api.put("/api/v1/listings", genericListing("S-1", "Quuxotic wireless earbuds"));
    long id = listingId(api, "S-1");
    assertThat(api.get("/api/v1/listings/" + id).json().get("listing").get("decision").asString())
        .isEqualTo("PASS");

    registered(api, "QUUXOTIC");

    api.await(
        "/api/v1/listings/" + id, d -> !d.get("listing").get("decision").asString().equals("PASS"));
    var actions = api.get("/api/v1/audit").json().get("items").findValuesAsString("action");
    assertThat(actions).contains("MARK_ADDED", "LISTINGS_RESCREENED");
  }

  // ---------------------------------------------------------------- 8. reviews

  @Test
  void acceptingARiskNeedsAReasonAndIsAuditedWithWhoAndWhy() {
    registerMark(acme.admin(), LUMORA);
    long id = putListing(acme.reviewer(), listing("ACME-RV1", LUMORA + " trail shoe", "Acme"));
    String why = "Genuine Lumora stock bought from the brand's US distributor, invoice 2291";

    Reply withoutReason =
        acme.reviewer().post("/api/v1/listings/" + id + "/review", decision("ACCEPT_RISK", "  "));
    Reply accepted =
        acme.reviewer().post("/api/v1/listings/" + id + "/review", decision("ACCEPT_RISK", why));

    assertThat(withoutReason.isProblem(400)).as("%s", withoutReason).isTrue();
    assertThat(fieldNames(withoutReason.json().path("errors"))).containsExactly("reason");
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().path("reviewStatus").asString()).isEqualTo("ACCEPTED");
    assertThat(summary(acme.viewer(), id).path("reviewStatus").asString()).isEqualTo("ACCEPTED");
    assertThat(ids(acme.viewer().get("/api/v1/reviews"))).doesNotContain(id);
    JsonNode entries = acme.viewer().get("/api/v1/audit?action=RISK_ACCEPTED").json().path("items");
    assertThat(entries).hasSize(1);
    JsonNode entry = entries.get(0);
    assertThat(entry.path("actorName").asString()).isEqualTo(acme.reviewer().personName());
    assertThat(entry.path("reason").asString()).isEqualTo(why);
    assertThat(entry.path("subjectId").asLong()).isEqualTo(id);
    assertThat(entry.path("summary").asString()).contains("ACME-RV1");
  }

  @Test
  void aDismissedFindingStopsCountingForThatListingAlsoInLaterVersions() {
    registerMark(acme.admin(), LUMORA);
    registerMark(acme.admin(), VANTREL);
    Map<String, Object> shoe = listing("ACME-D1", LUMORA + " trail running shoe", "Acme");
    shoe.put("description", "Cord laces by " + VANTREL + " included.");
    long id = putListing(acme.reviewer(), shoe);
    JsonNode before = summary(acme.viewer(), id);
    JsonNode lumora =
        findingFor(listingView(acme.viewer(), id).path("version").path("findings"), LUMORA);

    Reply noReason =
        acme.reviewer()
            .post("/api/v1/findings/" + lumora.path("id").asLong() + "/dismiss", dismissal(""));
    Reply dismissed =
        acme.reviewer()
            .post(
                "/api/v1/findings/" + lumora.path("id").asLong() + "/dismiss",
                dismissal("Lumora is the name of our licensed sole supplier"));

    assertThat(noReason.isProblem(400)).isTrue();
    assertThat(fieldNames(noReason.json().path("errors"))).containsExactly("reason");
    assertThat(dismissed.status()).isEqualTo(200);
    int afterDismissal = dismissed.json().path("score").asInt();
    assertThat(afterDismissal).isLessThan(before.path("score").asInt());
    JsonNode findings = listingView(acme.viewer(), id).path("version").path("findings");
    assertThat(findingFor(findings, LUMORA).path("dismissed").asBoolean()).isTrue();
    assertThat(findingFor(findings, VANTREL).path("dismissed").asBoolean()).isFalse();
    assertThat(actions(acme.viewer())).contains("FINDING_DISMISSED");

    importAndWait(
        acme.reviewer(),
        Catalogue.csv()
            .listingDescribed(
                "ACME-D1",
                LUMORA + " trail running shoe",
                "Acme",
                "Cord laces by " + VANTREL + " and a spare pair included."));

    JsonNode v2 = listingView(acme.viewer(), id);
    assertThat(v2.path("listing").path("version").asInt()).isEqualTo(2);
    JsonNode later = v2.path("version").path("findings");
    assertThat(findingFor(later, LUMORA).path("dismissed").asBoolean()).isTrue();
    assertThat(findingFor(later, VANTREL).path("dismissed").asBoolean()).isFalse();
    assertThat(v2.path("listing").path("score").asInt()).isEqualTo(afterDismissal);
  }

  @Test
  void aBulkDecisionAppliesToAllTheListingsOrToNone() {
    registerMark(acme.admin(), LUMORA);
    long shoe = putListing(acme.reviewer(), listing("ACME-B1", LUMORA + " trail shoe", "Acme"));
    long cap = putListing(acme.reviewer(), listing("ACME-B2", LUMORA + " running cap", "Acme"));
    long neverExisted = Long.MAX_VALUE - 7;
    String why = "Both are genuine Lumora stock";

    Reply refused =
        acme.reviewer()
            .post(
                "/api/v1/reviews/bulk", bulk(List.of(shoe, cap, neverExisted), "ACCEPT_RISK", why));

    assertThat(refused.isProblem(404)).as("%s", refused).isTrue();
    assertThat(summary(acme.viewer(), shoe).path("reviewStatus").asString()).isEqualTo("OPEN");
    assertThat(summary(acme.viewer(), cap).path("reviewStatus").asString()).isEqualTo("OPEN");
    assertThat(actions(acme.viewer())).doesNotContain("RISK_ACCEPTED");

    Reply applied =
        acme.reviewer().post("/api/v1/reviews/bulk", bulk(List.of(shoe, cap), "ACCEPT_RISK", why));

    assertThat(applied.status()).isEqualTo(200);
    assertThat(applied.json().path("decided").asInt()).isEqualTo(2);
    assertThat(summary(acme.viewer(), shoe).path("reviewStatus").asString()).isEqualTo("ACCEPTED");
    assertThat(summary(acme.viewer(), cap).path("reviewStatus").asString()).isEqualTo("ACCEPTED");
    assertThat(actions(acme.viewer()).stream().filter("RISK_ACCEPTED"::equals)).hasSize(2);
  }

  @Test
  void acceptingARiskNeedsAReasonAndIsAudited() {
    registered(acme.admin(), "ZORBLAX");
    var api = acme.reviewer();
    api.put("/api/v1/listings", genericListing("S-1", "Zorblax charger"));
    long id = listingId(api, "S-1");

    var noReason = api.post("/api/v1/listings/" + id + "/review", Map.of("action", "ACCEPT_RISK"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").has("reason")).isTrue();

    var accepted =
        api.post(
            "/api/v1/listings/" + id + "/review",
            Map.of("action", "ACCEPT_RISK", "reason", "Licensed, ref L-9"));
    assertThat(accepted.json().get("reviewStatus").asString()).isEqualTo("ACCEPTED");
    var entry = api.get("/api/v1/audit?action=RISK_ACCEPTED").json().get("items").get(0);
    assertThat(entry.get("actorName").asString()).isEqualTo(api.personName());
    assertThat(entry.get("reason").asString()).isEqualTo("Licensed, ref L-9");
    assertThat(api.get("/api/v1/reviews").json().get("totalElements").asLong()).isZero();
  }

  @Test
  void aDismissedFindingStopsCountingForThatListingFromThenOn() {
    registered(acme.admin(), "ZORBLAX");
    var api = acme.reviewer();
    api.put("/api/v1/listings", genericListing("S-1", "Zorblax charger"));
    long id = listingId(api, "S-1");
    var finding = api.get("/api/v1/listings/" + id).json().get("version").get("findings").get(0);

    assertThat(
            api.post("/api/v1/findings/" + finding.get("id").asLong() + "/dismiss", Map.of())
                .status())
        .isEqualTo(400);
    var after =
        api.post(
                "/api/v1/findings/" + finding.get("id").asLong() + "/dismiss",
                Map.of("reason", "Zorblax is our supplier's model name"))
            .json();
    assertThat(after.get("decision").asString()).isEqualTo("PASS");
    assertThat(after.get("score").asInt()).isZero();

    var next = api.put("/api/v1/listings", genericListing("S-1", "Zorblax charger, 65W")).json();
    assertThat(next.get("version").asInt()).isEqualTo(2);
    assertThat(next.get("decision").asString()).isEqualTo("PASS");
    assertThat(next.get("findings").get(0).get("dismissed").asBoolean()).isTrue();
  }

  @Test
  void aBulkDecisionAppliesToAllOrNone() {
    registered(acme.admin(), "ZORBLAX");
    var api = acme.reviewer();
    api.put("/api/v1/listings", genericListing("S-1", "Zorblax charger"));
    api.put("/api/v1/listings", genericListing("S-2", "Zorblax cable"));
    long one = listingId(api, "S-1");
    long two = listingId(api, "S-2");

    var refused =
        api.post(
            "/api/v1/reviews/bulk",
            Map.of("listingIds", List.of(one, two, 999_999_999L), "action", "MARK_FIXED"));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/reviews").json().get("totalElements").asLong()).isEqualTo(2);

    var done =
        api.post(
            "/api/v1/reviews/bulk",
            Map.of("listingIds", List.of(one, two), "action", "MARK_FIXED"));
    assertThat(done.json().get("decided").asInt()).isEqualTo(2);
    assertThat(api.get("/api/v1/reviews").json().get("totalElements").asLong()).isZero();
  }

  @Test
  void aRestoredFindingCountsAgainFromThenOnAndIsAudited() {
    registerMark(acme.admin(), LUMORA);
    long id = putListing(acme.reviewer(), listing("ACME-U1", LUMORA + " trail shoe", "Acme"));
    JsonNode before = summary(acme.viewer(), id);
    long finding = findingIds(acme.viewer(), id).get(0);
    Reply dismissed =
        acme.reviewer()
            .post("/api/v1/findings/" + finding + "/dismiss", dismissal("our own supplier"));
    assertThat(dismissed.json().path("score").asInt()).isLessThan(before.path("score").asInt());
    // A dismissal scores the version again, and its findings are stored afresh.
    long stored = findingIds(acme.viewer(), id).get(0);

    Reply byViewer = acme.viewer().post("/api/v1/findings/" + stored + "/restore", Map.of());
    Reply byAnother = globex.reviewer().post("/api/v1/findings/" + stored + "/restore", Map.of());
    Reply restored =
        acme.reviewer()
            .post(
                "/api/v1/findings/" + stored + "/restore",
                Map.of("reason", "The supplier turned out not to be Lumora's"));

    assertThat(byViewer.isProblem(403)).as("%s", byViewer).isTrue();
    assertThat(byAnother.isProblem(404)).as("%s", byAnother).isTrue();
    assertThat(restored.status()).as("%s", restored).isEqualTo(200);
    assertThat(restored.json().path("decision").asString())
        .isEqualTo(before.path("decision").asString());
    assertThat(restored.json().path("score").asInt()).isEqualTo(before.path("score").asInt());
    assertThat(restored.json().path("reviewStatus").asString()).isEqualTo("OPEN");
    JsonNode findings = listingView(acme.viewer(), id).path("version").path("findings");
    assertThat(findingFor(findings, LUMORA).path("dismissed").asBoolean()).isFalse();
    JsonNode entry =
        acme.viewer().get("/api/v1/audit?action=FINDING_RESTORED").json().path("items").get(0);
    assertThat(entry.path("subjectId").asLong()).isEqualTo(id);
    assertThat(entry.path("reason").asString())
        .isEqualTo("The supplier turned out not to be Lumora's");
    assertThat(ids(acme.viewer().get("/api/v1/reviews"))).contains(id);

    long current = findingIds(acme.viewer(), id).get(0);
    Reply again = acme.reviewer().post("/api/v1/findings/" + current + "/restore", Map.of());
    assertThat(again.isProblem(409)).as("%s", again).isTrue();

    JsonNode next =
        acme.reviewer()
            .put("/api/v1/listings", listing("ACME-U1", LUMORA + " trail shoe, size 44", "Acme"))
            .json();
    assertThat(next.path("version").asInt()).isEqualTo(2);
    assertThat(next.path("findings").get(0).path("dismissed").asBoolean())
        .as("the allow-list entry is gone, so later versions count the finding too")
        .isFalse();
  }

  @Test
  void anAcceptedOrFixedListingCanBeReopenedOnceAndIsAudited() {
    registerMark(acme.admin(), LUMORA);
    long accepted = putListing(acme.reviewer(), listing("ACME-O1", LUMORA + " trail shoe", "Acme"));
    long fixed = putListing(acme.reviewer(), listing("ACME-O2", LUMORA + " running cap", "Acme"));
    acme.reviewer()
        .post("/api/v1/listings/" + accepted + "/review", decision("ACCEPT_RISK", "licensed"));
    acme.reviewer().post("/api/v1/listings/" + fixed + "/review", decision("MARK_FIXED", null));

    Reply byViewer = acme.viewer().post("/api/v1/listings/" + accepted + "/reopen", Map.of());
    Reply byAnother = globex.reviewer().post("/api/v1/listings/" + accepted + "/reopen", Map.of());
    Reply reopened =
        acme.reviewer()
            .post(
                "/api/v1/listings/" + accepted + "/reopen",
                Map.of("reason", "The licence ran out"));
    Reply reopenedFixed =
        acme.reviewer().sendJson("POST", "/api/v1/listings/" + fixed + "/reopen", "");
    Reply twice = acme.reviewer().post("/api/v1/listings/" + accepted + "/reopen", Map.of());

    assertThat(byViewer.isProblem(403)).as("%s", byViewer).isTrue();
    assertThat(byAnother.isProblem(404)).as("%s", byAnother).isTrue();
    assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
    assertThat(reopened.json().path("reviewStatus").asString()).isEqualTo("OPEN");
    assertThat(reopenedFixed.status()).as("%s", reopenedFixed).isEqualTo(200);
    assertThat(reopenedFixed.json().path("reviewStatus").asString()).isEqualTo("OPEN");
    assertThat(twice.isProblem(409)).as("%s", twice).isTrue();
    assertThat(ids(acme.viewer().get("/api/v1/reviews"))).contains(accepted, fixed);
    JsonNode entries =
        acme.viewer().get("/api/v1/audit?action=REVIEW_REOPENED").json().path("items");
    assertThat(entries).hasSize(2);
    List<String> reasons = new ArrayList<>();
    entries.forEach(e -> reasons.add(e.path("reason").asString()));
    assertThat(reasons).contains("The licence ran out");
  }

  @Test
  void theQueueSortsByAnyColumnInEitherDirection() {
    registerMark(acme.admin(), LUMORA);
    putListing(acme.reviewer(), listing("ACME-S2", LUMORA + " trail shoe", "Acme"));
    putListing(acme.reviewer(), listing("ACME-S1", LUMORA + " running cap", "Acme"));
    putListing(acme.reviewer(), listing("ACME-S3", LUMORA + " hiking boot", "Acme"));

    assertThat(skus(acme.viewer().get("/api/v1/reviews?sort=sku&dir=asc")))
        .containsExactly("ACME-S1", "ACME-S2", "ACME-S3");
    assertThat(skus(acme.viewer().get("/api/v1/reviews?sort=sku&dir=desc")))
        .containsExactly("ACME-S3", "ACME-S2", "ACME-S1");
    for (String column :
        List.of(
            "decision",
            "score",
            "title",
            "brand",
            "status",
            "version",
            "updated",
            "severity",
            "rule",
            "mark")) {
      assertThat(skus(acme.viewer().get("/api/v1/reviews?sort=" + column + "&dir=desc")))
          .as(column)
          .hasSize(3);
    }
    Reply unknown = acme.viewer().get("/api/v1/reviews?sort=colour");
    assertThat(unknown.isProblem(400)).as("%s", unknown).isTrue();
    assertThat(fieldNames(unknown.json().path("errors"))).containsExactly("sort");
  }

  // ---------------------------------------------------------------- 9. errors

  @Test
  void malformedJsonGets400ProblemDetails() {
    Reply screen = acme.reviewer().sendJson("POST", "/api/v1/screen", "{\"title\": \"Acme shoe\",");
    Reply upsert = acme.reviewer().sendJson("PUT", "/api/v1/listings", "[not json at all");
    Reply mark = acme.admin().sendJson("POST", "/api/v1/marks", "{\"name\": 42, ");

    assertThat(List.of(screen, upsert, mark))
        .allSatisfy(r -> assertThat(r.isProblem(400)).as("%s", r).isTrue());
    assertThat(listingCount(acme.viewer())).isZero();
  }

  @Test
  void anUnknownApiPathGets404ProblemDetailsNotAnHtmlPage() {
    Reply unknown = acme.viewer().get("/api/v1/no-such-resource");
    Reply nested = acme.viewer().getAccepting("/api/v1/listings/1/no-such-part", "text/html,*/*");

    assertThat(unknown.isProblem(404)).as("%s", unknown).isTrue();
    assertThat(nested.status()).isEqualTo(404);
    assertThat(nested.body()).doesNotContainIgnoringCase("<html");
  }

  @Test
  void anUnsupportedMethodGets405ProblemDetails() {
    Reply reply = acme.admin().sendJson("POST", "/api/v1/listings", "{}");

    assertThat(reply.isProblem(405)).as("%s", reply).isTrue();
  }

  @Test
  void aClientThatAcceptsOnlyHtmlGets406ProblemDetailsNotAServerError() {
    Reply html = acme.viewer().getAccepting("/api/v1/listings", "text/html");
    Reply xml = acme.viewer().getAccepting("/api/v1/marks", "application/xml");

    assertThat(html.status()).as("%s", html).isEqualTo(406);
    assertThat(xml.status()).as("%s", xml).isEqualTo(406);
    assertThat(html.body()).doesNotContain("Internal error");
  }

  @Test
  void aNonNumericIdGets400ProblemDetails() {
    Reply reply = acme.viewer().get("/api/v1/listings/not-a-number");

    assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
  }

  @Test
  void malformedJsonAndUnknownPathsGetProblemDetails() {
    var api = acme.admin();
    var malformed = api.sendJson("POST", "/api/v1/screen", "{\"title\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    var unknown = api.get("/api/v1/nothing-here");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    var badPrice = api.post("/api/v1/screen", Map.of("title", "Cable", "price", -3));
    assertThat(badPrice.status()).isEqualTo(400);
    for (String extreme : List.of("1E-2147483647", "1E+2147483647", "19.999999")) {
      var reply =
          api.post(
              "/api/v1/screen",
              Map.of("title", "Nike running shoes", "price", new BigDecimal(extreme)));
      assertThat(reply.status()).as(extreme + ": " + reply.body()).isEqualTo(400);
      assertThat(reply.body()).contains("at most 12 digits before the point and 4 after");
    }
  }

  // ---------------------------------------------------------------- what the tests say

  static Map<String, Object> listing(String sku, String title, String brand) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("sku", sku);
    l.put("title", title);
    l.put("brand", brand);
    l.put("price", 49.00);
    l.put("currency", "USD");
    l.put("marketplace", "US");
    return l;
  }

  static Map<String, Object> mark(String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("owner", name + " Holdings Inc.");
    m.put("registration", String.valueOf(Math.abs(name.hashCode()) % 9_000_000 + 1_000_000));
    m.put("jurisdiction", "US");
    m.put("niceClasses", "25, 28");
    return m;
  }

  static Map<String, Object> decision(String action, String reason) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("action", action);
    d.put("reason", reason);
    return d;
  }

  static Map<String, Object> bulk(List<Long> ids, String action, String reason) {
    Map<String, Object> d = decision(action, reason);
    d.put("listingIds", ids);
    return d;
  }

  static Map<String, Object> dismissal(String reason) {
    return Map.of("reason", reason);
  }

  /** Adds a mark as an admin and waits until screening uses it; returns the mark's id. */
  static long registerMark(ApiClient admin, String name) {
    Reply added = admin.post("/api/v1/marks", mark(name));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    awaitRegistryCurrent(admin);
    return added.json().path("id").asLong();
  }

  static void awaitRegistryCurrent(ApiClient who) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> who.get("/api/v1/registry").json().path("current").asBoolean());
  }

  static long putListing(ApiClient who, Map<String, Object> listing) {
    Reply reply = who.put("/api/v1/listings", listing);
    assertThat(reply.status()).as("%s", reply).isIn(200, 201);
    return reply.json().path("id").asLong();
  }

  static long jobId(Reply reply) {
    assertThat(reply.status()).as("%s", reply).isIn(200, 202);
    return reply.json().path("id").asLong();
  }

  /** Polls an import until it has finished, and returns it. */
  static JsonNode awaitJob(ApiClient who, long id) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> who.get("/api/v1/imports/" + id).json(),
            j ->
                j.path("status").asString().equals("SUCCEEDED")
                    || j.path("status").asString().equals("FAILED"));
  }

  static JsonNode importAndWait(ApiClient who, Catalogue catalogue) {
    JsonNode job = awaitJob(who, jobId(who.upload("catalogue", "catalogue.csv", catalogue.text())));
    assertThat(job.path("status").asString()).as("%s", job).isEqualTo("SUCCEEDED");
    return job;
  }

  static JsonNode listingView(ApiClient who, long id) {
    Reply reply = who.get("/api/v1/listings/" + id);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply.json();
  }

  static JsonNode listingView(ApiClient who, long id, int version) {
    Reply reply = who.get("/api/v1/listings/" + id + "?version=" + version);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply.json();
  }

  static JsonNode summary(ApiClient who, long id) {
    return listingView(who, id).path("listing");
  }

  static JsonNode summaryBySku(ApiClient who, String sku) {
    String q = URLEncoder.encode(sku, StandardCharsets.UTF_8);
    for (JsonNode l : who.get("/api/v1/listings?size=500&q=" + q).json().path("items")) {
      if (l.path("sku").asString().equals(sku)) {
        return l;
      }
    }
    throw new AssertionError("no listing " + sku);
  }

  static List<Long> findingIds(ApiClient who, long listingId) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode f : listingView(who, listingId).path("version").path("findings")) {
      ids.add(f.path("id").asLong());
    }
    assertThat(ids).as("findings of listing %s", listingId).isNotEmpty();
    return ids;
  }

  static JsonNode findingFor(JsonNode findings, String markName) {
    for (JsonNode f : findings) {
      if (f.path("mark").asString().equals(markName)) {
        return f;
      }
    }
    throw new AssertionError("no finding for " + markName + " in " + findings);
  }

  static long listingCount(ApiClient who) {
    return who.get("/api/v1/listings").json().path("totalElements").asLong();
  }

  static List<String> actions(ApiClient who) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : who.get("/api/v1/audit?size=500").json().path("items")) {
      out.add(e.path("action").asString());
    }
    return out;
  }

  static List<Long> ids(Reply page) {
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    List<Long> out = new ArrayList<>();
    for (JsonNode item : page.json().path("items")) {
      out.add(item.path("id").asLong());
    }
    return out;
  }

  static List<String> skus(Reply page) {
    return texts(page, "sku");
  }

  static List<String> names(Reply page) {
    return texts(page, "name");
  }

  private static List<String> texts(Reply page, String field) {
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    List<String> out = new ArrayList<>();
    for (JsonNode item : page.json().path("items")) {
      out.add(item.path(field).asString());
    }
    return out;
  }

  static List<String> fieldNames(JsonNode object) {
    return new ArrayList<>(object.propertyNames());
  }

  /**
   * A listing of a generic brand with an ASIN made from its SKU, as an importer of unbranded
   * accessories sends one.
   */
  static Map<String, Object> genericListing(String sku, String title) {
    return Map.of(
        "sku",
        sku,
        "asin",
        "B0" + sku.replace("-", ""),
        "title",
        title,
        "brand",
        "Generic",
        "price",
        19.99,
        "currency",
        "USD");
  }

  /** A mark registered for electronics and clothing (Nice classes 9 and 25). */
  static Map<String, Object> electronicsMark(String name) {
    return Map.of(
        "name",
        name,
        "owner",
        name + " Inc.",
        "registration",
        "EX-" + name.length(),
        "jurisdiction",
        "US",
        "niceClasses",
        "9, 25");
  }

  /**
   * Adds a mark for electronics as an admin and waits until screening uses it and the re-screen it
   * started has finished.
   */
  static void registered(ApiClient admin, String name) {
    assertThat(admin.post("/api/v1/marks", electronicsMark(name)).status()).isEqualTo(201);
    admin.await("/api/v1/registry", r -> r.get("current").asBoolean());
    admin.await(
        "/api/v1/imports?kind=RESCREEN",
        page -> {
          for (JsonNode job : page.get("items")) {
            if (job.get("status").asString().equals("RUNNING")
                || job.get("status").asString().equals("QUEUED")) {
              return false;
            }
          }
          return true;
        });
  }

  /** Uploads a catalogue, which must be accepted, and waits until its import has finished. */
  static JsonNode imported(ApiClient api, String fileName, String csv) {
    var reply = api.upload("catalogue", fileName, csv, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    long id = reply.json().get("id").asLong();
    return api.await(
        "/api/v1/imports/" + id, j -> j.get("status").asString().matches("SUCCEEDED|FAILED"));
  }

  static long listingId(ApiClient api, String sku) {
    for (JsonNode l : api.get("/api/v1/listings?q=" + sku).json().get("items")) {
      if (l.get("sku").asString().equals(sku)) {
        return l.get("id").asLong();
      }
    }
    throw new AssertionError("no listing " + sku);
  }
}
