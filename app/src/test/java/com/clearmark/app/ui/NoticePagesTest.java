package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.registry.Marks;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.EnforcementRows;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The notice pages without JavaScript: a case's notice section, drafting, the checks with their
 * reasons, the exports, withdrawing (confirmed first), and nothing of another organization.
 */
class NoticePagesTest extends ServiceOnH2 {

  private static final String PASSWORD = "correct horse battery";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired Marks marks;
  @Autowired JdbcClient jdbc;

  record Brand(long org, Visitor reviewer, long replicaCase) {}

  Brand voltra;
  Brand rival;

  @BeforeEach
  void twoBrands() {
    voltra = brand("E Voltra");
    rival = brand("E Rival Brand");
  }

  Brand brand(String name) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
    long org = accounts.createOrganization(unique);
    String email = "reviewer-" + UUID.randomUUID() + "@brand.example";
    long user = accounts.createUser(email, name + " reviewer", passwords.encode(PASSWORD));
    accounts.addMember(org, user, Role.REVIEWER);
    marks.insert(
        org,
        new Mark(
            "VOLTRA", "Voltra Power Inc.", "018234567", "EU", Set.of(9), MarkStatus.LIVE, false),
        true,
        null);
    var rows = new EnforcementRows(jdbc);
    rows.settings(org, false);
    long replica =
        rows.listingCase(org, "amazon.de", "B0REPLICA1", "Voltrra", "TM_LOOKALIKE", false);
    return new Brand(org, Visitor.signedIn(port, email, PASSWORD), replica);
  }

  long draftFromTheCasePage(Brand b) {
    String section = "/cases/" + b.replicaCase() + "/notices";
    var drafted = b.reviewer().post(section, section, Map.of("regime", "AMAZON"));
    assertThat(drafted.statusCode()).isEqualTo(302);
    String location = Visitor.location(drafted);
    assertThat(location).contains("/notices/");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void theCaseSectionOffersADraftAndTheNoticePageShowsEveryCheck() {
    String section = "/cases/" + voltra.replicaCase() + "/notices";
    var before = voltra.reviewer().get(section);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains("Draft a notice").contains("No notice has been drafted");

    long id = draftFromTheCasePage(voltra);

    var page = Jsoup.parse(voltra.reviewer().get("/notices/" + id).body());
    assertThat(page.select("[data-check]")).hasSize(8);
    assertThat(page.select("[data-check=RegistrationLive]").attr("data-passed")).isEqualTo("true");
    assertThat(page.select("[data-testid=notice-status]").text()).isEqualTo("Draft");
    assertThat(voltra.reviewer().get(section).body()).contains("/notices/" + id);
    assertThat(voltra.reviewer().get("/notices").body()).contains("/notices/" + id);
  }

  @Test
  void theCasePageLoadsTheSectionAloneThroughHtmx() {
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    "http://localhost:" + port + "/cases/" + voltra.replicaCase() + "/notices"))
            .header("HX-Request", "true")
            .GET()
            .build();

    var fragment = voltra.reviewer().sendAsync(request).join();

    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body()).contains("data-testid=\"case-notices\"").doesNotContain("<html");
  }

  @Test
  void theExportsGiveTextCsvAndPdf() {
    long id = draftFromTheCasePage(voltra);

    var text = voltra.reviewer().get("/notices/" + id + ".txt");
    var csv = voltra.reviewer().get("/notices/" + id + ".csv");
    var pdf = voltra.reviewer().getBytes("/notices/" + id + ".pdf");

    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.body()).contains("Amazon Report Infringement").contains("B0REPLICA1");
    assertThat(csv.body()).startsWith("ASIN,Marketplace,IP type").contains("B0REPLICA1,amazon.de");
    assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
  }

  @Test
  void editingAndApprovingFromThePage() {
    long id = draftFromTheCasePage(voltra);
    String page = "/notices/" + id;

    var saved =
        voltra
            .reviewer()
            .post(
                page,
                page,
                Map.of(
                    "revision",
                    "0",
                    "body",
                    "Replica chargers sold as VOLTRA.",
                    "appearsIn",
                    "TITLE"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(voltra.reviewer().notice(page)).contains("Draft saved");
    assertThat(voltra.reviewer().get(page).body()).contains("Replica chargers sold as VOLTRA.");

    voltra.reviewer().post(page, page + "/approve", Map.of());
    assertThat(
            Jsoup.parse(voltra.reviewer().get(page).body())
                .select("[data-testid=notice-status]")
                .text())
        .isEqualTo("Approved");
  }

  @Test
  void withdrawingIsConfirmedFirst() {
    long id = draftFromTheCasePage(voltra);
    String page = "/notices/" + id;

    voltra.reviewer().post(page, page + "/withdraw", Map.of());
    assertThat(voltra.reviewer().notice(page)).contains("confirm");

    voltra.reviewer().post(page, page + "/withdraw", Map.of("confirm", "yes"));
    assertThat(
            Jsoup.parse(voltra.reviewer().get(page).body())
                .select("[data-testid=notice-status]")
                .text())
        .isEqualTo("Withdrawn");
  }

  @Test
  void anotherOrganizationsNoticeAndCaseAnswer404() {
    long id = draftFromTheCasePage(voltra);

    assertThat(rival.reviewer().get("/notices/" + id).statusCode()).isEqualTo(404);
    assertThat(rival.reviewer().get("/notices/" + id + ".txt").statusCode()).isEqualTo(404);
    assertThat(rival.reviewer().get("/notices/" + id + ".csv").statusCode()).isEqualTo(404);
    assertThat(rival.reviewer().getBytes("/notices/" + id + ".pdf").statusCode()).isEqualTo(404);
    assertThat(rival.reviewer().get("/cases/" + voltra.replicaCase() + "/notices").statusCode())
        .isEqualTo(404);
    assertThat(rival.reviewer().get("/notices").body()).doesNotContain("/notices/" + id + "\"");
  }
}
