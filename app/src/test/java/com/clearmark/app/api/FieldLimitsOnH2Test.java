package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every field a seller sends has a limit, checked with the other field checks: an over-long value
 * is a 400 naming the field, or a rejected row naming line and field, and never a cut value or a
 * 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldLimitsOnH2Test {

  @TempDir static Path home;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  Tenants tenants;

  @BeforeEach
  void tenants() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
  }

  private static String letters(int n) {
    return "x".repeat(n);
  }

  private static Map<String, Object> listing(String sku, String title) {
    Map<String, Object> l = new HashMap<>();
    l.put("sku", sku);
    l.put("asin", "B0C1234567");
    l.put("title", title);
    l.put("brand", "Northwind");
    return l;
  }

  private static void refused(ApiClient.Reply reply, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").has(field)).as(reply.body()).isTrue();
  }

  @Test
  void screeningRefusesATitleOfOneHugeWordWith400NamingTheTitle() {
    var seller = tenants.sellerWithAdmin("Northwind");
    var reply =
        seller.viewer().post("/api/v1/screen", listing("SKU-1", "Earbuds " + "q".repeat(200_000)));
    refused(reply, "title");
    assertThat(reply.json().get("errors").get("title").asString())
        .contains("at most " + FieldLimits.TITLE);
  }

  @Test
  void screeningRefusesEachOverLongFieldByItsName() {
    var seller = tenants.sellerWithAdmin("Northwind");
    var l = listing("SKU-1", "Wireless earbuds");
    l.put("description", letters(FieldLimits.DESCRIPTION + 1));
    l.put("searchTerms", letters(FieldLimits.SEARCH_TERMS + 1));
    l.put("bulletPoints", List.of(letters(15_000), letters(15_000)));
    var reply = seller.viewer().post("/api/v1/screen", l);
    refused(reply, "description");
    assertThat(reply.json().get("errors").has("searchTerms")).isTrue();
    assertThat(reply.json().get("errors").has("bulletPoints")).isTrue();
  }

  @Test
  void aListingAtEveryLimitIsScreenedAndStoredWhole() {
    var seller = tenants.sellerWithAdmin("Northwind");
    String title = "Earbuds " + letters(FieldLimits.TITLE - 8);
    var reply = seller.reviewer().put("/api/v1/listings", listing("SKU-1", title));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    long id = reply.json().get("id").asLong();
    assertThat(
            seller.reviewer().get("/api/v1/listings/" + id).json().at("/version/title").asString())
        .isEqualTo(title);
  }

  @Test
  void anAsinOverTwentyCharactersIsRefusedAndNothingIsStored() {
    var seller = tenants.sellerWithAdmin("Northwind");
    var l = listing("SKU-1", "Wireless earbuds");
    l.put("asin", "B0" + letters(FieldLimits.ASIN));
    refused(seller.reviewer().put("/api/v1/listings", l), "asin");
    var sku = listing(letters(FieldLimits.SKU + 1), "Wireless earbuds");
    refused(seller.reviewer().put("/api/v1/listings", sku), "sku");
    assertThat(seller.reviewer().get("/api/v1/listings").json().get("totalElements").asLong())
        .isZero();
  }

  @Test
  void aCatalogueImportRejectsTheRowWithAnOverLongTitleByLineAndFieldAndKeepsTheOthersWhole() {
    var seller = tenants.sellerWithAdmin("Northwind");
    String longTitle = "Earbuds " + letters(2500);
    String csv =
        ApiContract.HEADER
            + "SKU-1,B0C1234567,Wireless earbuds,Northwind,,,,19.99,USD,Electronics,US\n"
            + "SKU-2,B0C1234568,"
            + longTitle
            + ",Northwind,,,,19.99,USD,Electronics,US\n"
            + "SKU-3,B0C1234569,Charging case,Northwind,,,,9.99,USD,Electronics,US\n";
    JsonNode job = ApiContract.imported(seller.reviewer(), "catalogue.csv", csv);
    assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("rejected").asLong()).isEqualTo(1);
    String rejected =
        seller.reviewer().get("/api/v1/imports/" + job.get("id") + "/rejected").body();
    assertThat(rejected).contains("catalogue.csv,3,title,\"at most 2000 characters, got 2508\"");
    var page = seller.reviewer().get("/api/v1/listings").json();
    assertThat(page.get("totalElements").asLong()).isEqualTo(2);
    for (JsonNode item : page.get("items")) {
      assertThat(item.get("sku").asString()).isNotEqualTo("SKU-2");
    }
  }

  @Test
  void aMarkOverItsLimitIsRefusedByTheApiAndRejectedByAnImport() {
    var seller = tenants.sellerWithAdmin("Northwind");
    var reply =
        seller
            .admin()
            .post(
                "/api/v1/marks",
                Map.of("name", letters(FieldLimits.MARK_NAME + 1), "owner", "Acme"));
    refused(reply, "name");
    String csv =
        "mark,owner,registration_number,jurisdiction,classes\n"
            + "Velmora,Velmora Inc.,123,US,9\n"
            + "Zentrix "
            + letters(600)
            + ",Zentrix Inc.,124,US,9\n";
    var upload = seller.admin().upload("registry", "marks.csv", csv, null);
    assertThat(upload.status()).as(upload.body()).isEqualTo(202);
    var job =
        seller
            .admin()
            .await(
                "/api/v1/imports/" + upload.json().get("id").asLong(),
                j -> j.get("status").asString().matches("SUCCEEDED|FAILED"));
    assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("rejected").asLong()).isEqualTo(1);
    String rejected = seller.admin().get("/api/v1/imports/" + job.get("id") + "/rejected").body();
    // The engine's reader may refuse the mark itself (by line); the service does in any case.
    assertThat(rejected).contains(",mark").contains("608").contains("500");
    var marks = seller.admin().get("/api/v1/marks").json();
    assertThat(marks.get("totalElements").asLong()).isEqualTo(1);
    assertThat(marks.at("/items/0/name").asString()).isEqualTo("Velmora");
  }

  @Test
  void salesWithAnOverLongAsinOrSkuAre400NotAServerError() {
    var seller = tenants.sellerWithAdmin("Northwind");
    var asin =
        seller
            .reviewer()
            .post(
                "/api/v1/sales",
                List.of(Map.of("asin", "B0" + letters(30), "from", "2026-10-01", "units", 3)));
    refused(asin, "rows[0]");
    assertThat(asin.json().at("/errors/rows[0]").asString()).contains("ASIN");
    var sku =
        seller
            .reviewer()
            .post(
                "/api/v1/sales",
                List.of(
                    Map.of("sku", letters(FieldLimits.SKU + 1), "from", "2026-10-01", "units", 3)));
    refused(sku, "rows[0]");
    assertThat(sku.json().at("/errors/rows[0]").asString()).contains("SKU");
  }

  @Test
  void aBusinessReportRowWithAnOverLongSkuIsNamedByLineAndColumn() {
    var seller = tenants.sellerWithAdmin("Northwind");
    String report =
        "Date,(Child) ASIN,SKU,Units Ordered\n"
            + "2026-10-01,B0C1234567,SKU-1,4\n"
            + "2026-10-02,B0C1234567,"
            + letters(250)
            + ",2\n";
    var reply =
        seller
            .reviewer()
            .uploadFile(
                "/api/v1/sales/import", "report.csv", report.getBytes(StandardCharsets.UTF_8));
    refused(reply, "report.csv line 3: SKU");
  }

  @Test
  void aPastedNotificationWithADayNoCalendarHasIs400NamingTheDate() {
    var seller = tenants.sellerWithAdmin("Northwind");
    String text =
        "Complaint ID: 1234567890\nASIN: B0C1234567\nInfringement type: Trademark\n"
            + "Trademark asserted: 5123456\nRights owner name: Acme Brands\n"
            + "Rights owner email: legal@acme.example\nDate: 2026-02-30\n";
    var reply = seller.reviewer().post("/api/v1/complaints/parse", Map.of("text", text));
    refused(reply, "text");
    assertThat(reply.json().at("/errors/text").asString()).contains("2026-02-30");
    assertThat(seller.reviewer().get("/api/v1/complaints").json().size()).isZero();
  }

  @Test
  void aComplaintNamesAtMostItsLimitOfAsins() {
    var seller = tenants.sellerWithAdmin("Northwind");
    List<String> asins = new ArrayList<>();
    for (int i = 0; i <= FieldLimits.ASINS_PER_COMPLAINT; i++) {
      asins.add(String.format("B0%08d", i));
    }
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("reference", "CR-1");
    complaint.put("type", "TRADEMARK");
    complaint.put("noticeDate", "2026-10-01");
    complaint.put("asins", asins);
    refused(seller.reviewer().post("/api/v1/complaints", complaint), "asins");
    complaint.put("asins", asins.subList(0, FieldLimits.ASINS_PER_COMPLAINT));
    var ok = seller.reviewer().post("/api/v1/complaints", complaint);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
  }

  @Test
  void anAuthorizationListsAtMostItsLimitOfAsins() {
    var seller = tenants.sellerWithAdmin("Northwind");
    List<String> asins = new ArrayList<>();
    for (int i = 0; i <= FieldLimits.ASINS_PER_AUTHORIZATION; i++) {
      asins.add(String.format("B0%08d", i));
    }
    Map<String, Object> auth = new HashMap<>();
    auth.put("licensor", "Acme Brands");
    auth.put("brands", List.of("Acme"));
    auth.put("asins", asins);
    auth.put("validFrom", "2026-01-01");
    refused(seller.admin().post("/api/v1/authorizations", auth), "asins");
  }

  @Test
  void anInvoiceHasAtMostItsLimitOfLines() {
    var seller = tenants.sellerWithAdmin("Northwind");
    var supplier = seller.reviewer().post("/api/v1/suppliers", Map.of("name", "Harbor Wholesale"));
    assertThat(supplier.status()).as(supplier.body()).isEqualTo(201);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i <= FieldLimits.LINES_PER_INVOICE; i++) {
      lines.add(Map.of("brand", "Acme", "asin", String.format("B0%08d", i), "quantity", 1));
    }
    var reply =
        seller
            .reviewer()
            .post(
                "/api/v1/invoices",
                Map.of(
                    "supplierId",
                    supplier.json().get("id").asLong(),
                    "number",
                    "INV-1",
                    "date",
                    "2026-10-01",
                    "lines",
                    lines));
    refused(reply, "lines");
  }
}
