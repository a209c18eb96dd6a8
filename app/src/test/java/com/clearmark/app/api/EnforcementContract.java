package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Snapshots.Finding;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.enforcement.CaseService;
import com.clearmark.app.monitoring.CaptureListener;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MarketplaceSellers;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.Visitor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The brand's enforcement desk through the API: cases opened from monitoring's snapshots, moved
 * through their lifecycle, test buys, settings and the notice metrics. Each database gets a
 * subclass ({@code EnforcementOnH2Test}, {@code EnforcementOnPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class EnforcementContract {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Captures captures;
  @Autowired MarketplaceSellers marketplaceSellers;
  @Autowired List<CaptureListener> listeners;
  @Autowired PlatformTransactionManager transactions;
  @Autowired TestClock clock;
  @Autowired CaseService cases;
  Tenants tenants;
  Tenant zorvix;
  Snapshots snapshots;
  long seller;

  @BeforeEach
  void aBrandWatchingAMarketplace() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    zorvix = tenants.sellerWithAdmin("Zorvix Brand");
    snapshots =
        new Snapshots(
            jdbc,
            captures,
            marketplaceSellers,
            listeners,
            new TransactionTemplate(transactions),
            clock);
    seller = snapshots.seller(zorvix.organizationId(), "amazon.com", "A1KNOCKOFF", "Cheap Volts");
  }

  long listing(String listingId) {
    return snapshots.listing(zorvix.organizationId(), "amazon.com", listingId, seller);
  }

  long flagged(long listing, Finding... findings) {
    return snapshots.capture(
        zorvix.organizationId(), listing, seller, "BLOCK", true, false, findings);
  }

  List<JsonNode> casesOf(ApiClient api, String query) {
    var reply = api.get("/api/v1/cases" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var out = new java.util.ArrayList<JsonNode>();
    reply.json().forEach(row -> out.add(row.get("enforcementCase")));
    return out;
  }

  JsonNode onlyCase(ApiClient api) {
    var all = casesOf(api, "");
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  static List<String> kinds(JsonNode file) {
    return file.get("timeline").findValuesAsString("kind");
  }

  @Test
  void aFlaggedSnapshotOpensADetectedCaseOnItsMostSevereFinding() {
    long listing = listing("B0FAKE0001");
    long capture =
        flagged(
            listing,
            new Finding("TM_IN_DESCRIPTION", "MEDIUM", "VOLTRA", "7000001"),
            Finding.lookalike("ZORVIX"));

    var c = onlyCase(zorvix.viewer());
    assertThat(c.get("status").asString()).isEqualTo("DETECTED");
    assertThat(c.get("captureId").asLong()).isEqualTo(capture);
    assertThat(c.get("monitoredListingId").asLong()).isEqualTo(listing);
    assertThat(c.get("sellerRef").asLong()).isEqualTo(seller);
    assertThat(c.get("rule").asString()).isEqualTo("TM_LOOKALIKE");
    assertThat(c.get("mark").asString()).isEqualTo("ZORVIX");
    assertThat(c.get("registration").asString()).isEqualTo("6123456");
    var file = zorvix.viewer().get("/api/v1/cases/" + c.get("id").asLong()).json();
    assertThat(file.get("next").findValuesAsString("")).isEmpty();
    assertThat(file.get("next").toString()).contains("VALIDATED", "DISMISSED");
    assertThat(kinds(file)).containsExactly("OPENED");
    assertThat(auditActions()).contains("CASE_OPENED");

    flagged(listing, Finding.lookalike("ZORVIX"));
    var again = zorvix.viewer().get("/api/v1/cases/" + c.get("id").asLong()).json();
    assertThat(casesOf(zorvix.viewer(), "")).as("still one case").hasSize(1);
    assertThat(kinds(again)).containsExactly("OPENED", "CAPTURED_AGAIN");
  }

  @Test
  void aPassedSnapshotOrAnAuthorizedSellersRaisesNoCase() {
    long org = zorvix.organizationId();
    snapshots.capture(org, listing("B0PASS0001"), seller, "PASS", true, false);
    snapshots.capture(
        org, listing("B0AUTH0001"), seller, "BLOCK", true, true, Finding.lookalike("ZORVIX"));
    assertThat(casesOf(zorvix.viewer(), "")).isEmpty();
  }

  @Test
  void aDismissalAsNotInfringingKeepsTheDetectionFromRaisingACaseUntilUndone() {
    long listing = listing("B0PARODY01");
    flagged(listing, Finding.lookalike("ZORVIX"));
    long id = onlyCase(zorvix.viewer()).get("id").asLong();

    var dismissed =
        zorvix
            .reviewer()
            .post(
                "/api/v1/cases/" + id + "/dismiss",
                Map.of("reason", "A parody, not our goods", "notInfringing", true, "revision", 0));
    assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
    assertThat(dismissed.json().get("dismissReason").asString())
        .isEqualTo("A parody, not our goods");
    flagged(listing, Finding.lookalike("ZORVIX"));
    assertThat(casesOf(zorvix.viewer(), "")).as("allowed: no new case").hasSize(1);

    var restored = zorvix.reviewer().post("/api/v1/cases/" + id + "/restore", Map.of());
    assertThat(restored.json().get("enforcementCase").get("status").asString())
        .isEqualTo("DETECTED");
    flagged(listing, Finding.lookalike("ZORVIX"));
    var file = zorvix.viewer().get("/api/v1/cases/" + id).json();
    assertThat(casesOf(zorvix.viewer(), "")).hasSize(1);
    assertThat(kinds(file)).endsWith("CAPTURED_AGAIN");

    var noReason = zorvix.reviewer().post("/api/v1/cases/" + id + "/dismiss", Map.of());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason is required");
  }

  @Test
  void aCaseGoesFromDetectionToTakedownSeenByMonitoringAndIsEnforcedAgain() {
    long listing = listing("B0FAKE0002");
    flagged(listing, Finding.lookalike("ZORVIX"));
    long id = onlyCase(zorvix.viewer()).get("id").asLong();
    var reviewer = zorvix.reviewer();

    var validated =
        reviewer.post(
            "/api/v1/cases/" + id + "/validate", Map.of("revision", 0, "note", "Clear copy"));
    assertThat(validated.status()).as(validated.body()).isEqualTo(200);
    assertThat(validated.json().get("enforcementCase").get("revision").asInt()).isEqualTo(1);

    var stale = reviewer.post("/api/v1/cases/" + id + "/close", Map.of("revision", 0));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("changed by someone else");

    var refused = reviewer.post("/api/v1/cases/" + id + "/outcome", Map.of("outcome", "REMOVED"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("is validated and cannot become removed");

    // What the notice feature reports as its notice goes out.
    var notice = zorvix.adminCaller();
    cases.noticeDrafted(notice, id, 41);
    cases.noticeApproved(notice, id, 41);
    clock.advance(Duration.ofHours(5));
    cases.noticeSent(notice, id, 41, "email");
    clock.advance(Duration.ofHours(30));

    long gone = snapshots.capture(zorvix.organizationId(), listing, seller, "BLOCK", false, false);
    var removed = reviewer.get("/api/v1/cases/" + id).json();
    assertThat(removed.get("enforcementCase").get("status").asString()).isEqualTo("REMOVED");
    assertThat(removed.get("enforcementCase").get("outcomeAt").isNull()).isFalse();
    var lastEvent = removed.get("timeline").get(removed.get("timeline").size() - 1);
    assertThat(lastEvent.get("kind").asString()).isEqualTo("TAKEDOWN_SEEN");
    assertThat(lastEvent.get("summary").asString())
        .contains("snapshot #" + gone, "no longer available");

    var metrics = zorvix.viewer().get("/api/v1/enforcement/metrics").json();
    var amazon = metrics.get("byMarketplace").get(0);
    assertThat(amazon.get("key").asString()).isEqualTo("amazon.com");
    assertThat(amazon.get("takedownRate").asDouble()).isEqualTo(1.0);
    assertThat(amazon.get("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(amazon.get("meetsProjectZero").asBoolean()).isTrue();
    assertThat(amazon.get("medianTimeToTakedown").asString()).isEqualTo("PT30H");

    var closed = reviewer.post("/api/v1/cases/" + id + "/close", Map.of("note", "Gone"));
    assertThat(closed.json().get("enforcementCase").get("status").asString()).isEqualTo("CLOSED");
    var again = reviewer.post("/api/v1/cases/" + id + "/reenforce", Map.of("note", "It is back"));
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    var fresh = again.json().get("enforcementCase");
    assertThat(fresh.get("status").asString()).isEqualTo("DETECTED");
    assertThat(fresh.get("relistingOf").asLong()).isEqualTo(id);
    assertThat(again.header("Location")).contains("/api/v1/cases/" + fresh.get("id").asLong());
    var notAgain =
        reviewer.post("/api/v1/cases/" + fresh.get("id").asLong() + "/reenforce", Map.of());
    assertThat(notAgain.status()).isEqualTo(409);
    assertThat(auditActions()).contains("CASE_VALIDATED", "CASE_STATUS_CHANGED", "CASE_REENFORCED");
  }

  @Test
  void aListingPutBackAfterItsTakedownOpensACaseLinkedToTheOldOne() {
    long listing = listing("B0FAKE0010");
    flagged(listing, Finding.lookalike("ZORVIX"));
    long id = onlyCase(zorvix.viewer()).get("id").asLong();
    snapshots.capture(zorvix.organizationId(), listing, seller, "BLOCK", false, false);
    assertThat(kinds(zorvix.viewer().get("/api/v1/cases/" + id).json()))
        .as("gone before any notice: noted, not a takedown")
        .endsWith("UNAVAILABLE");

    var notice = zorvix.adminCaller();
    cases.validate(notice, id, null, null);
    cases.noticeDrafted(notice, id, 3);
    cases.noticeApproved(notice, id, 3);
    cases.noticeSent(notice, id, 3, "email");
    cases.recordOutcome(notice, id, null, com.clearmark.app.enforcement.CaseStatus.REMOVED, null);
    flagged(listing, Finding.lookalike("ZORVIX"));

    var all = casesOf(zorvix.viewer(), "?sort=newest");
    assertThat(all).hasSize(2);
    assertThat(all.get(0).get("relistingOf").asLong()).isEqualTo(id);
    assertThat(all.get(0).get("status").asString()).isEqualTo("DETECTED");
    var opened = zorvix.viewer().get("/api/v1/cases/" + all.get(0).get("id").asLong()).json();
    assertThat(opened.get("timeline").get(0).get("summary").asString())
        .contains("the listing is back after case #" + id);
  }

  @Test
  void aRejectedNoticeIsTriedAgainAndCountsAgainstAccuracy() {
    flagged(listing("B0FAKE0003"), Finding.lookalike("ZORVIX"));
    long id = onlyCase(zorvix.viewer()).get("id").asLong();
    var notice = zorvix.adminCaller();
    var reviewer = zorvix.reviewer();
    reviewer.post("/api/v1/cases/" + id + "/validate", Map.of());
    cases.noticeDrafted(notice, id, 1);
    cases.noticeApproved(notice, id, 1);
    cases.noticeSent(notice, id, 1, "web form");
    var rejected =
        reviewer.post(
            "/api/v1/cases/" + id + "/outcome",
            Map.of("outcome", "REJECTED", "note", "Registration not shown"));
    assertThat(rejected.json().get("enforcementCase").get("status").asString())
        .isEqualTo("REJECTED");
    var retried = reviewer.post("/api/v1/cases/" + id + "/validate", Map.of());
    assertThat(retried.json().get("enforcementCase").get("noticedAt").isNull()).isTrue();
    cases.noticeDrafted(notice, id, 2);
    cases.noticeApproved(notice, id, 2);
    cases.noticeSent(notice, id, 2, "web form");
    reviewer.post("/api/v1/cases/" + id + "/outcome", Map.of("outcome", "REMOVED"));

    var overall = zorvix.viewer().get("/api/v1/enforcement/metrics").json().get("overall");
    assertThat(overall.get("notices").asInt()).isEqualTo(2);
    assertThat(overall.get("rejectionRate").asDouble()).isEqualTo(0.5);
    assertThat(overall.get("accuracy").asDouble()).isEqualTo(0.5);
    assertThat(overall.get("meetsProjectZero").asBoolean()).isFalse();
    var bad = reviewer.post("/api/v1/cases/" + id + "/outcome", Map.of("outcome", "CLOSED"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("outcome must be one of");
  }

  @Test
  void aTestBuyIsRecordedWithItsPhotoAndBadInputRecordsNothing() {
    flagged(listing("B0FAKE0004"), Finding.lookalike("ZORVIX"));
    long id = onlyCase(zorvix.viewer()).get("id").asLong();
    var reviewer = zorvix.reviewer();

    var bad =
        reviewer.uploadForm(
            "/api/v1/cases/" + id + "/test-buys",
            Map.of("orderedOn", TestClock.TODAY.plusDays(2).toString(), "outcome", "COUNTERFEIT"),
            "photos",
            "box.png",
            PNG);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("order id is required", "is in the future");
    assertThat(reviewer.get("/api/v1/cases/" + id + "/test-buys").json().size()).isZero();

    var ok =
        reviewer.uploadForm(
            "/api/v1/cases/" + id + "/test-buys",
            Map.of(
                "orderId", "113-5550001-0000001",
                "orderedOn", TestClock.TODAY.minusDays(4).toString(),
                "outcome", "COUNTERFEIT",
                "note", "No hologram; wrong plug"),
            "photos",
            "box.png",
            PNG);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(ok.json().get("photoDocumentIds").size()).isEqualTo(1);
    var buys = reviewer.get("/api/v1/cases/" + id + "/test-buys").json();
    assertThat(buys.get(0).get("orderId").asString()).isEqualTo("113-5550001-0000001");
    assertThat(buys.get(0).get("outcome").asString()).isEqualTo("COUNTERFEIT");
    assertThat(kinds(reviewer.get("/api/v1/cases/" + id).json())).endsWith("TEST_BUY");
    assertThat(auditActions()).contains("TEST_BUY_RECORDED");

    var viewer =
        zorvix
            .viewer()
            .uploadForm(
                "/api/v1/cases/" + id + "/test-buys",
                Map.of(
                    "orderId", "X", "orderedOn", TestClock.TODAY.toString(), "outcome", "PENDING"),
                "photos",
                "box.png",
                PNG);
    assertThat(viewer.status()).isEqualTo(403);

    long photo = ok.json().get("photoDocumentIds").get(0).asLong();
    var page = signedIn(Role.VIEWER);
    assertThat(page.get("/cases/" + id).body()).contains("box.png", "113-5550001-0000001");
    var download = page.getBytes("/cases/" + id + "/photos/" + photo);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PNG);
    var nosy = signedIn(Role.ADMIN, tenants.sellerWithAdmin("Nosy Photo Brand"));
    assertThat(nosy.getBytes("/cases/" + id + "/photos/" + photo).statusCode()).isEqualTo(404);
  }

  @Test
  void anotherOrganizationsCaseIsNotFound() {
    flagged(listing("B0FAKE0005"), Finding.lookalike("ZORVIX"));
    long id = onlyCase(zorvix.viewer()).get("id").asLong();
    var other = tenants.sellerWithAdmin("Other Brand").reviewer();

    assertThat(other.get("/api/v1/cases").json().size()).isZero();
    assertThat(other.get("/api/v1/cases/" + id).status()).isEqualTo(404);
    assertThat(other.post("/api/v1/cases/" + id + "/validate", Map.of()).status()).isEqualTo(404);
    assertThat(other.post("/api/v1/cases/" + id + "/close", Map.of()).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/cases/" + id + "/test-buys").status()).isEqualTo(404);
    assertThat(
            zorvix
                .viewer()
                .get("/api/v1/cases/" + id)
                .json()
                .get("enforcementCase")
                .get("status")
                .asString())
        .isEqualTo("DETECTED");
    assertThat(other.get("/api/v1/enforcement/metrics").json().get("overall").get("cases").asInt())
        .isZero();
  }

  @Test
  void theQueueFiltersBySellerMarkAndStatusAndBulkValidates() {
    flagged(listing("B0FAKE0006"), Finding.lookalike("ZORVIX"));
    flagged(listing("B0FAKE0007"), Finding.lookalike("VOLTRA"));
    long otherSeller =
        snapshots.seller(zorvix.organizationId(), "amazon.com", "A2OTHER", "Other Shop");
    snapshots.capture(
        zorvix.organizationId(),
        snapshots.listing(zorvix.organizationId(), "amazon.com", "B0FAKE0008", otherSeller),
        otherSeller,
        "REVIEW",
        true,
        false,
        Finding.lookalike("ZORVIX"));
    var viewer = zorvix.viewer();
    assertThat(casesOf(viewer, "?mark=zorvix")).hasSize(2);
    assertThat(casesOf(viewer, "?seller=" + otherSeller)).hasSize(1);
    assertThat(casesOf(viewer, "?mark=VOLTRA&status=DETECTED")).hasSize(1);
    assertThat(casesOf(viewer, "?status=VALIDATED")).isEmpty();
    var ids = casesOf(viewer, "?sort=oldest").stream().map(c -> c.get("id").asLong()).toList();
    assertThat(ids).isSorted();

    var outcome = cases.bulk(zorvix.adminCaller(), CaseService.BulkAction.VALIDATE, ids, null);
    assertThat(outcome.done()).containsExactlyElementsOf(ids);
    assertThat(casesOf(viewer, "?status=VALIDATED")).hasSize(3);
    var twice = cases.bulk(zorvix.adminCaller(), CaseService.BulkAction.VALIDATE, ids, null);
    assertThat(twice.done()).isEmpty();
    assertThat(twice.refused()).hasSize(3);
  }

  @Test
  void settingsAreSavedByAnAdminAuditedAndCheckedField() {
    var admin = zorvix.admin();
    assertThat(admin.get("/api/v1/enforcement/settings").json().get("reminderDays").asInt())
        .isEqualTo(14);
    var saved =
        admin.put(
            "/api/v1/enforcement/settings",
            Map.of(
                "secondApproverRequired", true,
                "reminderDays", 10,
                "rightsOwner", "Zorvix Inc.",
                "agentName", "Brand Guard LLP",
                "contactEmail", "ip@zorvix.example"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("secondApproverRequired").asBoolean()).isTrue();
    assertThat(admin.get("/api/v1/enforcement/settings").json().get("rightsOwner").asString())
        .isEqualTo("Zorvix Inc.");
    assertThat(auditActions()).contains("ENFORCEMENT_SETTINGS_CHANGED");

    var bad =
        admin.put(
            "/api/v1/enforcement/settings",
            Map.of("reminderDays", 0, "contactEmail", "not an address"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("reminderDays", "contactEmail");
    assertThat(zorvix.reviewer().put("/api/v1/enforcement/settings", Map.of()).status())
        .isEqualTo(403);
    assertThat(admin.get("/api/v1/enforcement/settings").json().get("reminderDays").asInt())
        .isEqualTo(10);
  }

  @Test
  void thePagesShowTheQueueTheCaseTheDashboardAndTheSettings() {
    long listing = listing("B0FAKE0009");
    flagged(listing, Finding.lookalike("ZORVIX"));
    long id = onlyCase(zorvix.viewer()).get("id").asLong();
    var notice = zorvix.adminCaller();
    cases.validate(notice, id, null, null);
    cases.noticeDrafted(notice, id, 7);
    cases.noticeApproved(notice, id, 7);
    cases.noticeSent(notice, id, 7, "email");
    var page = signedIn(Role.REVIEWER);

    flagged(listing("B0FAKE0011"), Finding.lookalike("ZORVIX"));
    long other = casesOf(zorvix.viewer(), "?status=DETECTED").get(0).get("id").asLong();
    var bulk =
        page.post(
            "/cases", "/cases/bulk", Map.of("action", "VALIDATE", "ids", Long.toString(other)));
    assertThat(bulk.statusCode()).isEqualTo(302);
    assertThat(page.get("/cases").body()).contains("1 case validated.");
    assertThat(casesOf(zorvix.viewer(), "?status=VALIDATED")).hasSize(1);

    var queue = page.get("/cases");
    assertThat(queue.statusCode()).isEqualTo(200);
    assertThat(queue.body()).contains("Cheap Volts", "ZORVIX", "Notice sent");
    var detail = page.get("/cases/" + id);
    assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
    assertThat(detail.body())
        .contains("/monitoring/captures/", "6123456", "Record answer", "/cases/" + id + "/notices");
    assertThat(detail.body()).doesNotContain("id=\"validate\"");

    clock.advance(Duration.ofDays(15));
    try {
      var dashboard = page.get("/enforcement");
      assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
      assertThat(dashboard.body()).contains("Waiting for an answer", "Case #" + id);
      assertThat(page.get("/settings/enforcement").statusCode()).isEqualTo(200);
      var answered =
          page.post("/cases/" + id, "/cases/" + id + "/outcome", Map.of("outcome", "REMOVED"));
      assertThat(answered.statusCode()).isEqualTo(302);
      assertThat(page.get("/cases/" + id).body()).contains("Outcome recorded.", "Removed");
      assertThat(page.get("/enforcement").body()).doesNotContain("Case #" + id);
    } finally {
      clock.set(TestClock.TODAY, TestClock.START);
    }
    assertThat(
            signedIn(Role.REVIEWER, tenants.sellerWithAdmin("Nosy Brand"))
                .get("/cases/" + id)
                .statusCode())
        .isEqualTo(404);
  }

  Visitor signedIn(Role role) {
    return signedIn(role, zorvix);
  }

  Visitor signedIn(Role role, Tenant tenant) {
    String email = "c-" + UUID.randomUUID() + "@brand.example";
    String password = "correct horse battery staple";
    long user = accounts.createUser(email, "Casey Reviewer", passwords.encode(password));
    accounts.addMember(tenant.organizationId(), user, role);
    return Visitor.signedIn(port, email, password);
  }

  List<String> auditActions() {
    return jdbc.sql("select action from audit_log where organization_id = ?")
        .params(zorvix.organizationId())
        .query(String.class)
        .list();
  }

  static Map<String, Object> map(Object... kv) {
    var m = new HashMap<String, Object>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
