package com.clearmark.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.job.JobStatus;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import com.clearmark.engine.io.CapturedListing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The monitoring pages as a brand's people use them: captures, snapshots and listing histories, the
 * authorized sellers and reference prices, file imports, and seller contact data. Another
 * organization's ids answer 404 on every page.
 */
class MonitoringPagesTest extends ServiceOnH2 {

  static final String PASSWORD = "correct horse battery";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired MonitoringService monitoring;
  @Autowired Captures captures;
  @Autowired MarketplaceSellers sellers;
  @Autowired Jobs jobs;
  @Autowired JdbcClient jdbc;

  record Brand(Caller admin, String email, Visitor visitor) {}

  Brand brand;
  Brand other;

  @BeforeEach
  void twoBrands() {
    brand = brand("B Brindlecove " + UUID.randomUUID());
    other = brand("B Fenwick " + UUID.randomUUID());
  }

  Brand brand(String name) {
    long org = accounts.createOrganization(name);
    String email = "b-admin-" + UUID.randomUUID() + "@brand.example";
    long user = accounts.createUser(email, name + " admin", passwords.encode(PASSWORD));
    accounts.addMember(org, user, Role.ADMIN);
    return new Brand(
        new Caller(user, name + " admin", org, name, Role.ADMIN),
        email,
        Visitor.signedIn(port, email, PASSWORD));
  }

  static CapturedListing row(String listingId, String title, String sellerId) {
    return new CapturedListing(
        0,
        "ebay.com",
        listingId,
        "https://marketplace.example/itm/" + listingId,
        sellerId,
        "Harbour Bargains",
        "4 Quay Street, Leeds",
        "+44 113 000 0000",
        "owner@harbour.example",
        new BigDecimal("35.00"),
        "USD",
        Instant.parse("2026-11-28T10:00:00Z"),
        true,
        title,
        "Brindlecove",
        List.of("Full grain leather"),
        "Hand stitched.",
        "",
        "Bags");
  }

  long captured(Brand b, String listingId, String title) {
    return monitoring
        .capture(b.admin(), List.of(row(listingId, title, "harbour-bargains")))
        .captureIds()
        .get(0);
  }

  @Test
  void theMonitoringPagesShowTheCaptureItsFindingsAndItsHistory() {
    long id = captured(brand, "3141592653", "Brindlecove weekender bag");
    var capture =
        captures.find(OrganizationId.of(brand.admin().organizationId()), id).orElseThrow();

    var overview = brand.visitor().get("/monitoring");
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("Brindlecove weekender bag", "ebay.com", "Harbour Bargains");
    assertThat(brand.visitor().get("/monitoring?decision=BLOCK").body())
        .doesNotContain("Brindlecove weekender bag");
    var page = brand.visitor().get("/monitoring/captures/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            capture.contentHash(),
            "Full grain leather",
            "/monitoring/listings/" + capture.monitoredListingId());
    var listing = brand.visitor().get("/monitoring/listings/" + capture.monitoredListingId());
    assertThat(listing.statusCode()).isEqualTo(200);
    assertThat(listing.body()).contains("3141592653", "/monitoring/captures/" + id);
  }

