package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.PdfChecks;
import com.clearmark.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
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
 * The seller's compliance workflows through the API, from a received complaint to a checked appeal:
 * complaints, proof of source (suppliers, invoices, documents, sales) and authorizations. Each
 * database gets a subclass ({@code ComplianceOnH2Test}, {@code ComplianceOnPostgresTest}); the
 * service's clock is the {@link TestClock}, so deadlines and validity are the same on any day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class ComplianceContract {

  static final Charset UTF8 = StandardCharsets.UTF_8;
  static final LocalDate TODAY = TestClock.TODAY;
  static final LocalDate NOTICE = TODAY.minusDays(3);
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  Tenants tenants;
  Tenant acme;

  @BeforeEach
  void aSeller() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    acme = tenants.sellerWithAdmin("Acme");
  }

  static String notice(LocalDate date) {
    return """
        Date: %s
        We removed your listing because we received a report from a rights owner that it infringes
        their trademark.
        ASIN: B0CHARGER1
        Title: Zorvix 65W USB C Charger
        Infringement type: Trademark
        Trademark asserted: 6123456
        Complaint ID: 9876543210
        Rights owner name: Voltra Power Inc.
        Rights owner email: brand-protection@voltra.example
        """
        .formatted(date);
  }

  static long supplier(ApiClient api, String website) {
    var reply =
        api.post(
            "/api/v1/suppliers",
            Map.of(
                "name", "Evergreen Wholesale Ltd",
                "address", "12 Dock Road, Leeds",
                "phone", "+44 113 496 0000",
                "email", "orders@evergreen.example",
                "website", website));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  static long invoice(ApiClient api, long supplier, String number, LocalDate date, long units) {
    var reply =
        api.post(
            "/api/v1/invoices",
            Map.of(
                "supplierId",
                supplier,
                "number",
                number,
                "date",
                date.toString(),
                "lines",
                List.of(
                    Map.of(
                        "brand",
                        "Zorvix",
                        "product",
                        "65W charger",
                        "asin",
                        "B0CHARGER1",
                        "quantity",
                        units))));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  static List<String> rules(JsonNode verdict) {
    return verdict.get("findings").findValuesAsString("rule");
  }

  static JsonNode check(JsonNode appeal, String name) {
    for (JsonNode c : appeal.get("products").get(0).get("checks")) {
      if (c.get("check").asString().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no check " + name + " in " + appeal);
  }

  @Test
  void aPastedComplaintIsReadKeptAndGivenItsDeadlines() {
    var api = acme.reviewer();
    var reply =
        api.post(
            "/api/v1/complaints/parse",
            Map.of("text", notice(NOTICE), "accountHealthBelow100", true));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    var complaint = reply.json().get("complaint");
    assertThat(complaint.get("reference").asString()).isEqualTo("9876543210");
    assertThat(complaint.get("type").asString()).isEqualTo("TRADEMARK");
    assertThat(complaint.get("rightsOwner").asString()).isEqualTo("Voltra Power Inc.");
    assertThat(complaint.get("products").get(0).get("asin").asString()).isEqualTo("B0CHARGER1");
    assertThat(complaint.get("missing").size()).isZero();
    assertThat(complaint.get("rawText").asString()).contains("Voltra Power Inc.");
    var deadlines = reply.json().get("deadlines");
    assertThat(deadlines.get(0).get("due").asString()).isEqualTo(NOTICE.plusDays(3).toString());
    assertThat(deadlines.findValuesAsString("due")).contains(NOTICE.plusDays(90).toString());
  }

  @Test
  void complaintsFromACsvFileAreRecordedOnceAndABadFileRecordsNothing() {
    var api = acme.reviewer();
    String csv =
        "complaint_id,type,notice_date,asins,rights_owner\r\n"
            + "CSV-1001,Trademark,"
            + NOTICE
            + ",B0CHARGER1,Voltra Power Inc.\r\n"
            + "CSV-1002,Counterfeit,"
            + NOTICE.minusDays(10)
            + ",B0BOTTLE01|B0BOTTLE02,Hydra Bottles LLC\r\n";

    var first = api.uploadFile("/api/v1/complaints/import", "complaints.csv", csv.getBytes(UTF8));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("recorded").asInt()).isEqualTo(2);
    var again =
        api.uploadFile(
            "/api/v1/complaints/import",
            "complaints.csv",
            (csv + "CSV-1003,Patent," + NOTICE + ",B0STAND001,\r\n").getBytes(UTF8));
    assertThat(again.json().get("recorded").asInt()).isEqualTo(1);
    assertThat(again.json().get("alreadyRecorded").toString()).contains("CSV-1001", "CSV-1002");

    var bad =
        api.uploadFile(
            "/api/v1/complaints/import",
            "more.csv",
            ("complaint_id,type,notice_date,asins\n"
                    + "CSV-2001,Trademark,"
                    + NOTICE
                    + ",B0CHARGER1\n"
                    + "CSV-2002,Trademark,"
                    + TODAY.plusDays(5)
                    + ",B0CHARGER1\n")
                .getBytes(UTF8));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("more.csv line 3: notice_date", "in the future");
    byte[] latin1 =
        ("complaint_id,type,notice_date,asins,rights_owner\n"
                + "CSV-3001,Trademark,"
                + NOTICE
                + ",B0CHARGER1,Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    var notUtf8 = api.uploadFile("/api/v1/complaints/import", "excel.csv", latin1);
    assertThat(notUtf8.status()).isEqualTo(400);
    assertThat(notUtf8.body()).contains("excel.csv is not UTF-8");
    var references = api.get("/api/v1/complaints").json().findValuesAsString("reference");
    assertThat(references).containsExactlyInAnyOrder("CSV-1001", "CSV-1002", "CSV-1003");
    assertThat(tenants.sellerWithAdmin("Other").reviewer().get("/api/v1/complaints").json().size())
        .isZero();
  }

  @Test
  void aBusinessReportImportedTwiceCountsItsUnitsOnce() {
    var api = acme.reviewer();
    long supplier = supplier(api, "https://evergreen.example");
    invoice(api, supplier, "INV-50", NOTICE.minusDays(30), 50);
    String report =
        "Date,(Child) ASIN,SKU,Units Ordered\n"
            + NOTICE.minusDays(5)
            + ",B0CHARGER1,ZV-65W,35\n"
            + NOTICE.minusDays(4)
            + ",B0CHARGER1,ZV-65W,25\n";

    for (int i = 0; i < 2; i++) {
      var imported =
          api.uploadFile("/api/v1/sales/import", "BusinessReport.csv", report.getBytes(UTF8));
      assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    var coverage = api.get("/api/v1/coverage").json();
    assertThat(coverage.get(0).get("sold").asLong()).isEqualTo(60);
    assertThat(coverage.get(0).get("shortfall").asLong()).isEqualTo(10);
  }

  @Test
  void valuesTooLongOrTooLargeToStoreGetFieldErrorsAndNothingIsRecorded() {
    var seller = acme;
    var api = seller.reviewer();
    String longName = "Evergreen Wholesale ".repeat(20);

    var supplier =
        api.post("/api/v1/suppliers", Map.of("name", longName, "phone", "+44 113 496 0000"));
    assertThat(supplier.status()).isEqualTo(400);
    assertThat(supplier.json().get("errors").get("name").asString()).startsWith("at most 300");

    long supplierId = supplier(api, "https://evergreen.example");
    var invoice =
        api.post(
            "/api/v1/invoices",
            Map.of(
                "supplierId",
                supplierId,
                "number",
                "INV-HUGE",
                "date",
                NOTICE.toString(),
                "lines",
                List.of(
                    Map.of(
                        "asin",
                        "B0CHARGER1",
                        "quantity",
                        1,
                        "unitPrice",
                        new BigDecimal("1E+2147483647")))));
    assertThat(invoice.status()).as(invoice.body()).isEqualTo(400);
    assertThat(invoice.json().get("errors").get("lines[0]").asString()).contains("does not fit");

    var authorization =
        seller
            .admin()
            .post(
                "/api/v1/authorizations",
                Map.of(
                    "licensor", longName,
                    "brands", List.of("Zorvix"),
                    "validFrom", NOTICE.toString()));
    assertThat(authorization.status()).isEqualTo(400);
    assertThat(authorization.json().get("errors").get("licensor").asString())
        .startsWith("at most 300");

    var complaint =
        api.post(
            "/api/v1/complaints",
            Map.of(
                "reference",
                "9876543210",
                "type",
                "TRADEMARK",
                "noticeDate",
                NOTICE.toString(),
                "asins",
                List.of("B0CHARGER1"),
                "rightsOwner",
                longName));
    assertThat(complaint.status()).isEqualTo(400);
    assertThat(complaint.json().get("errors").get("rightsOwner").asString())
        .startsWith("at most 300");

    assertThat(api.get("/api/v1/suppliers").json().size()).isEqualTo(1);
    assertThat(api.get("/api/v1/invoices").json().size()).isZero();
    assertThat(api.get("/api/v1/complaints").json().size()).isZero();
  }

  @Test
  void aPastedTextLackingRequiredFieldsRecordsNothingAndNamesThemWithWhatWasRead() {
    var api = acme.reviewer();
    String text =
        "Complaint notice: your listing B0CHARGER1 was removed for trademark infringement.";
    var refused = api.post("/api/v1/complaints/parse", Map.of("text", text));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().at("/errors/reference").asString()).contains("complaint ID");
    assertThat(refused.json().at("/errors/noticeDate").asString()).contains("date");
    assertThat(refused.json().at("/read/asins/0").asString()).isEqualTo("B0CHARGER1");
    assertThat(refused.json().at("/read/type").asString()).isEqualTo("TRADEMARK");
    assertThat(api.get("/api/v1/complaints").json().size()).isZero();

    var completed =
        api.post(
            "/api/v1/complaints/parse",
            Map.of("text", text, "reference", "TM-2211", "noticeDate", NOTICE.toString()));
    assertThat(completed.status()).as(completed.body()).isEqualTo(201);
    var complaint = completed.json().get("complaint");
    assertThat(complaint.get("reference").asString()).isEqualTo("TM-2211");
    assertThat(complaint.get("noticeDate").asString()).isEqualTo(NOTICE.toString());
    assertThat(complaint.get("rawText").asString()).isEqualTo(text);
    assertThat(complaint.get("missing").toString()).contains("registration number asserted");
  }

  @Test
  void aComplaintIdRecordedAlreadyIs409WithTheExistingComplaintsLocation() {
    var api = acme.reviewer();
    long first =
        api.post("/api/v1/complaints/parse", Map.of("text", notice(NOTICE)))
            .json()
            .get("complaint")
            .get("id")
            .asLong();

    var pastedAgain = api.post("/api/v1/complaints/parse", Map.of("text", notice(NOTICE)));
    var typedAgain =
        api.post(
            "/api/v1/complaints",
            Map.of(
                "reference",
                "9876543210",
                "type",
                "TRADEMARK",
                "noticeDate",
                NOTICE.toString(),
                "asins",
                List.of("B0CHARGER1")));

    for (var reply : List.of(pastedAgain, typedAgain)) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(409);
      assertThat(reply.header("Location")).contains("/api/v1/complaints/" + first);
      assertThat(reply.json().get("detail").asString()).contains("/complaints/" + first);
    }
    assertThat(api.get("/api/v1/complaints").json().size()).isEqualTo(1);
  }

  @Test
  void aComplaintIsCorrectedInPlaceOrDeletedAndTheAuditLogKeepsBeforeAndAfter() {
    var api = acme.reviewer();
    var recorded = api.post("/api/v1/complaints/parse", Map.of("text", notice(NOTICE))).json();
    long id = recorded.at("/complaint/id").asLong();
    long revision = recorded.at("/complaint/revision").asLong();
    var correction =
        Map.of(
            "reference", "9876543211",
            "type", "COPYRIGHT",
            "noticeDate", NOTICE.minusDays(1).toString(),
            "asins", List.of("B0CHARGER1", "B0CHARGER2"),
            "rightsOwner", "Voltra Power Inc.",
            "rightsOwnerEmail", "brand-protection@voltra.example");

    var corrected = api.put("/api/v1/complaints/" + id + "?revision=" + revision, correction);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().at("/complaint/reference").asString()).isEqualTo("9876543211");
    assertThat(corrected.json().at("/complaint/type").asString()).isEqualTo("COPYRIGHT");
    assertThat(corrected.json().at("/complaint/products").size()).isEqualTo(2);
    assertThat(corrected.json().at("/complaint/products/0/title").asString())
        .isEqualTo("Zorvix 65W USB C Charger");

    var stale = api.put("/api/v1/complaints/" + id + "?revision=" + revision, correction);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);

    String log = acme.admin().get("/api/v1/audit").body();
    assertThat(log).contains("COMPLAINT_CORRECTED").contains("before: 9876543210");

    assertThat(api.delete("/api/v1/complaints/" + id).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/complaints/" + id).status()).isEqualTo(404);
    assertThat(acme.admin().get("/api/v1/audit").body()).contains("COMPLAINT_DELETED");
  }

  @Test
  void aComplaintWithAHistoryIsKeptWhenDeletedAndCanStillBeCorrected() {
    var api = acme.reviewer();
    long id =
        api.post("/api/v1/complaints/parse", Map.of("text", notice(NOTICE)))
            .json()
            .at("/complaint/id")
            .asLong();
    api.post("/api/v1/complaints/" + id + "/actions", Map.of("action", "LISTING_REMOVED"));

    var refused = api.delete("/api/v1/complaints/" + id);

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("detail").asString()).contains("Edit");
    assertThat(api.get("/api/v1/complaints/" + id).status()).isEqualTo(200);
    assertThat(acme.viewer().delete("/api/v1/complaints/" + id).status()).isEqualTo(403);
  }

  @Test
  void anInvoiceIsCorrectedInPlaceKeepingItsDocumentAndCanBeDeleted() {
    var api = acme.reviewer();
    long supplier = supplier(api, "https://evergreen.example");
    long id = invoice(api, supplier, "INV-7", NOTICE.minusDays(40), 30);
    api.uploadFile("/api/v1/invoices/" + id + "/document", "INV-7.pdf", PDF);
    var correction =
        Map.of(
            "supplierId",
            supplier,
            "number",
            "INV-7A",
            "date",
            NOTICE.minusDays(41).toString(),
            "lines",
            List.of(
                Map.of("brand", "Zorvix", "asin", "B0CHARGER1", "quantity", 45),
                Map.of("brand", "Zorvix", "asin", "B0CHARGER2", "quantity", 5)));

    var corrected = api.put("/api/v1/invoices/" + id + "?revision=0", correction);

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().get("number").asString()).isEqualTo("INV-7A");
    assertThat(corrected.json().get("lines").size()).isEqualTo(2);
    assertThat(corrected.json().get("documentName").asString()).isEqualTo("INV-7.pdf");
    assertThat(api.put("/api/v1/invoices/" + id + "?revision=0", correction).status())
        .isEqualTo(409);
    assertThat(acme.admin().get("/api/v1/audit").body())
        .contains("INVOICE_CORRECTED")
        .contains("before: INV-7 of");

    assertThat(api.delete("/api/v1/invoices/" + id).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/invoices").json().size()).isZero();
    assertThat(acme.viewer().delete("/api/v1/suppliers/" + supplier).status()).isEqualTo(403);
    assertThat(api.delete("/api/v1/suppliers/" + supplier).status()).isEqualTo(204);
  }

  @Test
  void anAuthorizationIsCorrectedAndDeletedByAnAdminOnly() {
    var admin = acme.admin();
    var added =
        admin.post(
            "/api/v1/authorizations",
            Map.of(
                "licensor", "Zorvix Electronics",
                "brands", List.of("Zorvix"),
                "validFrom", NOTICE.minusDays(100).toString()));
    long id = added.json().get("id").asLong();
    var correction =
        Map.of(
            "kind", "Licence",
            "licensor", "Zorvix Electronics GmbH",
            "brands", List.of("Zorvix", "Zorvix Pro"),
            "validFrom", NOTICE.minusDays(100).toString(),
            "validTo", TODAY.plusDays(200).toString());

    assertThat(acme.reviewer().put("/api/v1/authorizations/" + id, correction).status())
        .isEqualTo(403);
    var corrected = admin.put("/api/v1/authorizations/" + id + "?revision=0", correction);

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().get("licensor").asString()).isEqualTo("Zorvix Electronics GmbH");
    assertThat(corrected.json().get("brands").size()).isEqualTo(2);
    assertThat(admin.put("/api/v1/authorizations/" + id + "?revision=0", correction).status())
        .isEqualTo(409);
    assertThat(admin.delete("/api/v1/authorizations/" + id).status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/authorizations/" + id).status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/audit").body())
        .contains("AUTHORIZATION_CORRECTED")
        .contains("AUTHORIZATION_DELETED");
  }

  @Test
  void aSupplierAddedAgainUnderItsNameIs409PointingAtTheOneRecorded() {
    var api = acme.reviewer();
    long supplier = supplier(api, "");

    var again = api.post("/api/v1/suppliers", Map.of("name", "  evergreen   wholesale LTD "));

    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.header("Location")).contains("/api/v1/suppliers/" + supplier);
    assertThat(api.get("/api/v1/suppliers").json().size()).isEqualTo(1);
  }

  @Test
  void aSupplierNamedOnAnInvoiceIsKeptWhenDeletedAndOneWithoutIsDeleted() {
    var api = acme.reviewer();
    long named = supplier(api, "https://evergreen.example");
    invoice(api, named, "INV-9", NOTICE.minusDays(10), 5);
    long unused =
        api.post("/api/v1/suppliers", Map.of("name", "Typo Traders")).json().get("id").asLong();

    var kept = api.delete("/api/v1/suppliers/" + named);
    assertThat(kept.status()).as(kept.body()).isEqualTo(409);
    assertThat(kept.json().get("detail").asString()).contains("1 invoice");

    assertThat(api.delete("/api/v1/suppliers/" + unused).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/suppliers").json().size()).isEqualTo(1);
    assertThat(acme.admin().get("/api/v1/audit").body()).contains("SUPPLIER_DELETED");
  }

  @Test
  void theAppealChecksNameTheShortfallAndTheMissingContactDetailsThenPassOnceFixed() {
    var api = acme.reviewer();
    long complaint =
        api.post("/api/v1/complaints/parse", Map.of("text", notice(NOTICE)))
            .json()
            .get("complaint")
            .get("id")
            .asLong();
    long supplier = supplier(api, "");
    long first = invoice(api, supplier, "INV-1", NOTICE.minusDays(100), 90);
    assertThat(api.uploadFile("/api/v1/invoices/" + first + "/document", "INV-1.pdf", PDF).status())
        .isEqualTo(200);
    assertThat(
            api.post(
                    "/api/v1/sales",
                    List.of(
                        Map.of(
                            "asin",
                            "B0CHARGER1",
                            "from",
                            NOTICE.minusDays(60).toString(),
                            "to",
                            NOTICE.minusDays(31).toString(),
                            "units",
                            60),
                        Map.of(
                            "asin",
                            "B0CHARGER1",
                            "from",
                            NOTICE.minusDays(30).toString(),
                            "to",
                            NOTICE.minusDays(1).toString(),
                            "units",
                            40)))
                .status())
        .isEqualTo(201);

    var appeal = api.get("/api/v1/complaints/" + complaint + "/appeal").json();
    assertThat(appeal.get("ready").asBoolean()).isFalse();
    assertThat(
            check(appeal, "Invoiced quantities cover the last 365 days of sales")
                .get("reason")
                .asString())
        .isEqualTo(
            "Invoices cover 90 of 100 units sold in the 365 days before the notice: 10 units short.");
    assertThat(check(appeal, "Supplier contact details present").get("reason").asString())
        .isEqualTo("Evergreen Wholesale Ltd has no website.");
    assertThat(
            check(appeal, "Invoice dated within the 365 days before the notice")
                .get("status")
                .asString())
        .isEqualTo("PASS");
    assertThat(check(appeal, "Documents are of an accepted file type").get("status").asString())
        .isEqualTo("PASS");
    var coverage = api.get("/api/v1/coverage").json();
    assertThat(coverage.get(0).get("asin").asString()).isEqualTo("B0CHARGER1");
    assertThat(coverage.get(0).get("shortfall").asLong()).isEqualTo(10);

    // The seller corrects the supplier in place: the invoice already recorded keeps pointing at it.
    var corrected =
        api.put(
            "/api/v1/suppliers/" + supplier,
            Map.of(
                "name", "Evergreen Wholesale Ltd",
                "address", "12 Dock Road, Leeds",
                "phone", "+44 113 496 0000",
                "email", "orders@evergreen.example",
                "website", "https://evergreen.example"));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    long second = invoice(api, supplier, "INV-2", NOTICE.minusDays(20), 20);
    api.uploadFile("/api/v1/invoices/" + second + "/document", "INV-2.pdf", PDF);
    var fixed = api.get("/api/v1/complaints/" + complaint + "/appeal").json();
    assertThat(check(fixed, "Supplier contact details present").get("status").asString())
        .isEqualTo("PASS");
    assertThat(api.get("/api/v1/suppliers").json().size()).isEqualTo(1);
    assertThat(
            check(fixed, "Invoiced quantities cover the last 365 days of sales")
                .get("status")
                .asString())
        .isEqualTo("PASS");
    assertThat(api.get("/api/v1/coverage").json().size()).isZero();
  }

  @Test
  void theAppealPackageHoldsTheLettersTheChecksAndTheInvoices() throws Exception {
    var api = acme.reviewer();
    long complaint =
        api.post("/api/v1/complaints/parse", Map.of("text", notice(NOTICE)))
            .json()
            .get("complaint")
            .get("id")
            .asLong();
    api.post(
        "/api/v1/complaints/" + complaint + "/actions",
        Map.of("action", "LISTING_EDITED", "note", "Removed the brand name from the title"));
    long supplier = supplier(api, "https://evergreen.example");
    long invoice = invoice(api, supplier, "INV-1", NOTICE.minusDays(100), 500);
    api.uploadFile("/api/v1/invoices/" + invoice + "/document", "scan.pdf", PDF);
    api.post(
        "/api/v1/sales",
        List.of(
            Map.of(
                "asin",
                "B0CHARGER1",
                "from",
                NOTICE.minusDays(30).toString(),
                "to",
                NOTICE.minusDays(1).toString(),
                "units",
                40)));

    var entries = new TreeMap<String, byte[]>();
    byte[] zip = api.getBytes("/api/v1/complaints/" + complaint + "/appeal/package");
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(entries.keySet())
        .containsExactly(
            "checks.txt",
            "evidence/invoice-INV-1.pdf",
            "plan-of-action.pdf",
            "retraction-request.pdf");
    PdfChecks.assertWellFormed(entries.get("plan-of-action.pdf"));
    String plan = new String(entries.get("plan-of-action.pdf"), StandardCharsets.ISO_8859_1);
    assertThat(plan)
        .contains("Plan of action: complaint 9876543210")
        .contains("Removed the brand name from the title");
    assertThat(new String(entries.get("checks.txt"), StandardCharsets.UTF_8))
        .startsWith("Complaint 9876543210: ready to send");
    assertThat(entries.get("evidence/invoice-INV-1.pdf")).isEqualTo(PDF);
    assertThat(new String(entries.get("retraction-request.pdf"), StandardCharsets.ISO_8859_1))
        .contains("brand-protection@voltra.example");
    assertThat(
            tenants
                .sellerWithAdmin("Harbor")
                .admin()
                .get("/api/v1/complaints/" + complaint + "/appeal/package")
                .status())
        .isEqualTo(404);
  }

  @Test
  void anUploadIsJudgedByItsContentAndServedOnlyToItsOwnOrganization() {
    var harbor = tenants.sellerWithAdmin("Harbor");
    long supplier = supplier(acme.reviewer(), "https://evergreen.example");
    long invoice = invoice(acme.reviewer(), supplier, "INV-7", NOTICE, 5);

    var renamedText =
        acme.reviewer()
            .uploadFile(
                "/api/v1/invoices/" + invoice + "/document",
                "invoice.pdf",
                "just text".getBytes(StandardCharsets.UTF_8));
    assertThat(renamedText.status()).isEqualTo(400);
    assertThat(renamedText.json().get("errors").get("file").asString())
        .contains("not a PDF, JPEG, PNG, GIF or TIFF");

    var attached =
        acme.reviewer()
            .uploadFile("/api/v1/invoices/" + invoice + "/document", "../../etc/invoice.pdf", PDF)
            .json();
    assertThat(attached.get("documentType").asString()).isEqualTo("pdf");
    assertThat(attached.get("documentName").asString()).isEqualTo("invoice.pdf");

    long document = 0;
    for (long id = 1; id < 10_000 && document == 0; id++) {
      if (acme.viewer().get("/api/v1/documents/" + id).status() == 200) {
        document = id;
      }
    }
    var download = acme.viewer().get("/api/v1/documents/" + document);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.body()).startsWith("%PDF-");
    assertThat(harbor.admin().get("/api/v1/documents/" + document).status()).isEqualTo(404);
    assertThat(harbor.admin().get("/api/v1/invoices/" + invoice).status()).isEqualTo(404);
    assertThat(harbor.admin().get("/api/v1/suppliers/" + supplier).status()).isEqualTo(404);
    assertThat(
            harbor
                .admin()
                .uploadFile("/api/v1/invoices/" + invoice + "/document", "x.pdf", PDF)
                .status())
        .isEqualTo(404);
  }

  @Test
  void aComplaintMovesThroughItsLifecycleAndCannotBeAppealedTwice() {
    var seller = acme;
    var api = seller.reviewer();
    var form =
        Map.of(
            "reference", "CF-2026-0441",
            "type", "COUNTERFEIT",
            "noticeDate", NOTICE.toString(),
            "asins", List.of("B0BAG00001"),
            "rightsOwner", "Maison Lumiere SA");
    var created = api.post("/api/v1/complaints", form);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("complaint").get("id").asLong();

    var acted =
        api.post(
            "/api/v1/complaints/" + id + "/actions",
            Map.of("action", "LISTING_REMOVED", "note", "Closed the listing"));
    assertThat(acted.json().get("complaint").get("status").asString()).isEqualTo("ACTION_TAKEN");
    assertThat(
            api.post("/api/v1/complaints/" + id + "/status", Map.of("status", "APPEALED")).status())
        .isEqualTo(200);
    var again = api.post("/api/v1/complaints/" + id + "/status", Map.of("status", "APPEALED"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("already been appealed");
    assertThat(tenants.sellerWithAdmin("Harbor").admin().get("/api/v1/complaints/" + id).status())
        .isEqualTo(404);
    assertThat(
            seller
                .viewer()
                .post("/api/v1/complaints/" + id + "/status", Map.of("status", "RESOLVED"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void datesInTheFutureOrBeforeAValidityPeriodGetFieldErrors() {
    var seller = acme;
    var complaint =
        seller
            .reviewer()
            .post(
                "/api/v1/complaints",
                Map.of(
                    "reference",
                    "X-1",
                    "type",
                    "TRADEMARK",
                    "noticeDate",
                    TODAY.plusDays(2).toString(),
                    "asins",
                    List.of("B0CHARGER1")));
    assertThat(complaint.status()).isEqualTo(400);
    assertThat(complaint.json().get("errors").get("noticeDate").asString())
        .contains("in the future");

    long supplier = supplier(seller.reviewer(), "https://evergreen.example");
    var invoice =
        seller
            .reviewer()
            .post(
                "/api/v1/invoices",
                Map.of(
                    "supplierId",
                    supplier,
                    "number",
                    "INV-F",
                    "date",
                    TODAY.plusDays(1).toString(),
                    "lines",
                    List.of(Map.of("asin", "B0CHARGER1", "quantity", 0))));
    assertThat(invoice.json().get("errors").has("date")).isTrue();
    assertThat(invoice.json().get("errors").has("lines[0]")).isTrue();

    var authorization =
        seller
            .admin()
            .post(
                "/api/v1/authorizations",
                Map.of(
                    "licensor",
                    "Zorvix Electronics",
                    "brands",
                    List.of("Zorvix"),
                    "validFrom",
                    "2026-06-01",
                    "validTo",
                    "2026-05-01"));
    assertThat(authorization.json().get("errors").get("validTo").asString())
        .contains("before the first day");
  }

  @Test
  void anAuthorizedBrandNeedsNoProofOfSourceWithinItsScopeAndTheExpiringOnesAreListed() {
    var seller = acme;
    ApiContract.registered(seller.admin(), "ZORBLAX");
    var listing =
        Map.of(
            "sku", "S-1", "asin", "B0ZORBLAX1", "title", "Zorblax 65W charger", "brand", "Zorblax");
    assertThat(rules(seller.reviewer().post("/api/v1/screen", listing).json()))
        .contains("TM_SOURCE_PROOF");

    var added =
        seller
            .admin()
            .post(
                "/api/v1/authorizations",
                Map.of(
                    "kind", "Distribution agreement",
                    "licensor", "Zorblax Inc.",
                    "brands", List.of("Zorblax"),
                    "asins", List.of("B0ZORBLAX1"),
                    "validFrom", TODAY.minusDays(100).toString(),
                    "validTo", TODAY.plusDays(20).toString()));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    seller.admin().await("/api/v1/registry", r -> r.get("current").asBoolean());

    assertThat(rules(seller.reviewer().post("/api/v1/screen", listing).json()))
        .doesNotContain("TM_SOURCE_PROOF");
    var otherAsin =
        Map.of(
            "sku", "S-2", "asin", "B0ZORBLAX2", "title", "Zorblax 30W charger", "brand", "Zorblax");
    assertThat(rules(seller.reviewer().post("/api/v1/screen", otherAsin).json()))
        .contains("TM_SOURCE_PROOF");
    assertThat(seller.viewer().get("/api/v1/authorizations/expiring?days=30").json().size())
        .isEqualTo(1);
    assertThat(seller.viewer().get("/api/v1/authorizations/expiring?days=7").json().size())
        .isZero();
    assertThat(
            seller
                .reviewer()
                .post(
                    "/api/v1/authorizations",
                    Map.of("licensor", "x", "brands", List.of("y"), "validFrom", "2026-01-01"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void resoldListingsWithoutProofAreAtRiskUntilAnInvoiceOrAnAuthorizationCoversThem() {
    var seller = acme;
    var admin = seller.admin();
    ApiContract.registered(admin, "ZORBLAX");
    ApiContract.registered(admin, "VOLTRA");
    ApiContract.imported(
        seller.reviewer(),
        "catalogue.csv",
        ApiContract.HEADER
            + "ZB-65,B0ZORBLAX1,Zorblax 65W USB C charger,Zorblax,,,,39.99,USD,,US\n"
            + "ZB-30,B0ZORBLAX2,Zorblax 30W USB C charger,Zorblax,,,,24.99,USD,,US\n"
            + "VT-10,B0VOLTRA10,Voltra 10000 mAh power bank,Voltra,,,,29.99,USD,,US\n"
            + "OWN-1,B0OWNCABLE,Braided USB C cable 2 m,Northwind,,,,9.99,USD,,US\n");

    var before = seller.viewer().get("/api/v1/at-risk").json();
    assertThat(before.get("atRisk").asInt()).isEqualTo(3);
    assertThat(before.get("resold").findValuesAsString("sku"))
        .containsExactlyInAnyOrder("ZB-65", "ZB-30", "VT-10");
    assertThat(before.get("brands").findValuesAsString("brand"))
        .containsExactlyInAnyOrder("ZORBLAX", "VOLTRA");

    long supplier = supplier(seller.reviewer(), "https://evergreen.example");
    var invoice =
        seller
            .reviewer()
            .post(
                "/api/v1/invoices",
                Map.of(
                    "supplierId",
                    supplier,
                    "number",
                    "EW-118",
                    "date",
                    TODAY.minusDays(40).toString(),
                    "lines",
                    List.of(
                        Map.of(
                            "brand",
                            "Zorblax",
                            "product",
                            "65W",
                            "asin",
                            "B0ZORBLAX1",
                            "quantity",
                            50))));
    long invoiceId = invoice.json().get("id").asLong();
    var withoutFile = seller.viewer().get("/api/v1/at-risk").json();
    assertThat(reasonsOf(withoutFile, "ZB-65")).contains("No document is attached");

    assertThat(
            seller
                .reviewer()
                .uploadFile("/api/v1/invoices/" + invoiceId + "/document", "EW-118.pdf", PDF)
                .status())
        .isEqualTo(200);
    admin.post(
        "/api/v1/authorizations",
        Map.of(
            "kind", "Letter of authorization",
            "licensor", "Voltra Power Inc.",
            "brands", List.of("Voltra"),
            "validFrom", TODAY.minusDays(10).toString(),
            "validTo", TODAY.plusDays(300).toString()));

    // The authorization also changes screening, which re-screens the catalogue.
    ApiContract.registered(admin, "UNRELATED MARK");
    var after = seller.viewer().get("/api/v1/at-risk").json();
    assertThat(after.get("atRisk").asInt()).as(after.toString()).isEqualTo(1);
    assertThat(after.get("resold").get(0).get("sku").asString()).isEqualTo("ZB-30");
    assertThat(reasonsOf(after, "ZB-30")).contains("No invoice recorded covers B0ZORBLAX2");
    assertThat(reasonsOf(after, "ZB-65")).contains("EW-118");
    assertThat(
            tenants
                .sellerWithAdmin("Other")
                .viewer()
                .get("/api/v1/at-risk")
                .json()
                .get("atRisk")
                .asInt())
        .isZero();

    // A listing that sells two brands needs proof for each: the Voltra letter does not cover the
    // Zorblax goods it also sells. (Screening names one brand a listing; the findings are written
    // here as a listing selling both would have them.)
    resoldAlso(seller.organizationId(), "VT-10", "VOLTRA");
    resoldAlso(seller.organizationId(), "VT-10", "ZORBLAX");
    var bundle = seller.viewer().get("/api/v1/at-risk").json();
    assertThat(bundle.get("atRisk").asInt()).isEqualTo(2);
    assertThat(reasonsOf(bundle, "VT-10"))
        .contains("ZORBLAX: No invoice recorded covers B0VOLTRA10")
        .doesNotContain("VOLTRA:");
  }

  /** Records that the current version of a listing also sells {@code mark}, as screening would. */
  void resoldAlso(long organizationId, String sku, String mark) {
    long version =
        jdbc.sql(
                "select v.id from listing_versions v join listings l on l.id = v.listing_id and"
                    + " l.current_version = v.version where l.organization_id = ? and l.sku = ?")
            .params(organizationId, sku)
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into findings (organization_id, listing_version_id, rule, category, severity,
              mark, registration, owner, field, start_offset, end_offset, evidence, explanation)
            values (?, ?, 'TM_SOURCE_PROOF', 'TRADEMARK', 'LOW', ?, 'EX-1', 'Owner', 'BULLET_POINTS',
              0, 7, ?, 'Keep proof of source.')""")
        .params(organizationId, version, mark, mark)
        .update();
  }

  static String reasonsOf(JsonNode report, String sku) {
    for (JsonNode l : report.get("resold")) {
      if (l.get("sku").asString().equals(sku)) {
        return l.get("reasons").toString();
      }
    }
    throw new AssertionError(sku + " is not in " + report);
  }
}
