package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.demo.DemoData;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * From "I received a complaint" to a checked appeal package, in a real headless Chromium: paste the
 * notification, see it read, see the document checks, and download the package.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(TestClock.AsServiceClock.class)
class ComplaintJourneyBrowserTest extends DemoSellerInChromium {

  static final LocalDate NOTICE = TestClock.TODAY.minusDays(2);

  @Autowired Accounts accounts;
  @Autowired SourcingService sourcing;

  /** The demo seller's invoice for the charger, 90 of the 100 units it sold. */
  void invoiceCoveringNinetyOfAHundredUnits() {
    var org = accounts.organizationNamed(DemoData.ORGANIZATION).orElseThrow();
    var user = accounts.userByEmail(REVIEWER).orElseThrow();
    var caller = new Caller(user.id(), user.name(), org.id(), org.name(), Role.REVIEWER);
    var supplier =
        sourcing.addSupplier(
            caller,
            new SourcingService.SupplierForm(
                "Riverside Wholesale Ltd",
                "12 Dock Road, Leeds",
                "+44 113 496 0000",
                "orders@riverside.example",
                "https://riverside.example"));
    var invoice =
        sourcing.addInvoice(
            caller,
            new SourcingService.InvoiceForm(
                supplier.id(),
                "INV-2026-0310",
                NOTICE.minusDays(120),
                List.of(
                    new SourcingService.LineForm(
                        "Zorvix", "65W charger", "B0DEMO1001", "ZV-1001", 90L, null))));
    sourcing.attachDocument(
        caller,
        invoice.id(),
        "INV-2026-0310.pdf",
        new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    sourcing.addSales(
        caller,
        List.of(
            new SourcingService.SalesRow(
                "B0DEMO1001", "ZV-1001", NOTICE.minusDays(60), NOTICE.minusDays(1), 100L)));
  }

  @Test
  @Order(1)
  void aPastedNotificationBecomesAComplaintWithItsDeadlines() {
    invoiceCoveringNinetyOfAHundredUnits();
    browser.signInWith(REVIEWER, REVIEWER_PASSWORD);
    browser.waitUntil(ExpectedConditions.titleContains("Dashboard"));

    browser.find(By.linkText("Complaints")).click();
    browser
        .find(By.id("notification"))
        .sendKeys(
            "Date: "
                + NOTICE
                + "\n"
                + "We received a report from a rights owner that your listing infringes their trademark.\n"
                + "ASIN: B0DEMO1001\nTitle: Zorvix 65W USB C Charger\nInfringement type: Trademark\n"
                + "Trademark asserted: 6123456\nComplaint ID: 9876543210\n"
                + "Rights owner name: Voltra Power Inc.\nRights owner email: brand-protection@voltra.example\n");
    browser.find(By.id("notification")).findElement(By.xpath("ancestor::form")).submit();

    browser.waitUntil(ExpectedConditions.titleContains("Complaint 9876543210"));
    assertThat(
            browser
                .waitUntil(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".notice-success")))
                .getText())
        .isEqualTo("Complaint 9876543210 recorded from the notification.");
    assertThat(browser.find(By.cssSelector("main")).getText())
        .contains("Voltra Power Inc.")
        .contains("Respond to the notice")
        .contains(NOTICE.plusDays(90).toString());
  }

  @Test
  @Order(2)
  void theAppealChecksShowTheShortfallUntilTheMissingInvoiceIsRecorded() {
    assertThat(browser.all(By.cssSelector("[data-testid=appeal-not-ready]"))).hasSize(1);
    assertThat(browser.find(By.cssSelector("table.checks")).getText())
        .contains(
            "Invoices cover 90 of 100 units sold in the 365 days before the notice: 10 units short.");

    var org = accounts.organizationNamed(DemoData.ORGANIZATION).orElseThrow();
    var user = accounts.userByEmail(REVIEWER).orElseThrow();
    var caller = new Caller(user.id(), user.name(), org.id(), org.name(), Role.REVIEWER);
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
    sourcing.addInvoice(
        caller,
        new SourcingService.InvoiceForm(
            supplier,
            "NG-77",
            NOTICE.minusDays(10),
            List.of(
                new SourcingService.LineForm(
                    "Zorvix", "65W charger", "B0DEMO1001", "", 10L, null))));

    browser.driver().navigate().refresh();
    assertThat(browser.all(By.cssSelector("[data-testid=appeal-ready]"))).hasSize(1);
  }

  @Test
  @Order(3)
  void theAppealPackageDownloadsAsAZip() {
    String href = browser.find(By.id("download-package")).getAttribute("href");
    @SuppressWarnings("unchecked")
    var answer =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
                        + " done({status: r.status, type: r.headers.get('content-type'),"
                        + " disposition: r.headers.get('content-disposition'), magic: String.fromCharCode(b[0], b[1]), size: b.length}); });",
                    href);
    assertThat(answer.get("status")).isEqualTo(200L);
    assertThat((String) answer.get("type")).startsWith("application/zip");
    assertThat((String) answer.get("disposition")).contains("attachment").contains(".zip");
    assertThat(answer.get("magic")).isEqualTo("PK");
    assertThat((Long) answer.get("size")).isGreaterThan(1000L);
  }
}
