package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.authorization.AuthorizationService;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.complaint.ComplaintAction;
import com.clearmark.app.complaint.ComplaintForm;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.Marks;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.sourcing.Invoices;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.Visitor;
import com.clearmark.engine.io.MarkReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Without JavaScript, a seller corrects what it recorded: a complaint ID recorded twice is refused
 * with a link to the first, a pasted notification is completed in the same form before it is
 * recorded, a complaint and a supplier are corrected in place, a delete asks first, what must stay
 * is kept, and every ASIN shows its listing and its product page.
 */
@Import(TestClock.AsServiceClock.class)
class CorrectingRecordsPagesTest extends ServiceOnH2 {

  static final String PASSWORD = "correct horse battery";
  static final LocalDate TODAY = TestClock.TODAY;

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired ComplaintService complaints;
  @Autowired SourcingService sourcing;
  @Autowired CatalogService catalogue;

  @Autowired RegistryService registry;
  @Autowired Marks marks;
  @TempDir Path files;
  Caller seller;
  Caller admin;
  Visitor page;
  Visitor adminPage;
  @Autowired AuthorizationService authorizations;
  @Autowired Invoices invoiceRecords;

  @BeforeEach
  void aSeller() {
    String name = "Birchwood Kitchen";
    long org = accounts.createOrganization(name + " " + UUID.randomUUID());
    String email = "reviewer-" + UUID.randomUUID() + "@example.test";
    long user = accounts.createUser(email, "Riley", passwords.encode(PASSWORD));
    accounts.addMember(org, user, Role.REVIEWER);
    seller = new Caller(user, "Riley", org, name, Role.REVIEWER);
    page = Visitor.signedIn(port, email, PASSWORD);
    String adminEmail = "admin-" + UUID.randomUUID() + "@example.test";
    long owner = accounts.createUser(adminEmail, "Alex", passwords.encode(PASSWORD));
    accounts.addMember(org, owner, Role.ADMIN);
    admin = new Caller(owner, "Alex", org, name, Role.ADMIN);
    adminPage = Visitor.signedIn(port, adminEmail, PASSWORD);
  }

