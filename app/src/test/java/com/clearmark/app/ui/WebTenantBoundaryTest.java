package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Through the web UI, a member of one organization reaches nothing of another: every page and
 * action on another organization's records answers 404, as for an id that does not exist.
 */
class WebTenantBoundaryTest extends ServiceOnH2 {

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryService registry;
  @Autowired RegistryIndexes indexes;
  @Autowired CatalogService catalog;
  @Autowired Listings listings;
  @Autowired Jobs jobs;

  record Seller(
      Caller admin, String email, long listingId, long markId, long findingId, long jobId) {}

  Seller acme;
  Seller harbor;

  @BeforeEach
  void twoSellers() throws Exception {
    acme = seller("Acme Outdoor");
    harbor = seller("Harbor Lane");
  }

  Seller seller(String name) throws Exception {
    long org = accounts.createOrganization(name);
    String email = "admin-" + UUID.randomUUID() + "@example.test";
    long user =
        accounts.createUser(email, name + " admin", passwords.encode("correct horse battery"));
    accounts.addMember(org, user, Role.ADMIN);
    var admin = new Caller(user, name + " admin", org, name, Role.ADMIN);
    long markId =
        registry
            .add(
                admin,
                new MarkForm("ZORBLAX", "Zorblax Inc.", "EX-77", "US", "9", "LIVE", false, false))
            .id();
    indexes.awaitIdle(org, Duration.ofSeconds(10));
    var upserted =
        catalog.upsert(
            admin,
            new ListingInput(
                "SKU-1",
                "B0TEST0001",
                "Zorblax charger 65W",
                "Generic",
                List.of(),
                "",
                "",
                null,
                "USD",
                "",
                "US"));
    long listingId = upserted.listingId();
    var version = listings.version(org, listingId, 1).orElseThrow();
    long findingId = listings.findings(org, version.id()).get(0).id();
    long jobId = jobs.create(org, JobKind.CATALOGUE_IMPORT, "catalogue.csv", user, null);
    jobs.fail(jobId, "test job");
    return new Seller(admin, email, listingId, markId, findingId, jobId);
  }

  Visitor signedIn(Seller seller) {
    var session = new Visitor(port);
    var response = session.signIn(seller.email(), "correct horse battery");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return session;
  }

  @Test
  void ownRecordsAreReachable() {
    var session = signedIn(acme);
    assertThat(session.get("/listings/" + acme.listingId()).statusCode()).isEqualTo(200);
    assertThat(session.get("/registry/" + acme.markId() + "/edit").statusCode()).isEqualTo(200);
    assertThat(session.get("/imports/" + acme.jobId()).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherOrganizationsPagesAnswerNotFound() {
    var session = signedIn(acme);
    for (String path :
        List.of(
            "/listings/" + harbor.listingId(),
            "/listings/" + harbor.listingId() + "/diff?from=1&to=1",
            "/registry/" + harbor.markId() + "/edit",
            "/imports/" + harbor.jobId(),
            "/imports/" + harbor.jobId() + "/progress",
            "/imports/" + harbor.jobId() + "/rejected.csv")) {
      var response = session.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body())
          .as(path)
          .doesNotContain("Zorblax charger")
          .doesNotContain("Exception");
    }
  }

  @Test
  void anotherOrganizationsRecordsCannotBeChanged() {
    var session = signedIn(acme);
    var dismiss =
        session.post(
            "/listings/" + acme.listingId(),
            "/findings/" + harbor.findingId() + "/dismiss",
            Map.of("reason", "not ours", "listingId", String.valueOf(harbor.listingId())));
    var review =
        session.post(
            "/listings/" + acme.listingId(),
            "/listings/" + harbor.listingId() + "/review",
            Map.of("action", "ACCEPT_RISK", "reason", "licensed"));
    var editMark =
        session.post(
            "/registry",
            "/registry/" + harbor.markId(),
            Map.of("name", "HIJACKED", "status", "LIVE"));
    var deleteMark =
        session.post("/registry", "/registry/" + harbor.markId() + "/delete", Map.of());
    var switchOrg =
        session.post(
            "/",
            "/organizations/switch",
            Map.of("organizationId", String.valueOf(harbor.admin().organizationId())));

    assertThat(List.of(dismiss, review, editMark, deleteMark, switchOrg))
        .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(404));
    assertThat(
            listings
                .find(harbor.admin().organizationId(), harbor.listingId())
                .orElseThrow()
                .reviewStatus()
                .name())
        .isEqualTo("OPEN");
    assertThat(registry.get(harbor.admin(), harbor.markId()).name()).isEqualTo("ZORBLAX");
  }

  @Test
  void listsShowOnlyTheOrganizationsOwnRecords() {
    var session = signedIn(acme);
    long before = listings.count(harbor.admin().organizationId());
    assertThat(before).isEqualTo(1);
    assertThat(session.get("/listings").body())
        .contains("/listings/" + acme.listingId() + "\"")
        .doesNotContain("/listings/" + harbor.listingId() + "\"");
    assertThat(session.get("/reviews").body())
        .doesNotContain("/listings/" + harbor.listingId() + "\"");
    assertThat(session.get("/imports").body()).doesNotContain("/imports/" + harbor.jobId() + "\"");
    var export = session.get("/listings/export.csv").body().lines().toList();
    assertThat(export).hasSize(2);
    assertThat(export.get(1)).startsWith("SKU-1,B0TEST0001,Zorblax charger 65W,Generic,BLOCK");
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() {
    var session = signedIn(acme);
    assertThat(session.get("/listings/" + acme.listingId()).statusCode()).isEqualTo(200);
    var response =
        session.postRaw(
            "/listings/" + acme.listingId() + "/review",
            Map.of("action", "ACCEPT_RISK", "reason", "forged"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(
            listings
                .find(acme.admin().organizationId(), acme.listingId())
                .orElseThrow()
                .reviewStatus()
                .name())
        .isEqualTo("OPEN");
  }

  @Test
  void pagesNeedASignedInUserAndHealthDoesNot() {
    var anonymous = new Visitor(port);
    var dashboard = anonymous.get("/");
    assertThat(dashboard.statusCode()).isEqualTo(302);
    assertThat(dashboard.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(anonymous.get("/actuator/health").body()).contains("\"UP\"");
    assertThat(Files.exists(home)).isTrue();
  }
}
