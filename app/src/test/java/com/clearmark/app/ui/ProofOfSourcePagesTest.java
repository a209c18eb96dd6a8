package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.authorization.AuthorizationService;
import com.clearmark.app.authorization.Authorizations;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.sourcing.Invoices;
import com.clearmark.app.sourcing.SalesRecords;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.sourcing.Suppliers;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.Visitor;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Through the proof-of-source and authorization pages, a seller records suppliers, invoices with
 * their documents, sales and authorizations: what is right is recorded, what is wrong is named next
 * to its field or as a message (never a stack trace), and nothing of another organization is
 * reachable.
 */
@Import(TestClock.AsServiceClock.class)
class ProofOfSourcePagesTest extends ServiceOnH2 {

  static final String PASSWORD = "correct horse battery";
  static final LocalDate TODAY = TestClock.TODAY;

  /** The first bytes of a PDF, which is all the type check reads. */
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  /** A Windows program: "MZ" and the DOS stub, whatever its name says. */
  static final byte[] PROGRAM = {
    'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0
  };

  /** The eight-byte PNG signature and an image header chunk. */
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired SourcingService sourcing;
  @Autowired AuthorizationService authorizationService;
  @Autowired Suppliers suppliers;
  @Autowired Invoices invoices;
  @Autowired SalesRecords sales;
  @Autowired Authorizations authorizations;
  @Autowired CatalogService catalog;

  /** A seller organization with an admin and a viewer, and one invoice and authorization. */
  record Seller(
      Caller admin,
      String adminEmail,
      String viewerEmail,
      long supplierId,
      long invoiceId,
      long authorizationId) {

    long organizationId() {
      return admin.organizationId();
    }
  }

  Seller pinecrest;
  Seller harbor;

  @BeforeEach
  void twoSellers() {
    pinecrest = seller("Pinecrest Gear");
    harbor = seller("Harbor Lane Trading");
  }

  Seller seller(String name) {
    long org = accounts.createOrganization(name);
    String tag = UUID.randomUUID().toString();
    String adminEmail = "admin-" + tag + "@example.test";
    String viewerEmail = "viewer-" + tag + "@example.test";
    long admin = accounts.createUser(adminEmail, name + " admin", passwords.encode(PASSWORD));
    long viewer = accounts.createUser(viewerEmail, name + " viewer", passwords.encode(PASSWORD));
    accounts.addMember(org, admin, Role.ADMIN);
    accounts.addMember(org, viewer, Role.VIEWER);
    var caller = new Caller(admin, name + " admin", org, name, Role.ADMIN);
    var supplier =
        sourcing.addSupplier(
            caller,
            new SourcingService.SupplierForm(
                name + " Wholesale Ltd",
                "12 Harbour Road, Portland, OR 97201",
                "+1 503 555 0142",
                "orders@wholesale.example",
                "https://wholesale.example"));
    var invoice =
        sourcing.addInvoice(
            caller,
            new SourcingService.InvoiceForm(
                supplier.id(),
                "SECRET-" + name.hashCode(),
                TODAY.minusDays(30),
                List.of(
                    new SourcingService.LineForm(
                        "Northwind", "Harbor lantern", "B0HARBOR01", "", 40L, null))));
    var authorization =
        authorizationService.add(
            caller,
            new AuthorizationService.AuthorizationForm(
                "Licence",
                name + " Brand Holdings",
                Set.of("Northwind"),
                Set.of(),
                Set.of(),
                Set.of(),
                TODAY.minusDays(100),
                null));
    return new Seller(
        caller, adminEmail, viewerEmail, supplier.id(), invoice.id(), authorization.id());
  }

  // ---- Suppliers ----