  @Test
  void aCaptureOfAnAuthorizedSellerShowsTheBadge() {
    var added =
        brand
            .visitor()
            .post(
                "/monitoring/authorized-sellers",
                "/monitoring/authorized-sellers",
                Map.of(
                    "marketplace", "ebay.com",
                    "sellerId", "harbour-bargains",
                    "sellerName", "Harbour Bargains",
                    "validFrom", "2026-01-01",
                    "validUntil", "",
                    "note", "Distributor since 2025"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(brand.visitor().get("/monitoring/authorized-sellers").body())
        .contains("harbour-bargains", "Distributor since 2025");

    long id = captured(brand, "2718281828", "Brindlecove tote");
    assertThat(brand.visitor().get("/monitoring/captures/" + id).body())
        .contains("badge-authorized");
    assertThat(audits(brand, "AUTHORIZED_SELLER_ADDED")).isEqualTo(1);
  }

  @Test
  void removingAnAuthorizedSellerAsksFirstAndIsAudited() {
    brand
        .visitor()
        .post(
            "/monitoring/authorized-sellers",
            "/monitoring/authorized-sellers",
            Map.of("marketplace", "ebay.com", "sellerId", "gone-soon", "validFrom", "2026-01-01"));
    long id =
        jdbc.sql("select id from authorized_sellers where organization_id = ?")
            .param(brand.admin().organizationId())
            .query(Long.class)
            .single();
    String path = "/monitoring/authorized-sellers/" + id + "/delete";

    var asked = brand.visitor().post("/monitoring/authorized-sellers", path, Map.of());
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body()).contains("Remove this authorized seller?");
    assertThat(brand.visitor().get("/monitoring/authorized-sellers").body()).contains("gone-soon");

    assertThat(other.visitor().post("/monitoring", path, Map.of("confirmed", "true")).statusCode())
        .isEqualTo(404);
    var removed =
        brand.visitor().post("/monitoring/authorized-sellers", path, Map.of("confirmed", "true"));
    assertThat(removed.statusCode()).isEqualTo(302);
    assertThat(brand.visitor().get("/monitoring/authorized-sellers").body())
        .doesNotContain("gone-soon");
    assertThat(audits(brand, "AUTHORIZED_SELLER_DELETED")).isEqualTo(1);
  }

  @Test
  void aReferencePriceIsAddedRemovedAndABadPriceIsNamed() {
    var bad =
        brand
            .visitor()
            .post(
                "/monitoring/reference-prices",
                "/monitoring/reference-prices",
                Map.of("brand", "Brindlecove", "price", "cheap", "currency", "USD"));
    assertThat(bad.statusCode()).isEqualTo(302);
    assertThat(brand.visitor().notice("/monitoring/reference-prices")).contains("price");

    brand
        .visitor()
        .post(
            "/monitoring/reference-prices",
            "/monitoring/reference-prices",
            Map.of(
                "brand",
                "Brindlecove",
                "product",
                "weekender",
                "price",
                "180.00",
                "currency",
                "usd"));
    assertThat(brand.visitor().get("/monitoring/reference-prices").body())
        .contains("weekender", "180.00 USD");
    long id =
        jdbc.sql("select id from reference_prices where organization_id = ?")
            .param(brand.admin().organizationId())
            .query(Long.class)
            .single();
    assertThat(other.visitor().get("/monitoring/reference-prices").body())
        .doesNotContain("weekender");
    brand
        .visitor()
        .post(
            "/monitoring/reference-prices",
            "/monitoring/reference-prices/" + id + "/delete",
            Map.of("confirmed", "true"));
    assertThat(brand.visitor().get("/monitoring/reference-prices").body())
        .doesNotContain("weekender");
    assertThat(audits(brand, "REFERENCE_PRICE_ADDED")).isEqualTo(1);
    assertThat(audits(brand, "REFERENCE_PRICE_DELETED")).isEqualTo(1);
  }

  @Test
  void aCaptureFarUnderTheReferencePriceShowsThePriceFinding() {
    brand
        .visitor()
        .post(
            "/monitoring/reference-prices",
            "/monitoring/reference-prices",
            Map.of("brand", "Brindlecove", "price", "180.00", "currency", "USD"));
    long id = captured(brand, "1123581321", "Brindlecove messenger bag");

    var page = brand.visitor().get("/monitoring/captures/" + id).body();
    assertThat(page).contains("Price under half the reference price", "180.00 USD");
    assertThat(
            captures
                .find(OrganizationId.of(brand.admin().organizationId()), id)
                .orElseThrow()
                .decision())
        .isIn("REVIEW", "BLOCK");
  }

  @Test
  void aSnapshotsTextIsTheTextTheEngineGivesTheCapturedListing() {
    long id = captured(brand, "1011235813", "Brindlecove card holder");
    var stored = captures.find(OrganizationId.of(brand.admin().organizationId()), id).orElseThrow();
    assertThat(stored.text())
        .isEqualTo(row("1011235813", "Brindlecove card holder", "harbour-bargains").text());
  }

  @Test
  void anotherOrganizationsCapturesListingsAndSellersAnswer404() {
    long id = captured(brand, "1414213562", "Brindlecove duffel");
    var capture =
        captures.find(OrganizationId.of(brand.admin().organizationId()), id).orElseThrow();

    assertThat(other.visitor().get("/monitoring/captures/" + id).statusCode()).isEqualTo(404);
    assertThat(
            other
                .visitor()
                .get("/monitoring/listings/" + capture.monitoredListingId())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            other
                .visitor()
                .get("/monitoring/sellers/" + capture.sellerRef() + "/contact.json")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            other
                .visitor()
                .post(
                    "/monitoring",
                    "/monitoring/sellers/" + capture.sellerRef() + "/erase-contact",
                    Map.of("confirm", "yes"))
                .statusCode())
        .isEqualTo(404);
    assertThat(other.visitor().get("/monitoring").body()).doesNotContain("Brindlecove duffel");
  }

  @Test
  void aSellersContactIsExportedAndErasedOnlyWhenConfirmed() {
    long id = captured(brand, "1732050807", "Brindlecove wallet");
    var org = OrganizationId.of(brand.admin().organizationId());
    long seller = captures.find(org, id).orElseThrow().sellerRef();

    var export = brand.visitor().get("/monitoring/sellers/" + seller + "/contact.json");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).contains("owner@harbour.example", "4 Quay Street, Leeds");
    assertThat(audits(brand, "SELLER_CONTACT_EXPORTED")).isEqualTo(1);

    String erase = "/monitoring/sellers/" + seller + "/erase-contact";
    var unconfirmed = brand.visitor().post("/monitoring", erase, Map.of());
    assertThat(Visitor.location(unconfirmed)).endsWith("/sellers/" + seller);
    assertThat(sellers.find(org, seller).orElseThrow().email()).isNotEmpty();

    var erased = brand.visitor().post("/monitoring", erase, Map.of("confirm", "yes"));
    assertThat(erased.statusCode()).isEqualTo(302);
    assertThat(Visitor.location(erased)).endsWith("/sellers/" + seller);
    var after = sellers.find(org, seller).orElseThrow();
    assertThat(after.email()).isEmpty();
    assertThat(after.phone()).isEmpty();
    assertThat(after.address()).isEmpty();
    assertThat(after.contactErased()).isTrue();
    assertThat(audits(brand, "SELLER_CONTACT_ERASED")).isEqualTo(1);
  }

