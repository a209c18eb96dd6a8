package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.Visitor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * On a complaint's page the seller reads what stops the appeal, edits the letters in place, and
 * downloads exactly what they saved, signed by the organization's contact.
 */
@Import(TestClock.AsServiceClock.class)
class AppealLettersPagesTest extends ServiceOnH2 {

  static final String PASSWORD = "letters that can be sent";
  static final LocalDate NOTICE = TestClock.TODAY.minusDays(5);

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired ComplaintService complaints;
  @Autowired SourcingService sourcing;

  record Seller(Caller admin, String adminEmail, String viewerEmail, long complaintId) {}

  Seller seller(String name, boolean withSales) {
    String slug = name.toLowerCase().replaceAll("[^a-z]", "");
    long org = accounts.createOrganization(name);
    String adminEmail = "admin@" + slug + ".example";
    String viewerEmail = "viewer@" + slug + ".example";
    long admin = accounts.createUser(adminEmail, name + " admin", passwords.encode(PASSWORD));
    long viewer = accounts.createUser(viewerEmail, name + " viewer", passwords.encode(PASSWORD));
    accounts.addMember(org, admin, Role.ADMIN);
    accounts.addMember(org, viewer, Role.VIEWER);
    var caller = new Caller(admin, name + " admin", org, name, Role.ADMIN);
    var complaint =
        complaints.recordFromText(
            caller,
            "Date: "
                + NOTICE
                + "\nWe received a report from a rights owner that your listing infringes their"
                + " trademark.\nASIN: B0DEMO1001\nTitle: Zorvix 65W USB C Charger\n"
                + "Infringement type: Trademark\nTrademark asserted: 6123456\n"
                + "Complaint ID: 9876543210\nRights owner name: Voltra Power Inc.\n"
                + "Rights owner email: brand-protection@voltra.example\n",
            false);
    long supplier =
        sourcing
            .addSupplier(
                caller,
                new SourcingService.SupplierForm(
                    "Northgate Supply",
                    "1 Quay St, Hull",
                    "+44 1482 000000",
                    "sales@northgate.example",
                    "https://northgate.example"))
            .id();
    var invoice =
        sourcing.addInvoice(
            caller,
            new SourcingService.InvoiceForm(
                supplier,
                "NG-77",
                NOTICE.minusDays(30),
                List.of(
                    new SourcingService.LineForm(
                        "Zorvix", "65W charger", "B0DEMO1001", "ZV-1001", 200L, null))));
    sourcing.attachDocument(
        caller,
        invoice.id(),
        "NG-77.pdf",
        new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    if (withSales) {
      sourcing.addSales(
          caller,
          List.of(
              new SourcingService.SalesRow(
                  "B0DEMO1001", "ZV-1001", NOTICE.minusDays(60), NOTICE.minusDays(1), 100L)));
    }
    return new Seller(caller, adminEmail, viewerEmail, complaint.id());
  }

  @Test
  void withoutSalesTheAppealIsNotReadyAndSaysWhichCheckStopsIt() {
    var seller = seller("Quayside Sellers", false);
    var visitor = Visitor.signedIn(port, seller.adminEmail(), PASSWORD);
    Document page = Jsoup.parse(visitor.get("/complaints/" + seller.complaintId()).body());

    assertThat(page.select("[data-testid=appeal-ready]")).isEmpty();
    var blocking = page.select("#blocking-checks li");
    assertThat(blocking).hasSize(1);
    assertThat(blocking.text())
        .contains("Invoiced quantities cover the last 365 days of sales")
        .contains("No sales of B0DEMO1001 are recorded");
    assertThat(blocking.select("a").attr("href"))
        .isEqualTo("/help/checks/INVOICED_QUANTITY_COVERS_SALES");
    assertThat(page.select("table.checks").text()).doesNotContain("NOT_APPLICABLE");
    assertThat(page.select("table.checks a").eachAttr("href"))
        .allMatch(h -> h.startsWith("/help/checks/"));
    assertThat(page.select("#letter-retraction-request").text())
        .contains("Send this to the rights owner only once every check passes");
  }

  @Test
  void theSellerEditsThePlanOfActionAndDownloadsWhatTheySaved() throws Exception {
    var seller = seller("Harbourline Goods", true);
    var visitor = Visitor.signedIn(port, seller.adminEmail(), PASSWORD);
    String path = "/complaints/" + seller.complaintId();
    var before = visitor.get(path);
    Document page = Jsoup.parse(before.body());
    assertThat(page.select("[data-testid=appeal-ready]")).hasSize(1);
    String generated = page.select("#letter-text-plan-of-action").text();
    assertThat(page.select("#letter-text-plan-of-action").val())
        .startsWith("Trademark complaint 9876543210 of " + NOTICE)
        .contains("Root cause", "Supporting documents", "Invoice NG-77")
        .doesNotContain("Document checks")
        .endsWith("Kind regards,\n[Your name]\nHarbourline Goods\n[Your email address]");
    assertThat(page.select("#no-contact a").attr("href")).isEqualTo("/settings/appeal-contact");
    assertThat(page.select("#copy-plan-of-action").attr("data-copy"))
        .isEqualTo("letter-text-plan-of-action");
    assertThat(generated).isNotEmpty();

    String edited =
        "Trademark complaint 9876543210.\n\nRoot cause\n\nOur title began with Voltra; it"
            + " should not have.\n\nKind regards,\nThe Harbourline team";
    var saved = visitor.post(path, path + "/letters/plan-of-action", Map.of("text", edited));
    assertThat(saved.statusCode()).isEqualTo(302);
    var after = Jsoup.parse(visitor.get(path).body());
    assertThat(after.select(".notice-success").text())
        .contains("Plan of action saved: the downloads and the package now use your text.");
    assertThat(after.select("#letter-text-plan-of-action").val()).isEqualTo(edited);
    assertThat(after.select("#letter-plan-of-action .badge").text()).isEqualTo("Your edit");

    var txt = visitor.getBytes(path + "/letters/plan-of-action.txt");
    assertThat(txt.statusCode()).isEqualTo(200);
    assertThat(txt.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("plan-of-action-" + seller.complaintId() + ".txt");
    assertThat(new String(txt.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            ("Plan of action: complaint 9876543210\n\n" + edited + "\n").replace("\n", "\r\n"));

    var docx = visitor.getBytes(path + "/letters/plan-of-action.docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(wordParagraphs(docx.body()))
        .contains(
            "Plan of action: complaint 9876543210",
            "Our title began with Voltra; it should not have.",
            "The Harbourline team");

    var pdf = visitor.getBytes(path + "/letters/plan-of-action.pdf");
    assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1))
        .contains("Our title began with Voltra; it should not have.");

    var zip = visitor.getBytes(path + "/package.zip");
    assertThat(zipEntry(zip.body(), "plan-of-action.pdf"))
        .contains("Our title began with Voltra; it should not have.");
    assertThat(zipEntry(zip.body(), "retraction-request.pdf"))
        .contains("brand-protection@voltra.example");

    var reset = visitor.post(path, path + "/letters/plan-of-action/reset", Map.of());
    assertThat(reset.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(visitor.get(path).body()).select("#letter-text-plan-of-action").val())
        .doesNotContain("Our title began with Voltra");
    assertThat(visitor.get("/audit").body())
        .contains("APPEAL_LETTER_EDITED", "APPEAL_LETTER_RESET");
  }

  @Test
  void anEmptyLetterIsRefusedBesideItsBoxAndNothingIsSaved() {
    var seller = seller("Emptyhand Trading", true);
    var visitor = Visitor.signedIn(port, seller.adminEmail(), PASSWORD);
    String path = "/complaints/" + seller.complaintId();
    visitor.post(path, path + "/letters/plan-of-action", Map.of("text", "  "));
    var page = Jsoup.parse(visitor.get(path).body());
    assertThat(page.select("#letter-plan-of-action .field-error").text())
        .isEqualTo("Letter: write the letter; it cannot be empty");
    assertThat(page.select("#letter-plan-of-action .badge").text()).isEqualTo("Generated draft");
  }

  @Test
  void theSigningContactSetInSettingsSignsBothLetters() {
    var seller = seller("Signet Supply", true);
    var visitor = Visitor.signedIn(port, seller.adminEmail(), PASSWORD);
    var form = visitor.get("/settings/appeal-contact");
    assertThat(Jsoup.parse(form.body()).select("#no-contact")).hasSize(1);

    var refused =
        visitor.post(
            "/settings/appeal-contact",
            "/settings/appeal-contact",
            Map.of("name", "Sam Signet", "email", "not an email", "phone", "", "address", ""));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(refused.body()).select(".field-error").text())
        .isEqualTo("Email: enter an email address such as name@example.com");

    var saved =
        visitor.post(
            "/settings/appeal-contact",
            "/settings/appeal-contact",
            Map.of(
                "name", "Sam Signet",
                "email", "sam@signet.example",
                "phone", "+1 555 0199",
                "address", "9 Harbor Way\nPortland"));
    assertThat(saved.statusCode()).isEqualTo(302);

    var page = Jsoup.parse(visitor.get("/complaints/" + seller.complaintId()).body());
    assertThat(page.select("#no-contact")).isEmpty();
    assertThat(page.select("#signed-by").text()).contains("Sam Signet", "sam@signet.example");
    String signature =
        "Kind regards,\nSam Signet\nSignet Supply\nsam@signet.example\n+1 555 0199\n9 Harbor Way,"
            + " Portland";
    assertThat(page.select("#letter-text-plan-of-action").val()).endsWith(signature);
    assertThat(page.select("#letter-text-retraction-request").val())
        .startsWith("To: Voltra Power Inc. <brand-protection@voltra.example>")
        .endsWith(signature);

    var viewer = Visitor.signedIn(port, seller.viewerEmail(), PASSWORD);
    var viewed = Jsoup.parse(viewer.get("/complaints/" + seller.complaintId()).body());
    assertThat(viewed.select("#letter-text-plan-of-action").hasAttr("readonly")).isTrue();
    assertThat(viewed.select("#save-plan-of-action")).isEmpty();
    assertThat(viewed.select("#txt-plan-of-action")).hasSize(1);
    var viewerContact = viewer.get("/settings/appeal-contact");
    assertThat(viewerContact.body()).contains("Sam Signet").doesNotContain("id=\"save-contact\"");
  }

  private static List<String> wordParagraphs(byte[] docx) throws Exception {
    byte[] document = zipEntryBytes(docx, "word/document.xml");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
    var ps =
        doc.getElementsByTagNameNS(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "p");
    var out = new java.util.ArrayList<String>();
    for (int i = 0; i < ps.getLength(); i++) {
      out.add(ps.item(i).getTextContent());
    }
    return out;
  }

  private static String zipEntry(byte[] zip, String name) throws Exception {
    return new String(zipEntryBytes(zip, name), StandardCharsets.ISO_8859_1);
  }

  private static byte[] zipEntryBytes(byte[] zip, String name) throws Exception {
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no " + name + " in the ZIP");
  }
}