  @Test
  void aSupplierWithFullContactDetailsIsListedAsComplete() {
    var page = signedIn(pinecrest.adminEmail());

    var response =
        page.post(
            "/suppliers",
            "/suppliers",
            Map.of(
                "name", "Lakeside Outdoor Distribution",
                "address", "400 Lake Street, Duluth, MN 55802",
                "phone", "+1 218 555 0199",
                "email", "trade@lakeside.example",
                "website", "https://lakeside.example"));

    assertThat(response.statusCode()).isEqualTo(302);
    var list = html(page.get("/suppliers"));
    assertThat(list.select(".notice-success").text())
        .isEqualTo("Added Lakeside Outdoor Distribution.");
    var row = list.selectFirst("tr[data-supplier='Lakeside Outdoor Distribution']");
    assertThat(row.text()).contains("+1 218 555 0199").contains("trade@lakeside.example");
    assertThat(row.select(".badge").text()).isEqualTo("complete");
  }

  @Test
  void aSupplierWithoutPhoneOrEmailIsFlaggedAsMissingThem() {
    var page = signedIn(pinecrest.adminEmail());

    page.post(
        "/suppliers",
        "/suppliers",
        Map.of(
            "name", "Evergreen Traders",
            "address", "9 Mill Lane, Leeds LS1 4AP",
            "website", "https://evergreen.example"));

    var list = html(page.get("/suppliers"));
    assertThat(list.select(".notice-success").text())
        .isEqualTo(
            "Added Evergreen Traders; an appeal also needs its phone number, email address.");
    assertThat(list.selectFirst("tr[data-supplier='Evergreen Traders']").select(".badge").text())
        .isEqualTo("missing phone number, email address");
  }

  @Test
  void aSupplierWithoutANameShowsTheErrorNextToTheField() {
    var page = signedIn(pinecrest.adminEmail());

    var response =
        page.post("/suppliers", "/suppliers", Map.of("name", "  ", "phone", "+1 503 555 0100"));

    assertThat(response.statusCode()).isEqualTo(200);
    var form = html(response);
    assertThat(form.selectFirst("#name-error").text()).isEqualTo("enter the supplier's name");
    assertThat(form.selectFirst("#name").attr("aria-invalid")).isEqualTo("true");
    assertThat(form.selectFirst("#phone").val()).isEqualTo("+1 503 555 0100");
    assertThat(suppliers.all(pinecrest.organizationId())).hasSize(1);
  }

  // ---- Invoices ----

  @Test
  void anInvoiceWithTwoLinesIsRecordedAndListedWithoutADocument() {
    var page = signedIn(pinecrest.adminEmail());
    var fields = new LinkedHashMap<String, String>();
    fields.put("supplierId", String.valueOf(pinecrest.supplierId()));
    fields.put("number", "PG-2025-0117");
    fields.put("date", TODAY.minusDays(12).toString());
    fields.putAll(line(0, "Northwind", "Trail lantern 300 lm", "B0LANTERN1", "", "120", "8.40"));
    // The middle row is left blank, as a seller who skipped one would leave it.
    fields.putAll(line(1, "", "", "", "", "", ""));
    fields.putAll(line(2, "Northwind", "Camp stove", "", "NW-STOVE-2", "35", ""));

    var response = page.post("/invoices/new", "/invoices", fields);

    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/invoices/\\d+");
    var invoice = html(page.get(URI.create(location).getPath()));
    assertThat(invoice.select("h1").text()).isEqualTo("Invoice PG-2025-0117");
    assertThat(invoice.select("section[aria-labelledby=lines-heading] tbody tr"))
        .extracting(Element::text)
        .containsExactly(
            "Northwind Trail lantern 300 lm B0LANTERN1 amazon.com ↗ 120 8.40",
            "Northwind Camp stove NW-STOVE-2 35 —");
    assertThat(invoice.select("[data-testid=no-document]")).hasSize(1);

    var row = html(page.get("/invoices")).selectFirst("tr[data-invoice=PG-2025-0117]");
    assertThat(row.text())
        .contains("Pinecrest Gear Wholesale Ltd")
        .contains("B0LANTERN1, NW-STOVE-2")
        .contains("none")
        .doesNotContain("older than 365 days");
  }