  static Map<String, String> byHand(String reference) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("reference", reference);
    fields.put("type", "TRADEMARK");
    fields.put("noticeDate", TODAY.minusDays(2).toString());
    fields.put("asins", "B0BIRCH001");
    fields.put("rightsOwner", "Copperleaf Brands");
    fields.put("rightsOwnerEmail", "legal@copperleaf.example");
    fields.put("registration", "5123456");
    return fields;
  }

  static Document html(String body) {
    return Jsoup.parse(body);
  }

  long recorded(String reference) {
    return complaints
        .record(
            seller,
            new ComplaintForm(
                reference,
                "TRADEMARK",
                null,
                TODAY.minusDays(2),
                List.of("B0BIRCH001"),
                List.of(),
                "5123456",
                "Copperleaf Brands",
                "legal@copperleaf.example",
                false,
                ""))
        .id();
  }

  @Test
  void aComplaintIdRecordedAlreadyIsRefusedWithALinkToTheComplaintThatHasIt() {
    long first = recorded("CL-3001");

    var response = page.post("/complaints", "/complaints", byHand("cl-3001"));

    assertThat(response.statusCode()).isEqualTo(200);
    var doc = html(response.body());
    assertThat(doc.selectFirst("#reference-error").text())
        .isEqualTo("this complaint ID is already recorded");
    assertThat(doc.selectFirst("[data-testid=existing-complaint]").attr("href"))
        .isEqualTo("/complaints/" + first);
    assertThat(complaints.all(seller)).hasSize(1);
  }

  @Test
  void aPastedNotificationWithoutItsIdAndDateIsShownAgainPrefilledAndRecordedOnceCompleted() {
    String text =
        "ASIN: B0BIRCH002 Infringement type: Copyright Copyright registration number: VA"
            + " 1-234-567 Rights owner: Jane Roe jane@copperleaf.example Respond by: "
            + TODAY.plusDays(10);

    var first = page.post("/complaints", "/complaints/paste", Map.of("text", text));

    assertThat(first.statusCode()).isEqualTo(200);
    var doc = html(first.body());
    assertThat(doc.selectFirst("#paste-reference-error").text()).contains("complaint ID");
    assertThat(doc.selectFirst("#paste-noticeDate-error").text()).contains("date");
    assertThat(doc.selectFirst("#paste-asins").val()).isEqualTo("B0BIRCH002");
    assertThat(doc.selectFirst("#paste-rightsOwner").val()).isEqualTo("Jane Roe");
    assertThat(doc.selectFirst("#paste-rightsOwnerEmail").val())
        .isEqualTo("jane@copperleaf.example");
    assertThat(doc.selectFirst("#paste-registration").val()).isEqualTo("VA 1-234-567");
    assertThat(doc.selectFirst("#paste-respondBy").val()).isEqualTo(TODAY.plusDays(10).toString());
    assertThat(doc.selectFirst("#paste-type option[selected]").val()).isEqualTo("COPYRIGHT");
    assertThat(doc.select(".notice-success")).isEmpty();
    assertThat(complaints.all(seller)).isEmpty();

    var fields = new LinkedHashMap<String, String>();
    doc
        .select(
            "form[action=/complaints/paste] input[name], form[action=/complaints/paste] textarea")
        .stream()
        .filter(e -> !e.attr("type").equals("checkbox") || e.hasAttr("checked"))
        .forEach(
            e -> fields.put(e.attr("name"), e.tagName().equals("textarea") ? e.text() : e.val()));
    fields.put("type", "COPYRIGHT");
    fields.remove("_csrf");
    fields.put("reference", "CR-777001");
    fields.put("noticeDate", TODAY.minusDays(1).toString());
    var second = page.post("/complaints", "/complaints/paste", fields);

    assertThat(second.statusCode()).isEqualTo(302);
    var shown = html(page.get(URI.create(Visitor.location(second)).getPath()).body());
    assertThat(shown.select(".notice-success").text()).startsWith("Complaint CR-777001 recorded");
    assertThat(shown.select("[data-testid=not-given]")).isEmpty();
    var c = complaints.all(seller).get(0);
    assertThat(c.reference()).isEqualTo("CR-777001");
    assertThat(c.rightsOwner()).isEqualTo("Jane Roe");
    assertThat(c.respondBy()).isEqualTo(TODAY.plusDays(10));
    assertThat(c.rawText()).isEqualTo(text);
    assertThat(shown.text()).contains("Reply by the date the notice gives");
  }

  @Test
  void aComplaintIsCorrectedOnItsEditPageAndTheAuditLogShowsBeforeAndAfter() {
    long id = recorded("CL-3002");
    var form = html(page.get("/complaints/" + id + "/edit").body());
    assertThat(form.selectFirst("#reference").val()).isEqualTo("CL-3002");

    var fields = byHand("CL-3002-A");
    fields.put("revision", form.selectFirst("input[name=revision]").val());
    fields.put("asins", "B0BIRCH001, B0BIRCH003");
    var response = page.post("/complaints/" + id + "/edit", "/complaints/" + id, fields);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(page.notice("/complaints/" + id)).isEqualTo("Complaint CL-3002-A corrected.");
    assertThat(complaints.get(seller, id).products()).hasSize(2);
    assertThat(page.get("/audit").body()).contains("before: CL-3002").contains("after: CL-3002-A");

    var stale = page.post("/complaints/" + id + "/edit", "/complaints/" + id, fields);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(html(stale.body()).select(".notice-error").text())
        .contains("changed by someone else");
  }

  @Test
  void deletingAComplaintWithoutJavaScriptAsksFirstAndAComplaintWithAHistoryIsKept() {
    long mistaken = recorded("CL-3003");
    long actedOn = recorded("CL-3004");
    complaints.act(seller, actedOn, ComplaintAction.LISTING_REMOVED, "");

    var asked =
        page.post("/complaints/" + mistaken, "/complaints/" + mistaken + "/delete", Map.of());
    assertThat(asked.statusCode()).isEqualTo(200);
    var confirm = html(asked.body());
    assertThat(confirm.selectFirst("h1").text()).isEqualTo("Delete complaint CL-3003?");
    assertThat(complaints.all(seller)).hasSize(2);

    var deleted =
        page.post(
            "/complaints/" + mistaken,
            "/complaints/" + mistaken + "/delete",
            Map.of("confirm", "yes"));
    assertThat(Visitor.location(deleted)).endsWith("/complaints");
    assertThat(complaints.all(seller)).hasSize(1);

    var detail = html(page.get("/complaints/" + actedOn).body());
    assertThat(detail.select("#delete-complaint")).isEmpty();
    var refused =
        page.post(
            "/complaints/" + actedOn,
            "/complaints/" + actedOn + "/delete",
            Map.of("confirm", "yes"));
    assertThat(Visitor.location(refused)).endsWith("/complaints/" + actedOn);
    assertThat(page.notice("/complaints/" + actedOn)).contains("correct its details with Edit");
    assertThat(complaints.all(seller)).hasSize(1);
  }

  @Test
  void aSupplierIsCorrectedInPlaceAndAddingItAgainOffersTheOneRecorded() {
    var supplier =
        sourcing.addSupplier(
            seller,
            new SourcingService.SupplierForm(
                "Copperleaf Wholesale", "3 Kiln Lane, Stoke ST1 1AA", "", "", ""));
    var invoice =
        sourcing.addInvoice(
            seller,
            new SourcingService.InvoiceForm(
                supplier.id(),
                "CW-100",
                TODAY.minusDays(20),
                List.of(
                    new SourcingService.LineForm("Birchwood", "Pan", "B0BIRCH001", "", 5L, null))));

    var again =
        page.post(
            "/suppliers", "/suppliers", Map.of("name", "copperleaf  wholesale", "phone", "+44 1"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(html(again.body()).selectFirst("[data-testid=same-supplier] a").attr("href"))
        .isEqualTo("/suppliers/" + supplier.id() + "/edit");

    var form = html(page.get("/suppliers/" + supplier.id() + "/edit").body());
    var fields = new LinkedHashMap<String, String>();
    fields.put("name", "Copperleaf Wholesale");
    fields.put("address", "3 Kiln Lane, Stoke ST1 1AA");
    fields.put("phone", "+44 1782 000111");
    fields.put("email", "trade@copperleaf.example");
    fields.put("website", "https://copperleaf.example");
    fields.put("revision", form.selectFirst("input[name=revision]").val());
    var saved =
        page.post("/suppliers/" + supplier.id() + "/edit", "/suppliers/" + supplier.id(), fields);

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(sourcing.invoice(seller, invoice.id()).supplier().missingContactDetails()).isEmpty();
    var list = html(page.get("/suppliers").body());
    assertThat(list.select("tr[data-supplier]")).hasSize(1);
    assertThat(list.select(".notice-success").text()).startsWith("Saved Copperleaf Wholesale");
    assertThat(page.get("/audit").body()).contains("phone: (none)").contains("+44 1782 000111");

    var kept =
        page.post(
            "/suppliers/" + supplier.id() + "/edit",
            "/suppliers/" + supplier.id() + "/delete",
            Map.of("confirm", "yes"));
    assertThat(Visitor.location(kept)).endsWith("/suppliers");
    assertThat(page.notice("/suppliers")).contains("named on 1 invoice");
  }

  @Test
  void anAsinShowsItsListingsTitleAndSkuAndTheMarketplacesProductPage() {
    catalogue.upsert(
        seller,
        new ListingInput(
            "BW-PAN-28",
            "B0BIRCH001",
            "Birchwood 28 cm Cast Iron Skillet",
            "Birchwood",
            List.of(),
            "",
            "",
            new BigDecimal("39.99"),
            "GBP",
            "Kitchen",
            "UK"));
    long id = recorded("CL-3005");
    long unlisted =
        complaints
            .record(
                seller,
                new ComplaintForm(
                    "CL-3006",
                    "PATENT",
                    null,
                    TODAY.minusDays(1),
                    List.of("B0NOTLIST1"),
                    List.of(),
                    "US 1",
                    "",
                    "",
                    false,
                    ""))
            .id();

    var asin = html(page.get("/complaints/" + id).body()).selectFirst("[data-asin=B0BIRCH001]");
    assertThat(asin.selectFirst("a.mono").attr("href")).startsWith("/listings/");
    assertThat(asin.text()).contains("Birchwood 28 cm Cast Iron Skillet").contains("BW-PAN-28");
    assertThat(asin.selectFirst("a.asin-product-page").attr("href"))
        .isEqualTo("https://www.amazon.co.uk/dp/B0BIRCH001");

    var bare =
        html(page.get("/complaints/" + unlisted).body()).selectFirst("[data-asin=B0NOTLIST1]");
    assertThat(bare.select("a.mono")).isEmpty();
    assertThat(bare.selectFirst("a.asin-product-page").attr("href"))
        .isEqualTo("https://www.amazon.com/dp/B0NOTLIST1");

    var list = html(page.get("/complaints").body());
    assertThat(list.selectFirst("[data-asin=B0BIRCH001]").text())
        .as(list.select("table").outerHtml())
        .contains("BW-PAN-28");
  }

  @Test
  void theRegistryExportIsReadBackByTheImportAsTheSameMarks() throws Exception {
    registry.add(
        admin,
        new MarkForm(
            "ZORVIX", "Zorvix Brands, Inc.", "6123456", "US", "9, 35", "LIVE", true, false));
    registry.add(
        admin,
        new MarkForm(
            "=HYPERLINK", "Odd \"Quoted\" Owner", "EU-18", "EU", "25", "DEAD", false, false));
    registry.add(admin, new MarkForm("BIRCHWOOD", "", "", "", "", "", false, true));

    var listPage = html(page.get("/registry").body());
    assertThat(listPage.selectFirst("#export-marks").attr("href"))
        .isEqualTo("/registry/export.csv");
    var export = page.get("/registry/export.csv");
    var own = page.get("/registry/export.csv?own=true");

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("marks.csv");
    assertThat(export.body())
        .startsWith("mark,owner,registration_number,jurisdiction,classes,status,famous\r\n");
    assertThat(export.body()).contains("ZORVIX,\"Zorvix Brands, Inc.\",6123456,US,9;35,live,true");
    Path file = files.resolve("marks.csv");
    Files.writeString(file, export.body());
    var readBack = MarkReader.read(file, true, problem -> {});
    assertThat(readBack).extracting(m -> m.name()).containsExactly("'=HYPERLINK", "ZORVIX");
    assertThat(readBack.get(1))
        .isEqualTo(
            marks.all(admin.organizationId()).stream()
                .filter(m -> m.name().equals("ZORVIX"))
                .findFirst()
                .orElseThrow()
                .toEngine());
    assertThat(own.body()).contains("BIRCHWOOD").doesNotContain("ZORVIX");
  }

  @Test
  void anInvoiceIsCorrectedOnItsEditPageAndDeletedOnceConfirmed() {
    var supplier =
        sourcing.addSupplier(
            seller,
            new SourcingService.SupplierForm(
                "Kiln Lane Traders", "4 Kiln Lane", "+44 1", "a@kiln.example", "kiln.example"));
    long id =
        sourcing
            .addInvoice(
                seller,
                new SourcingService.InvoiceForm(
                    supplier.id(),
                    "KL-1",
                    TODAY.minusDays(9),
                    List.of(
                        new SourcingService.LineForm(
                            "Birchwood", "Pan", "B0BIRCH001", "", 12L, null))))
            .id();

    var form = html(page.get("/invoices/" + id + "/edit").body());
    assertThat(form.selectFirst("h1").text()).isEqualTo("Correct invoice KL-1");
    assertThat(form.selectFirst("#number").val()).isEqualTo("KL-1");
    assertThat(form.selectFirst("#lines0-asin").val()).isEqualTo("B0BIRCH001");
    var fields = new LinkedHashMap<String, String>();
    fields.put("supplierId", String.valueOf(supplier.id()));
    fields.put("number", "KL-1B");
    fields.put("date", TODAY.minusDays(10).toString());
    fields.put("lines[0].brand", "Birchwood");
    fields.put("lines[0].product", "Pan");
    fields.put("lines[0].asin", "B0BIRCH001");
    fields.put("lines[0].quantity", "20");
    fields.put("revision", form.selectFirst("input[name=revision]").val());

    var saved = page.post("/invoices/" + id + "/edit", "/invoices/" + id, fields);

    assertThat(saved.statusCode()).isEqualTo(302);
    var invoice = sourcing.invoice(seller, id);
    assertThat(invoice.number()).isEqualTo("KL-1B");
    assertThat(invoice.unitsOf("B0BIRCH001")).isEqualTo(20);
    assertThat(page.notice("/invoices/" + id)).isEqualTo("Invoice KL-1B corrected.");

    var asked = page.post("/invoices/" + id, "/invoices/" + id + "/delete", Map.of());
    assertThat(html(asked.body()).selectFirst("h1").text()).isEqualTo("Delete invoice KL-1B?");
    page.post("/invoices/" + id, "/invoices/" + id + "/delete", Map.of("confirm", "yes"));
    assertThat(invoiceRecords.all(seller.organizationId())).isEmpty();
  }

  @Test
  void anAuthorizationIsCorrectedOnItsEditPageByTheAdmin() {
    long id =
        authorizations
            .add(
                admin,
                new AuthorizationService.AuthorizationForm(
                    "Licence",
                    "Copperleaf Brands",
                    Set.of("Copperleaf"),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    TODAY.minusDays(30),
                    null))
            .id();

    var form = html(adminPage.get("/authorizations/" + id + "/edit").body());
    assertThat(form.selectFirst("#licensor").val()).isEqualTo("Copperleaf Brands");
    var fields = new LinkedHashMap<String, String>();
    fields.put("kind", "Licence");
    fields.put("licensor", "Copperleaf Brands Ltd");
    fields.put("brands", "Copperleaf, Copperleaf Home");
    fields.put("validFrom", TODAY.minusDays(30).toString());
    fields.put("validTo", TODAY.plusDays(300).toString());
    fields.put("revision", form.selectFirst("input[name=revision]").val());

    var saved = adminPage.post("/authorizations/" + id + "/edit", "/authorizations/" + id, fields);

    assertThat(saved.statusCode()).isEqualTo(302);
    var a = authorizations.get(admin, id);
    assertThat(a.licensor()).isEqualTo("Copperleaf Brands Ltd");
    assertThat(a.validTo()).isEqualTo(TODAY.plusDays(300));
    assertThat(page.get("/authorizations/" + id + "/edit").statusCode()).isEqualTo(403);
  }
}
