package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.imports.ImportKind;
import com.clearmark.app.imports.ImportService;
import com.clearmark.app.job.JobStatus;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A fresh server: the first visit sets it up; uploads and imports over the limits are refused
 * whole.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.servlet.multipart.max-file-size=2KB",
      "spring.servlet.multipart.max-request-size=3KB",
      "clearmark.max-import-rows=3"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunAndLimitsTest extends ServiceOnH2 {

  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired ImportService imports;
  @Autowired Jobs jobs;
  @Autowired Listings listings;

  @Test
  @Order(1)
  void theFirstVisitSetsUpTheOrganizationAndItsAdmin() {
    var session = new Visitor(port);
    var login = session.get("/login");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/setup");

    var invalid =
        session.post(
            "/setup",
            "/setup",
            Map.of(
                "organization",
                "Northwind Goods",
                "name",
                "Sam",
                "email",
                "sam",
                "password",
                "short"));
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body())
        .contains("enter an email address like name@example.com")
        .contains("choose a password of at least 12 characters");
    assertThat(accounts.countUsers()).isZero();

    var valid =
        session.post(
            "/setup",
            "/setup",
            Map.of(
                "organization", "Northwind Goods",
                "name", "Sam Seller",
                "email", "sam@northwind.test",
                "password", "a long enough passphrase"));
    assertThat(valid.headers().firstValue("Location").orElse("")).endsWith("/login?setup");
    assertThat(
            session
                .signIn("sam@northwind.test", "a long enough passphrase")
                .headers()
                .firstValue("Location")
                .orElse(""))
        .doesNotContain("error");
    assertThat(session.get("/").body()).contains("Northwind Goods");
    assertThat(new Visitor(port).get("/setup").headers().firstValue("Location").orElse(""))
        .endsWith("/login");
  }

  @Test
  @Order(2)
  void anUploadOverTheSizeLimitGetsAClearMessageNotAStackTrace() throws Exception {
    var org = accounts.organizationNamed("Northwind Goods").orElseThrow();
    var user = accounts.userByEmail("sam@northwind.test").orElseThrow();
    var caller = new Caller(user.id(), user.name(), org.id(), org.name(), Role.ADMIN);
    String token = tokens.create(caller, "limits", Role.ADMIN).secret();

    String big = "sku,title\n" + "SKU-1,".repeat(1) + "x".repeat(4000) + "\n";
    var response =
        ApiClient.bearer(port, token)
            .uploadFile("/api/v1/imports", "big.csv", big.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).contains("problem+json");
    assertThat(response.body()).contains("larger than the limit").doesNotContain("Exception");
  }

  @Test
  @Order(3)
  void anImportWithMoreRowsThanAllowedFailsAndImportsNothing() throws Exception {
    var org = accounts.organizationNamed("Northwind Goods").orElseThrow();
    var user = accounts.userByEmail("sam@northwind.test").orElseThrow();
    var caller = new Caller(user.id(), user.name(), org.id(), org.name(), Role.ADMIN);
    String csv = "sku,title\nSKU-1,Cable\nSKU-2,Charger\nSKU-3,Case\nSKU-4,Stand\n";

    var job =
        imports
            .submit(
                caller,
                ImportKind.CATALOGUE,
                "four-rows.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                null,
                false,
                null)
            .job();
    var deadline = Instant.now().plus(Duration.ofSeconds(20));
    var finished = jobs.find(org.id(), job.id()).orElseThrow();
    while (!finished.finished() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      finished = jobs.find(org.id(), job.id()).orElseThrow();
    }

    assertThat(finished.status()).isEqualTo(JobStatus.FAILED);
    assertThat(finished.message())
        .contains("more than 3 listings")
        .contains("Nothing was imported");
    assertThat(listings.count(org.id())).isZero();
  }
}