  @Test
  void anInvoiceDatedInTheFutureShowsTheErrorNextToTheDateAndKeepsWhatWasTyped() {
    var page = signedIn(pinecrest.adminEmail());
    var fields = new LinkedHashMap<String, String>();
    fields.put("supplierId", String.valueOf(pinecrest.supplierId()));
    fields.put("number", "PG-2099-0001");
    fields.put("date", TODAY.plusDays(3).toString());
    fields.putAll(line(0, "Northwind", "Trail lantern", "B0LANTERN1", "", "10", ""));

    var response = page.post("/invoices/new", "/invoices", fields);

    assertThat(response.statusCode()).isEqualTo(200);
    var form = html(response);
    assertThat(form.selectFirst("#date-error").text())
        .isEqualTo("the invoice date " + TODAY.plusDays(3) + " is in the future");
    assertThat(form.selectFirst("#date").attr("aria-describedby")).isEqualTo("date-error");
    assertThat(form.selectFirst("#number").val()).isEqualTo("PG-2099-0001");
    assertThat(form.selectFirst("#lines0-asin").val()).isEqualTo("B0LANTERN1");
    assertThat(form.selectFirst("#supplierId option[selected]").text())
        .isEqualTo("Pinecrest Gear Wholesale Ltd");
    assertThat(invoices.all(pinecrest.organizationId())).hasSize(1);
  }

  @Test
  void aLineWithoutAQuantityIsNamedByItsRow() {
    var page = signedIn(pinecrest.adminEmail());
    var fields = new LinkedHashMap<String, String>();
    fields.put("supplierId", String.valueOf(pinecrest.supplierId()));
    fields.put("number", "PG-2025-0200");
    fields.put("date", TODAY.minusDays(1).toString());
    fields.putAll(line(0, "", "", "", "", "", ""));
    fields.putAll(line(1, "Northwind", "Camp stove", "B0STOVE002", "", "", "19.99"));
    fields.putAll(line(2, "Northwind", "Dry bag", "", "", "4", ""));

    var form = html(page.post("/invoices/new", "/invoices", fields));

    assertThat(form.selectFirst("#line-1-error").text()).isEqualTo("enter the quantity");
    assertThat(form.selectFirst("#line-2-error").text())
        .isEqualTo("an invoice line needs an ASIN or a SKU");
    assertThat(form.select("#line-0-error")).isEmpty();
  }

  @Test
  void theAddALineButtonAnswersWithTheNextRowAndAButtonForTheOneAfter() {
    var page = signedIn(pinecrest.adminEmail());

    var fragment = Jsoup.parseBodyFragment(page.get("/invoices/line?index=3").body());

    assertThat(fragment.selectFirst("fieldset#line-3 legend").text()).isEqualTo("Line 4");
    assertThat(fragment.selectFirst("label[for=lines3-quantity]").text()).isEqualTo("Quantity");
    assertThat(fragment.selectFirst("#lines3-quantity").attr("name"))
        .isEqualTo("lines[3].quantity");
    var button = fragment.selectFirst("button#add-line");
    assertThat(button.attr("hx-swap-oob")).isEqualTo("true");
    assertThat(button.attr("hx-get")).isEqualTo("/invoices/line?index=4");
  }

