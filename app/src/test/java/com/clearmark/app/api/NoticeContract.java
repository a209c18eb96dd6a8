package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.registry.Marks;
import com.clearmark.app.support.EnforcementRows;
import com.clearmark.app.support.TestClock;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Notices through the API: drafted from a brand's cases, checked, approved (by a second person when
 * the brand requires it), sent, corrected. The cases are written as the monitoring and enforcement
 * features leave them: Voltra's chargers found on amazon.de, a replica and a genuine reseller. Each
 * database gets a subclass ({@code NoticeOnH2Test}, {@code NoticeOnPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class NoticeContract {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Marks marks;
  Tenants tenants;
  Tenant voltra;

  @BeforeEach
  void aBrand() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    voltra = tenants.sellerWithAdmin("Voltra");
    marks.insert(
        voltra.organizationId(),
        new Mark(
            "VOLTRA", "Voltra Power Inc.", "018234567", "EU", Set.of(9), MarkStatus.LIVE, false),
        true,
        null);
    marks.insert(
        voltra.organizationId(),
        new Mark("VOLTRA", "Voltra Power Inc.", "6123456", "US", Set.of(9), MarkStatus.LIVE, false),
        true,
        null);
    settings(voltra, false);
  }

  @Test
  void aDraftIsFilledFromTheCaseTheListingAndTheSettings() {
    long replica = replicaOnAmazonDe(voltra);
    testBuy(voltra, replica, "302-5550001-0000001", "COUNTERFEIT");

    var reply = voltra.reviewer().post("/api/v1/notices", Map.of("caseIds", List.of(replica)));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonNode n = reply.json();
    assertThat(n.get("status").asString()).isEqualTo("DRAFT");
    assertThat(n.get("marketplace").asString()).isEqualTo("amazon.de");
    JsonNode c = n.get("content");
    assertThat(c.get("regime").asString()).isEqualTo("AMAZON");
    assertThat(c.get("ipType").asString()).isEqualTo("TRADEMARK");
    assertThat(c.get("registration").asString()).isEqualTo("018234567");
    assertThat(c.get("rightsOwner").asString()).isEqualTo("Voltra Power Inc.");
    assertThat(c.get("contactEmail").asString()).isEqualTo("brand-protection@voltra.example");
    assertThat(c.get("testBuyOrders").asString()).isEqualTo("302-5550001-0000001");
    assertThat(n.get("items").get(0).get("listingId").asString()).startsWith("B0REPL");
    assertThat(n.get("items").get(0).get("url").asString()).startsWith("https://www.amazon.de/dp/");
  }

  @Test
  void theDrafterMayChooseTheDsaForAnEuMarketplace() {
    long replica = replicaOnAmazonDe(voltra);

    var reply =
        voltra
            .reviewer()
            .post("/api/v1/notices", Map.of("caseIds", List.of(replica), "regime", "EU_DSA"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().get("content").get("regime").asString()).isEqualTo("EU_DSA");
    JsonNode checks =
        voltra
            .reviewer()
            .get("/api/v1/notices/" + reply.json().get("id").asLong() + "/checks")
            .json();
    assertThat(failed(checks)).containsExactly("RegimeElementsPresent");
  }

  @Test
  void aGenuineResellerWithOnlyAUsRegistrationIsNotApproved() {
    long resale = genuineResaleOnAmazonDe(voltra);
    long id = draft(voltra, resale);
    var edit =
        voltra
            .reviewer()
            .put("/api/v1/notices/" + id, Map.of("revision", 0, "registration", "6123456"));
    assertThat(edit.status()).as(edit.body()).isEqualTo(200);

    JsonNode checks = voltra.reviewer().get("/api/v1/notices/" + id + "/checks").json();
    var approve = voltra.admin().post("/api/v1/notices/" + id + "/approve", Map.of());

    assertThat(failed(checks))
        .containsExactlyInAnyOrder("RegistrationLive", "GenuineResaleNeedsCounterfeitEvidence");
    assertThat(approve.isProblem(409)).as(approve.body()).isTrue();
    assertThat(approve.body()).contains("RegistrationLive").contains("US registration");
    assertThat(voltra.reviewer().get("/api/v1/notices/" + id).json().get("status").asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void aSecondApproverIsNeededWhenTheBrandRequiresOne() {
    settings(voltra, true);
    long id = draft(voltra, replicaOnAmazonDe(voltra));

    var byDrafter = voltra.reviewer().post("/api/v1/notices/" + id + "/approve", Map.of());
    var bySecond = voltra.admin().post("/api/v1/notices/" + id + "/approve", Map.of());

    assertThat(byDrafter.isProblem(403)).as(byDrafter.body()).isTrue();
    assertThat(byDrafter.body()).contains("second approver");
    assertThat(bySecond.status()).as(bySecond.body()).isEqualTo(200);
    assertThat(bySecond.json().get("approvedByName").asString())
        .isEqualTo(voltra.admin().personName());
  }

  @Test
  void aSentNoticeIsNeverEditedAndACorrectionIsANewNotice() {
    long id = draft(voltra, replicaOnAmazonDe(voltra));
    assertThat(voltra.admin().post("/api/v1/notices/" + id + "/approve", Map.of()).status())
        .isEqualTo(200);
    var sent =
        voltra
            .reviewer()
            .post(
                "/api/v1/notices/" + id + "/send",
                Map.of("via", "PORTAL_PASTE", "to", "Amazon Report Infringement form"));
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.json().get("sentVia").asString()).isEqualTo("PORTAL_PASTE");

    var edit =
        voltra.reviewer().put("/api/v1/notices/" + id, Map.of("revision", 2, "mark", "VOLTRA X"));
    var correction = voltra.reviewer().post("/api/v1/notices/" + id + "/corrections", Map.of());

    assertThat(edit.isProblem(409)).as(edit.body()).isTrue();
    assertThat(correction.status()).as(correction.body()).isEqualTo(201);
    assertThat(correction.json().get("correctsNoticeId").asLong()).isEqualTo(id);
    assertThat(correction.json().get("status").asString()).isEqualTo("DRAFT");
    assertThat(correction.json().get("id").asLong()).isNotEqualTo(id);
    assertThat(
            voltra
                .reviewer()
                .get("/api/v1/notices/" + id)
                .json()
                .get("content")
                .get("mark")
                .asString())
        .isEqualTo("VOLTRA");
  }

  @Test
  void aCorrectionOfASentNoticeIsApprovedAndSentInItsTurn() {
    long caseId = replicaOnAmazonDe(voltra);
    long id = draft(voltra, caseId);
    voltra.admin().post("/api/v1/notices/" + id + "/approve", Map.of());
    voltra.reviewer().post("/api/v1/notices/" + id + "/send", Map.of("via", "PORTAL_PASTE"));
    long correction =
        voltra
            .reviewer()
            .post("/api/v1/notices/" + id + "/corrections", Map.of())
            .json()
            .get("id")
            .asLong();

    var approved = voltra.admin().post("/api/v1/notices/" + correction + "/approve", Map.of());
    var sent =
        voltra
            .reviewer()
            .post("/api/v1/notices/" + correction + "/send", Map.of("via", "PORTAL_PASTE"));

    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
  }

  @Test
  void anApprovalOfADraftEditedSinceItWasReadIsRefused() {
    long id = draft(voltra, replicaOnAmazonDe(voltra));
    int read = voltra.reviewer().get("/api/v1/notices/" + id).json().get("revision").asInt();
    var edit =
        voltra
            .reviewer()
            .put("/api/v1/notices/" + id, Map.of("revision", read, "body", "Replica jackets."));
    assertThat(edit.status()).as(edit.body()).isEqualTo(200);

    var stale =
        voltra.admin().post("/api/v1/notices/" + id + "/approve?revision=" + read, Map.of());
    var fresh =
        voltra.admin().post("/api/v1/notices/" + id + "/approve?revision=" + (read + 1), Map.of());

    assertThat(stale.isProblem(409)).as(stale.body()).isTrue();
    assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
  }

  @Test
  void aCaseWithAPendingNoticeTakesNoSecondOne() {
    long caseId = replicaOnAmazonDe(voltra);
    long first = draft(voltra, caseId);

    var second = voltra.reviewer().post("/api/v1/notices", Map.of("caseIds", List.of(caseId)));

    assertThat(second.isProblem(409)).as(second.body()).isTrue();
    assertThat(second.body()).contains("notice #" + first);
  }

  @Test
  void aMarkTheBrandDoesNotOwnIsNoBasisForANotice() {
    var reseller = tenants.sellerWithAdmin("Reseller");
    marks.insert(
        reseller.organizationId(),
        new Mark(
            "VOLTRA", "Voltra Power Inc.", "018234567", "EU", Set.of(9), MarkStatus.LIVE, false),
        false,
        null);
    settings(reseller, false);
    long id = draft(reseller, replicaOnAmazonDe(reseller));

    JsonNode checks = reseller.reviewer().get("/api/v1/notices/" + id + "/checks").json();

    assertThat(failed(checks)).contains("RegistrationLive");
  }

  @Test
  void aSentNoticeStillUnansweredAfterTheReminderDaysIsDueForFollowUp() {
    long caseId = replicaOnAmazonDe(voltra);
    long id = draft(voltra, caseId);
    voltra.admin().post("/api/v1/notices/" + id + "/approve", Map.of());
    voltra.reviewer().post("/api/v1/notices/" + id + "/send", Map.of("via", "CSV_UPLOAD"));
    jdbc.sql("update enforcement_cases set status = 'SENT' where id = ?").param(caseId).update();

    assertThat(followUps(voltra)).as("sent today, reminder after 14 days").doesNotContain(id);

    var sentAt =
        jdbc.sql("select sent_at from notices where id = ?")
            .param(id)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
    jdbc.sql("update notices set sent_at = ? where id = ?")
        .param(java.sql.Timestamp.from(sentAt.minus(java.time.Duration.ofDays(15))))
        .param(id)
        .update();
    assertThat(followUps(voltra)).contains(id);

    jdbc.sql("update enforcement_cases set status = 'REMOVED' where id = ?").param(caseId).update();
    assertThat(followUps(voltra)).as("the marketplace answered").doesNotContain(id);
  }

  private static List<Long> followUps(Tenant tenant) {
    var reply = tenant.reviewer().get("/api/v1/notices/follow-ups");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    reply.json().forEach(n -> ids.add(n.get("id").asLong()));
    return ids;
  }

  @Test
  void anEditOverAStaleRevisionIsRefused() {
    long id = draft(voltra, replicaOnAmazonDe(voltra));
    assertThat(
            voltra
                .reviewer()
                .put("/api/v1/notices/" + id, Map.of("revision", 0, "body", "First"))
                .status())
        .isEqualTo(200);

    var stale =
        voltra.admin().put("/api/v1/notices/" + id, Map.of("revision", 0, "body", "Second"));

    assertThat(stale.isProblem(409)).as(stale.body()).isTrue();
  }

  @Test
  void emailIsRefusedWithAClearMessageWhileNoSmtpServerIsConfigured() {
    long id = draft(voltra, replicaOnAmazonDe(voltra));
    voltra.admin().post("/api/v1/notices/" + id + "/approve", Map.of());

    var reply =
        voltra
            .reviewer()
            .post(
                "/api/v1/notices/" + id + "/send",
                Map.of("via", "EMAIL", "to", "notice@marketplace.example"));

    assertThat(reply.isProblem(409)).as(reply.body()).isTrue();
    assertThat(reply.body()).contains("not configured");
    assertThat(voltra.reviewer().get("/api/v1/notices/" + id).json().get("status").asString())
        .isEqualTo("APPROVED");
  }

  @Test
  void aWithdrawnNoticeStaysWithdrawn() {
    long id = draft(voltra, replicaOnAmazonDe(voltra));

    var withdrawn = voltra.reviewer().post("/api/v1/notices/" + id + "/withdraw", Map.of());
    var approve = voltra.admin().post("/api/v1/notices/" + id + "/approve", Map.of());

    assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(approve.isProblem(409)).isTrue();
  }

  @Test
  void anotherOrganizationsNoticeAndCaseAnswer404() {
    var rival = tenants.sellerWithAdmin("Rival");
    long id = draft(voltra, replicaOnAmazonDe(voltra));
    long voltraCase = replicaOnAmazonDe(voltra);

    assertThat(rival.admin().get("/api/v1/notices/" + id).isProblem(404)).isTrue();
    assertThat(rival.admin().get("/api/v1/notices/" + id + "/checks").isProblem(404)).isTrue();
    assertThat(rival.admin().post("/api/v1/notices/" + id + "/approve", Map.of()).isProblem(404))
        .isTrue();
    assertThat(rival.admin().post("/api/v1/notices/" + id + "/withdraw", Map.of()).isProblem(404))
        .isTrue();
    assertThat(rival.admin().put("/api/v1/notices/" + id, Map.of("revision", 0)).isProblem(404))
        .isTrue();
    assertThat(
            rival
                .admin()
                .post("/api/v1/notices", Map.of("caseIds", List.of(voltraCase)))
                .isProblem(404))
        .isTrue();
    assertThat(rival.admin().get("/api/v1/notices").json().size()).isZero();
  }

  @Test
  void aViewerReadsNoticesButDraftsNone() {
    long caseId = replicaOnAmazonDe(voltra);

    var reply = voltra.viewer().post("/api/v1/notices", Map.of("caseIds", List.of(caseId)));

    assertThat(reply.isProblem(403)).as(reply.body()).isTrue();
  }

  @Test
  void casesOnTwoMarketplacesAreNotOneNotice() {
    long de = replicaOnAmazonDe(voltra);
    long fr = listingCase(voltra, "amazon.fr", "B0FRANCE01", "Voltrra", "TM_LOOKALIKE", false);

    var reply = voltra.reviewer().post("/api/v1/notices", Map.of("caseIds", List.of(de, fr)));

    assertThat(reply.isProblem(400)).as(reply.body()).isTrue();
    assertThat(reply.body()).contains("caseIds").contains("one marketplace");
  }

  static List<String> failed(JsonNode checks) {
    List<String> out = new java.util.ArrayList<>();
    checks.forEach(
        c -> {
          if (!c.get("passed").asBoolean()) {
            out.add(c.get("policy").asString());
          }
        });
    return out;
  }

  long draft(Tenant t, long caseId) {
    var reply = t.reviewer().post("/api/v1/notices", Map.of("caseIds", List.of(caseId)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  long replicaOnAmazonDe(Tenant t) {
    return listingCase(t, "amazon.de", "B0REPL" + suffix(), "Voltrra", "TM_LOOKALIKE", false);
  }

  long genuineResaleOnAmazonDe(Tenant t) {
    return listingCase(t, "amazon.de", "B0GENU" + suffix(), "Voltra", "TM_EXACT", false);
  }

  private static String suffix() {
    return String.format("%04d", (int) (Math.random() * 10_000));
  }

  void settings(Tenant t, boolean secondApprover) {
    new EnforcementRows(jdbc).settings(t.organizationId(), secondApprover);
  }

  void testBuy(Tenant t, long caseId, String order, String outcome) {
    new EnforcementRows(jdbc).testBuy(t.organizationId(), caseId, order, outcome);
  }

  long listingCase(
      Tenant t,
      String marketplace,
      String listingId,
      String brand,
      String rule,
      boolean authorized) {
    return new EnforcementRows(jdbc)
        .listingCase(t.organizationId(), marketplace, listingId, brand, rule, authorized);
  }
}