  @Test
  void aFileOfCapturedListingsIsImportedAsAJobWithItsBadRowsReported() throws Exception {
    String csv =
        """
        marketplace,listing_id,captured_at,title,seller_id,price,currency
        ebay.com,1618033988,2026-11-28T10:00:00Z,Brindlecove satchel,harbour-bargains,35.00,USD
        ebay.com,1618033989,not a time,Brindlecove tote,harbour-bargains,35.00,USD
        ebay.com,1618033990,2026-11-28,Brindlecove wallet,,12.50,USD
        """;
    var reply =
        brand
            .visitor()
            .upload(
                "/monitoring",
                "/monitoring",
                "captures.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                Map.of());
    assertThat(reply.statusCode()).isEqualTo(302);
    long jobId = Long.parseLong(Visitor.location(reply).replaceAll(".*/imports/", ""));

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    var job = jobs.find(brand.admin().organizationId(), jobId).orElseThrow();
    while (!job.finished() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      job = jobs.find(brand.admin().organizationId(), jobId).orElseThrow();
    }
    assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(job.accepted()).isEqualTo(2);
    assertThat(job.rejected()).isEqualTo(1);
    var problems = jobs.problems(jobId);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).field()).isEqualTo("captured_at");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where organization_id = ? and action ="
                        + " 'CAPTURES_IMPORTED' and subject_type = 'JOB' and subject_id = ?")
                .params(brand.admin().organizationId(), jobId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(brand.visitor().get("/monitoring").body())
        .contains("captures.csv", "Brindlecove satchel");
  }

  long audits(Brand b, String action) {
    return jdbc.sql("select count(*) from audit_log where organization_id = ? and action = ?")
        .params(b.admin().organizationId(), action)
        .query(Long.class)
        .single();
  }
}