  @Test
  void theInvoiceListNamesAListedProductByItsTitleAndSkuWithALinkToTheListing() {
    long listing =
        catalog
            .upsert(
                pinecrest.admin(),
                new ListingInput(
                    "PG-TENT-4",
                    "B0TENT0004",
                    "Pinecrest four-person dome tent",
                    "Pinecrest",
                    List.of(),
                    "",
                    "",
                    null,
                    "USD",
                    "",
                    "US"))
            .listingId();
    sourcing.addInvoice(
        pinecrest.admin(),
        new SourcingService.InvoiceForm(
            pinecrest.supplierId(),
            "PG-TENT-0004",
            TODAY.minusDays(10),
            List.of(
                new SourcingService.LineForm("Pinecrest", "Tent", "B0TENT0004", "", 5L, null))));
    var page = signedIn(pinecrest.adminEmail());

    var row = html(page.get("/invoices")).selectFirst("tr[data-invoice=PG-TENT-0004]");

    var product = row.selectFirst("a[href=/listings/" + listing + "]");
    assertThat(product).as("a link to the listing").isNotNull();
    assertThat(product.text()).isEqualTo("Pinecrest four-person dome tent · PG-TENT-4");
    assertThat(product.attr("title")).isEqualTo("B0TENT0004");
  }

  @Test
  void anInvoiceOlderThan365DaysIsMarkedInTheList() {
    sourcing.addInvoice(
        pinecrest.admin(),
        new SourcingService.InvoiceForm(
            pinecrest.supplierId(),
            "PG-OLD-0042",
            TODAY.minusDays(400),
            List.of(
                new SourcingService.LineForm("Northwind", "Tent", "B0TENT0001", "", 5L, null))));
    var page = signedIn(pinecrest.adminEmail());

    var list = html(page.get("/invoices"));

    assertThat(list.selectFirst("tr[data-invoice=PG-OLD-0042]").text())
        .contains("older than 365 days");
    assertThat(list.select("tr:contains(older than 365 days)")).hasSize(1);
  }

  @Test
  void aPdfAttachedToAnInvoiceIsDownloadedByItsOwnOrganizationOnly() {
    var page = signedIn(pinecrest.adminEmail());
    String invoicePage = "/invoices/" + pinecrest.invoiceId();

    var upload =
        page.upload(invoicePage, invoicePage + "/document", "invoice PG-0117.pdf", PDF, Map.of());

    assertThat(upload.statusCode()).isEqualTo(302);
    var shown = html(page.get(invoicePage));
    assertThat(shown.select(".notice-success").text())
        .isEqualTo("Attached invoice PG-0117.pdf (pdf).");
    assertThat(shown.select("[data-testid=document] a").text())
        .isEqualTo("Download invoice PG-0117.pdf");
    var download = page.getBytes(invoicePage + "/document");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/pdf");
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(html(page.get("/invoices")).select("tr:contains(PDF attached)")).hasSize(1);

    var stranger = signedIn(harbor.adminEmail());
    assertThat(stranger.getBytes(invoicePage + "/document").statusCode()).isEqualTo(404);
  }

  @Test
  void aProgramRenamedToPdfIsRefusedWithAMessage() {
    var page = signedIn(pinecrest.adminEmail());
    String invoicePage = "/invoices/" + pinecrest.invoiceId();

    var upload =
        page.upload(invoicePage, invoicePage + "/document", "invoice.pdf", PROGRAM, Map.of());

    assertThat(upload.statusCode()).isEqualTo(302);
    var shown = page.get(invoicePage);
    assertThat(html(shown).select(".notice-error").text())
        .isEqualTo(
            "Not attached: invoice.pdf is not a PDF, JPEG, PNG, GIF or TIFF file (judged by its"
                + " content).");
    assertThat(shown.body()).doesNotContain("Exception");
    assertThat(invoices.documentOf(pinecrest.organizationId(), pinecrest.invoiceId())).isEmpty();
  }

  @Test
  void anotherOrganizationsInvoiceAndAuthorizationAnswerNotFound() {
    var page = signedIn(pinecrest.adminEmail());

    for (String path :
        List.of(
            "/invoices/" + harbor.invoiceId(),
            "/invoices/" + harbor.invoiceId() + "/document",
            "/authorizations/" + harbor.authorizationId(),
            "/authorizations/" + harbor.authorizationId() + "/document")) {
      var response = page.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("SECRET-").doesNotContain("Exception");
    }
    String own = "/invoices/" + pinecrest.invoiceId();
    var upload =
        page.upload(own, "/invoices/" + harbor.invoiceId() + "/document", "x.pdf", PDF, Map.of());
    assertThat(upload.statusCode()).isEqualTo(404);
    assertThat(invoices.documentOf(harbor.organizationId(), harbor.invoiceId())).isEmpty();
    assertThat(page.get("/invoices").body())
        .doesNotContain("SECRET-" + "Harbor Lane Trading".hashCode());
    assertThat(page.get("/authorizations").body())
        .doesNotContain("Harbor Lane Trading Brand Holdings");
  }

