package com.clearmark.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The REST API's behaviour, run against each database the service supports. Every test builds its
 * own sellers, so tests share a server but never data.
 */
abstract class ApiContract {

  static final String HEADER =
      "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace\n";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder passwords;
  Sellers sellers;

  @BeforeEach
  void sellers() {
    sellers = new Sellers(accounts, tokens, passwords, port);
  }

  static Map<String, Object> mark(String name) {
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

  static Map<String, Object> listing(String sku, String title) {
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

  /** Adds a mark and waits until screening uses it and the re-screen it started has finished. */
  static void registered(Api admin, String name) {
    assertThat(admin.post("/api/v1/marks", mark(name)).status()).isEqualTo(201);
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

  static JsonNode imported(Api api, String fileName, String csv) {
    var reply = api.upload("catalogue", fileName, csv, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    long id = reply.json().get("id").asLong();
    return api.await(
        "/api/v1/imports/" + id, j -> j.get("status").asString().matches("SUCCEEDED|FAILED"));
  }

  static long listingId(Api api, String sku) {
    for (JsonNode l : api.get("/api/v1/listings?q=" + sku).json().get("items")) {
      if (l.get("sku").asString().equals(sku)) {
        return l.get("id").asLong();
      }
    }
    throw new AssertionError("no listing " + sku);
  }

  // ---- Authentication -------------------------------------------------------------------

  @Test
  void anAnonymousCallGets401ProblemDetailsNotALoginPage() {
    var reply = new Api(port, null).get("/api/v1/listings");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void aRevokedOrMadeUpTokenGets401() {
    var seller = sellers.seller("Acme");
    assertThat(seller.admin().get("/api/v1/listings").status()).isEqualTo(200);
    tokens.revoke(seller.organizationId(), seller.adminTokenId());
    assertThat(seller.admin().get("/api/v1/listings").status()).isEqualTo(401);
    assertThat(new Api(port, "cm_not-a-token").get("/api/v1/listings").status()).isEqualTo(401);
  }

  @Test
  void healthMetricsAndTheApiDocumentAreOpen() {
    var anonymous = new Api(port, null);
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

  // ---- Tenant boundary ------------------------------------------------------------------

  @Test
  void anotherOrganizationsRecordsAnswer404AndNeverAppearInLists() {
    var acme = sellers.seller("Acme");
    var harbor = sellers.seller("Harbor");
    registered(harbor.admin(), "ZORBLAX");
    var job =
        imported(
            harbor.admin(),
            "harbor.csv",
            HEADER
                + "H-1,B0H1,Zorblax charger,Generic,,,,abc,USD,,US\nH-2,B0H2,Zorblax cable,Generic,,,,9.99,USD,,US\n");
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
    assertThat(a.put("/api/v1/marks/" + mark, mark("HIJACK")).status()).isEqualTo(404);
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

  // ---- Roles ----------------------------------------------------------------------------

  @Test
  void aViewerReadsButChangesNothing() {
    var seller = sellers.seller("Acme");
    var viewer = seller.viewer();
    assertThat(viewer.get("/api/v1/listings").status()).isEqualTo(200);
    assertThat(viewer.post("/api/v1/screen", listing("S-1", "Cable")).status()).isEqualTo(200);
    var refused =
        List.of(
            viewer.put("/api/v1/listings", listing("S-1", "Cable")),
            viewer.upload("catalogue", "c.csv", HEADER + "S-1,,Cable,,,,,1,USD,,US\n", null),
            viewer.post("/api/v1/marks", mark("ZORBLAX")),
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
    var seller = sellers.seller("Acme");
    var reviewer = seller.reviewer();
    assertThat(reviewer.put("/api/v1/listings", listing("S-1", "Cable")).status()).isEqualTo(201);
    assertThat(
            imported(reviewer, "c.csv", HEADER + "S-2,,Charger,,,,,1,USD,,US\n")
                .get("status")
                .asString())
        .isEqualTo("SUCCEEDED");
    assertThat(reviewer.post("/api/v1/marks", mark("ZORBLAX")).status()).isEqualTo(403);
    assertThat(reviewer.upload("registry", "marks.csv", "mark\nZORBLAX\n", null).status())
        .isEqualTo(403);
    assertThat(seller.admin().post("/api/v1/marks", mark("ZORBLAX")).status()).isEqualTo(201);
  }

  // ---- Pre-publication check ------------------------------------------------------------

  @Test
  void theScreenEndpointExplainsARiskyListingAndStoresNothing() {
    var seller = sellers.seller("Acme");
    registered(seller.admin(), "ZORBLAX");
    var verdict =
        seller.reviewer().post("/api/v1/screen", listing("S-1", "Zorblax 65W charger")).json();

    assertThat(verdict.get("decision").asString()).isIn("REVIEW", "BLOCK");
    var finding = verdict.get("findings").get(0);
    assertThat(finding.get("mark").asString()).isEqualTo("ZORBLAX");
    assertThat(finding.get("field").asString()).isEqualTo("title");
    assertThat(finding.get("start").asInt()).isZero();
    assertThat(finding.get("end").asInt()).isEqualTo(7);
    assertThat(
            seller
                .reviewer()
                .post("/api/v1/screen", listing("S-2", "Braided charging cable"))
                .json()
                .get("decision")
                .asString())
        .isEqualTo("PASS");
    assertThat(seller.reviewer().get("/api/v1/listings").json().get("totalElements").asLong())
        .isZero();
  }

  // ---- Imports --------------------------------------------------------------------------

  @Test
  void anImportScreensEveryRowAndReportsTheRejectedOnesByLineAndField() {
    var seller = sellers.seller("Acme");
    registered(seller.admin(), "ZORBLAX");
    var job =
        imported(
            seller.reviewer(),
            "=cmd.csv",
            HEADER
                + "S-1,B0S1,Zorblax charger,Generic,Fast|Small,,,19.99,USD,,US\n"
                + "S-2,B0S2,Braided cable,Northwind,,,,abc,USD,,US\n"
                + "S-3,B0S3,Phone stand,Northwind,,,,9.99,USD,,US\n");

    assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("accepted").asLong()).isEqualTo(2);
    assertThat(job.get("rejected").asLong()).isEqualTo(1);
    var rejected = seller.reviewer().get("/api/v1/imports/" + job.get("id").asLong() + "/rejected");
    assertThat(rejected.contentType()).startsWith("text/csv");
    assertThat(rejected.body().lines().toList())
        .hasSize(2)
        .first()
        .isEqualTo("file,line,field,reason");
    assertThat(rejected.body().lines().toList().get(1)).startsWith("'=cmd.csv,3,price,");
    var flagged = seller.reviewer().get("/api/v1/listings?decision=BLOCK").json().get("items");
    var reviewed = seller.reviewer().get("/api/v1/listings?decision=REVIEW").json().get("items");
    assertThat(flagged.size() + reviewed.size()).isEqualTo(1);
  }

  @Test
  void aFileThatCannotBeReadFailsTheImportAndChangesNothing() {
    var seller = sellers.seller("Acme");
    var job = imported(seller.reviewer(), "notes.csv", "these,are,not\nlisting,columns,at all\n");

    assertThat(job.get("status").asString()).isEqualTo("FAILED");
    assertThat(job.get("message").asString())
        .contains("notes.csv")
        .contains("Nothing was imported");
    assertThat(seller.reviewer().get("/api/v1/listings").json().get("totalElements").asLong())
        .isZero();
  }

  @Test
  void theSameIdempotencyKeyImportsOnce() {
    var seller = sellers.seller("Acme");
    String key = UUID.randomUUID().toString();
    String csv = HEADER + "S-1,,Cable,,,,,1,USD,,US\n";
    var first = seller.reviewer().upload("catalogue", "c.csv", csv, key);
    var second = seller.reviewer().upload("catalogue", "c.csv", csv, key);

    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    assertThat(seller.reviewer().get("/api/v1/imports").json().get("totalElements").asLong())
        .isEqualTo(1);
  }

  @Test
  void reImportingAChangedRowMakesANewVersionAndAnUnchangedOneDoesNot() {
    var seller = sellers.seller("Acme");
    var api = seller.reviewer();
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

  @Test
  void puttingAListingUpsertsItBySku() {
    var seller = sellers.seller("Acme");
    var api = seller.reviewer();
    assertThat(api.put("/api/v1/listings", listing("S-1", "Cable")).status()).isEqualTo(201);
    assertThat(api.put("/api/v1/listings", listing("S-1", "Cable")).status()).isEqualTo(200);
    var second = api.put("/api/v1/listings", listing("S-1", "Longer cable"));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("version").asInt()).isEqualTo(2);

    var anonymousListing = api.put("/api/v1/listings", Map.of("title", "No SKU or ASIN"));
    assertThat(anonymousListing.status()).isEqualTo(400);
    assertThat(anonymousListing.json().get("errors").has("sku")).isTrue();
  }

  // ---- Registry changes -----------------------------------------------------------------

  @Test
  void addingAMarkReScreensTheStoredListings() {
    var seller = sellers.seller("Acme");
    var api = seller.admin();
    api.put("/api/v1/listings", listing("S-1", "Quuxotic wireless earbuds"));
    long id = listingId(api, "S-1");
    assertThat(api.get("/api/v1/listings/" + id).json().get("listing").get("decision").asString())
        .isEqualTo("PASS");

    registered(api, "QUUXOTIC");

    api.await(
        "/api/v1/listings/" + id, d -> !d.get("listing").get("decision").asString().equals("PASS"));
    var actions = api.get("/api/v1/audit").json().get("items").findValuesAsString("action");
    assertThat(actions).contains("MARK_ADDED", "LISTINGS_RESCREENED");
  }

  // ---- Reviews --------------------------------------------------------------------------

  @Test
  void acceptingARiskNeedsAReasonAndIsAudited() {
    var seller = sellers.seller("Acme");
    registered(seller.admin(), "ZORBLAX");
    var api = seller.reviewer();
    api.put("/api/v1/listings", listing("S-1", "Zorblax charger"));
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
    assertThat(entry.get("actorName").asString()).isEqualTo("Pat reviewer");
    assertThat(entry.get("reason").asString()).isEqualTo("Licensed, ref L-9");
    assertThat(api.get("/api/v1/reviews").json().get("totalElements").asLong()).isZero();
  }

  @Test
  void aDismissedFindingStopsCountingForThatListingFromThenOn() {
    var seller = sellers.seller("Acme");
    registered(seller.admin(), "ZORBLAX");
    var api = seller.reviewer();
    api.put("/api/v1/listings", listing("S-1", "Zorblax charger"));
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

    var next = api.put("/api/v1/listings", listing("S-1", "Zorblax charger, 65W")).json();
    assertThat(next.get("version").asInt()).isEqualTo(2);
    assertThat(next.get("decision").asString()).isEqualTo("PASS");
    assertThat(next.get("findings").get(0).get("dismissed").asBoolean()).isTrue();
  }

  @Test
  void aBulkDecisionAppliesToAllOrNone() {
    var seller = sellers.seller("Acme");
    registered(seller.admin(), "ZORBLAX");
    var api = seller.reviewer();
    api.put("/api/v1/listings", listing("S-1", "Zorblax charger"));
    api.put("/api/v1/listings", listing("S-2", "Zorblax cable"));
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

  // ---- Errors ---------------------------------------------------------------------------

  @Test
  void malformedJsonAndUnknownPathsGetProblemDetails() {
    var api = sellers.seller("Acme").admin();
    var malformed = api.postRaw("/api/v1/screen", "application/json", "{\"title\": ");
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
              Map.of("title", "Nike running shoes", "price", new java.math.BigDecimal(extreme)));
      assertThat(reply.status()).as(extreme + ": " + reply.body()).isEqualTo(400);
      assertThat(reply.body()).contains("at most 12 digits before the point and 4 after");
    }
  }
}