  @Test
  void aViewerSeesTheRecordsButNoFormToChangeThem() {
    var page = signedIn(pinecrest.viewerEmail());

    assertThat(html(page.get("/suppliers")).select("main form")).isEmpty();
    assertThat(html(page.get("/invoices/" + pinecrest.invoiceId())).select("main form")).isEmpty();
    assertThat(html(page.get("/sales")).select("main form")).isEmpty();
    assertThat(html(page.get("/authorizations")).select("a[href=/authorizations/new]")).isEmpty();
    assertThat(page.get("/invoices/new").statusCode()).isEqualTo(403);
    assertThat(
            page.post("/suppliers", "/suppliers", Map.of("name", "Sneaky Supplies")).statusCode())
        .isEqualTo(403);
    assertThat(suppliers.all(pinecrest.organizationId())).hasSize(1);
  }

  // ---- Sales and coverage ----

  @Test
  void aBusinessReportIsImportedAndTheRowsCounted() {
    var page = signedIn(pinecrest.adminEmail());
    String report =
        "Date,(Child) ASIN,SKU,Units Ordered\n"
            + TODAY.minusDays(9)
            + ",B0LANTERN1,NW-LANTERN,14\n"
            + TODAY.minusDays(8)
            + ",B0LANTERN1,NW-LANTERN,\"1,020\"\n";

    var upload =
        page.upload(
            "/sales",
            "/sales",
            "BusinessReport-06-2025.csv",
            report.getBytes(StandardCharsets.UTF_8),
            Map.of());

    assertThat(upload.statusCode()).isEqualTo(302);
    var shown = html(page.get("/sales"));
    assertThat(shown.select(".notice-success").text())
        .isEqualTo("Imported 2 rows of units sold from BusinessReport-06-2025.csv.");
    assertThat(shown.select("table.data tbody tr"))
        .extracting(Element::text)
        .containsExactly(
            "B0LANTERN1 amazon.com ↗ NW-LANTERN "
                + TODAY.minusDays(8)
                + " "
                + TODAY.minusDays(8)
                + " 1020",
            "B0LANTERN1 amazon.com ↗ NW-LANTERN "
                + TODAY.minusDays(9)
                + " "
                + TODAY.minusDays(9)
                + " 14");
  }

  @Test
  void aBusinessReportWithBadRowsNamesEachLineAndFieldAndRecordsNothing() {
    var page = signedIn(pinecrest.adminEmail());
    String report =
        "Date,(Child) ASIN,SKU,Units Ordered\n"
            + TODAY.minusDays(9)
            + ",B0LANTERN1,NW-LANTERN,14\n"
            + TODAY.minusDays(8)
            + ",B0LANTERN1,NW-LANTERN,twelve\n"
            + "yesterday,B0LANTERN1,NW-LANTERN,3\n";

    page.upload(
        "/sales", "/sales", "sales-june.csv", report.getBytes(StandardCharsets.UTF_8), Map.of());

    var shown = html(page.get("/sales"));
    assertThat(shown.select(".notice-error").text())
        .isEqualTo("Not imported: Some rows are invalid; nothing was recorded.");
    assertThat(shown.select("ul.problems li"))
        .extracting(Element::text)
        .containsExactly(
            "sales-june.csv line 3: Units Ordered: \"twelve\" is not a number of units",
            "sales-june.csv line 4: Date: \"yesterday\" is not a date");
    assertThat(sales.all(pinecrest.organizationId())).isEmpty();
  }

  @Test
  void aReportByChildItemWithoutItsPeriodAsksForTheFirstDay() {
    var page = signedIn(pinecrest.adminEmail());
    String report =
        "(Child) ASIN,Title,SKU,Units Ordered\nB0LANTERN1,Trail lantern,NW-LANTERN,14\n";

    page.upload(
        "/sales", "/sales", "by-child-item.csv", report.getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(html(page.get("/sales")).select(".notice-error").text())
        .isEqualTo(
            "Not imported: this report has no Date column: give the period it covers as from and"
                + " to");
  }

  @Test
  void coverageShowsTheProductsAtRiskFirstWithTheirShortfall() {
    var admin = pinecrest.admin();
    sourcing.addSales(
        admin,
        List.of(
            new SourcingService.SalesRow("B0HARBOR01", "", TODAY.minusDays(20), null, 100L),
            new SourcingService.SalesRow("B0COVERED1", "", TODAY.minusDays(20), null, 10L),
            new SourcingService.SalesRow("B0NOPROOF1", "", TODAY.minusDays(20), null, 5L)));
    sourcing.addInvoice(
        admin,
        new SourcingService.InvoiceForm(
            pinecrest.supplierId(),
            "PG-2025-0300",
            TODAY.minusDays(60),
            List.of(
                new SourcingService.LineForm(
                    "Northwind", "Covered cup", "B0COVERED1", "", 10L, new BigDecimal("3.10")))));
    var page = signedIn(pinecrest.viewerEmail());

    var coverage = html(page.get("/coverage"));

    assertThat(coverage.select("table.coverage tbody tr"))
        .extracting(Element::text)
        .containsExactly(
            "B0HARBOR01 amazon.com ↗ 100 40 60 insufficient",
            "B0NOPROOF1 amazon.com ↗ 5 0 5 no proof",
            "B0COVERED1 amazon.com ↗ 10 10 0 covered");
    assertThat(coverage.select(".notice-error").text())
        .isEqualTo("2 products are sold without enough invoices to prove their source.");
    assertThat(coverage.select(".sub-nav a[aria-current=page]").text()).isEqualTo("Coverage");
    assertThat(coverage.select(".primary-nav a[aria-current=page]").text())
        .isEqualTo("Proof of source");
  }

  // ---- Authorizations ----

  @Test
  void anAuthorizationIsAddedAndListedWithItsValidity() {
    authorizationService.add(
        pinecrest.admin(),
        new AuthorizationService.AuthorizationForm(
            "Letter of authorization",
            "Summit Optics GmbH",
            Set.of("Summit"),
            Set.of("DE"),
            Set.of(),
            Set.of(),
            TODAY.minusDays(300),
            TODAY.plusDays(10)));
    authorizationService.add(
        pinecrest.admin(),
        new AuthorizationService.AuthorizationForm(
            "Distribution agreement",
            "Old Mill Textiles",
            Set.of("Old Mill"),
            Set.of(),
            Set.of(),
            Set.of(),
            TODAY.minusDays(800),
            TODAY.minusDays(1)));
    var page = signedIn(pinecrest.adminEmail());

    var response =
        page.post(
            "/authorizations/new",
            "/authorizations",
            Map.of(
                "kind", "Letter of authorization",
                "licensor", "Ridgeway Outdoor Inc.",
                "brands", "Ridgeway, Ridgeway Pro",
                "marketplaces", "US",
                "asins", "B0RIDGE001\nB0RIDGE002",
                "validFrom", TODAY.minusDays(5).toString(),
                "validTo", TODAY.plusDays(360).toString()));

    assertThat(response.statusCode()).isEqualTo(302);
    var list = html(page.get("/authorizations"));
    assertThat(list.select(".notice-success").text())
        .isEqualTo(
            "Letter of authorization from Ridgeway Outdoor Inc. recorded; screening now treats the"
                + " brand as authorized.");
    var ridgeway = list.selectFirst("tr[data-licensor='Ridgeway Outdoor Inc.']");
    assertThat(ridgeway.text())
        .contains("RIDGEWAY, RIDGEWAY PRO")
        .contains("ASINs B0RIDGE001, B0RIDGE002 on US");
    assertThat(ridgeway.select("[data-testid=validity]").text()).isEqualTo("valid");
    assertThat(ridgeway.select("td").last().text()).isEqualTo("none");
    assertThat(list.select("tr[data-licensor='Summit Optics GmbH'] [data-testid=validity]").text())
        .isEqualTo("expires in 10 days");
    assertThat(list.select("tr[data-licensor='Old Mill Textiles'] [data-testid=validity]").text())
        .isEqualTo("expired");
  }

  @Test
  void anAuthorizationEndingBeforeItStartsShowsTheErrorNextToItsLastDay() {
    var page = signedIn(pinecrest.adminEmail());
    LocalDate from = TODAY.minusDays(5);
    LocalDate to = TODAY.minusDays(30);

    var response =
        page.post(
            "/authorizations/new",
            "/authorizations",
            Map.of(
                "kind", "Licence",
                "licensor", "Ridgeway Outdoor Inc.",
                "brands", "",
                "validFrom", from.toString(),
                "validTo", to.toString()));

    assertThat(response.statusCode()).isEqualTo(200);
    var form = html(response);
    assertThat(form.selectFirst("#validTo-error").text())
        .isEqualTo("the last day " + to + " is before the first day " + from);
    assertThat(form.selectFirst("#brands-error").text()).isEqualTo("name at least one brand");
    assertThat(form.selectFirst("#licensor").val()).isEqualTo("Ridgeway Outdoor Inc.");
    assertThat(form.selectFirst("#kind option[selected]").text()).isEqualTo("Licence");
    assertThat(authorizations.all(pinecrest.organizationId())).hasSize(1);
  }

  @Test
  void aScannedLetterIsAttachedToAnAuthorizationAndDownloaded() {
    var page = signedIn(pinecrest.adminEmail());
    String detail = "/authorizations/" + pinecrest.authorizationId();

    page.upload(detail, detail + "/document", "letter-scan.png", PNG, Map.of());

    var shown = html(page.get(detail));
    assertThat(shown.select(".notice-success").text()).isEqualTo("Document attached.");
    assertThat(shown.select("[data-testid=document] a").text())
        .isEqualTo("Download letter-scan.png");
    var download = page.getBytes(detail + "/document");
    assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
    assertThat(download.body()).isEqualTo(PNG);
    assertThat(
            html(page.get("/authorizations"))
                .select("tr[data-licensor='Pinecrest Gear Brand Holdings'] td")
                .last()
                .text())
        .isEqualTo("attached");
  }

  @Test
  void anEmptyUploadIsRefusedWithAMessage() {
    var page = signedIn(pinecrest.adminEmail());
    String detail = "/authorizations/" + pinecrest.authorizationId();

    page.upload(detail, detail + "/document", "letter.pdf", new byte[0], Map.of());

    assertThat(html(page.get(detail)).select(".notice-error").text())
        .isEqualTo("Not attached: letter.pdf is empty.");
  }

  // ---- Helpers ----

  static Map<String, String> line(
      int row, String brand, String product, String asin, String sku, String qty, String price) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("lines[" + row + "].brand", brand);
    fields.put("lines[" + row + "].product", product);
    fields.put("lines[" + row + "].asin", asin);
    fields.put("lines[" + row + "].sku", sku);
    fields.put("lines[" + row + "].quantity", qty);
    fields.put("lines[" + row + "].unitPrice", price);
    return fields;
  }

  static Document html(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }

  Visitor signedIn(String email) {
    var visitor = new Visitor(port);
    var response =
        visitor.post("/login", "/login", Map.of("username", email, "password", PASSWORD));
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return visitor;
  }
}
