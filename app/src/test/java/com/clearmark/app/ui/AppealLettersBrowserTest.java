package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer edits the plan of action in the complaint's page, copies it for the marketplace's
 * form, and, after confirming, goes back to the generated draft.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppealLettersBrowserTest extends ClearmarkInChromium {

  static final LocalDate NOTICE = TestClock.TODAY.minusDays(3);

  @Autowired ComplaintService complaints;
  @Autowired SourcingService sourcing;

  Sellers.Seller seller;
  long complaint;

  @BeforeAll
  void aComplaintWithEvidence() {
    seller = sellers.seller("Copperline Chargers");
    var caller = seller.as(seller.reviewer());
    complaint =
        complaints
            .recordFromText(
                caller,
                "Date: "
                    + NOTICE
                    + "\nASIN: B0DEMO1001\nTitle: Zorvix 65W USB C Charger\n"
                    + "Infringement type: Trademark\nComplaint ID: 5550001111\n"
                    + "Rights owner name: Voltra Power Inc.\n"
                    + "Rights owner email: brand-protection@voltra.example\n",
                false)
            .id();
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
                "NG-9",
                NOTICE.minusDays(20),
                List.of(
                    new SourcingService.LineForm(
                        "Zorvix", "65W charger", "B0DEMO1001", "ZV-1001", 50L, null))));
    sourcing.attachDocument(
        caller,
        invoice.id(),
        "NG-9.pdf",
        new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    sourcing.addSales(
        caller,
        List.of(
            new SourcingService.SalesRow(
                "B0DEMO1001", "ZV-1001", NOTICE.minusDays(30), NOTICE.minusDays(1), 20L)));
  }

  @Test
  @Order(1)
  void theEditedPlanIsSavedAndShownAsTheSellersOwn() {
    browser.signInAs(seller.reviewer());
    browser.open("/complaints/" + complaint);
    var box = browser.visible(By.id("letter-text-plan-of-action"));
    assertThat(box.getDomProperty("value"))
        .contains("Root cause")
        .doesNotContain("Document checks");
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    box.sendKeys("We removed Voltra from the title on the day of the notice.");
    browser.find(By.id("save-plan-of-action")).click();

    assertThat(browser.visible(By.cssSelector("main > .notice-success")).getText())
        .isEqualTo("Plan of action saved: the downloads and the package now use your text.");
    assertThat(browser.find(By.id("letter-text-plan-of-action")).getDomProperty("value"))
        .isEqualTo("We removed Voltra from the title on the day of the notice.");
    assertThat(browser.find(By.cssSelector("#letter-plan-of-action .badge")).getText())
        .isEqualTo("Your edit");
  }

  @Test
  @Order(2)
  void theCopyButtonSaysWhatItDid() {
    browser.find(By.id("copy-plan-of-action")).click();
    browser.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#letter-plan-of-action .copy-status"), "."));
    assertThat(browser.find(By.cssSelector("#letter-plan-of-action .copy-status")).getText())
        .isIn("Copied to the clipboard.", "Select the text and copy it with Ctrl+C.");
  }

  @Test
  @Order(3)
  void discardingTheEditAsksFirstThenShowsTheDraftAgain() {
    browser.find(By.id("reset-plan-of-action")).click();
    var confirm = browser.waitUntil(ExpectedConditions.alertIsPresent());
    assertThat(confirm.getText())
        .isEqualTo("Discard your edit and go back to the generated draft?");
    confirm.accept();
    browser.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#letter-plan-of-action .badge"), "Generated draft"));
    assertThat(browser.find(By.id("letter-text-plan-of-action")).getDomProperty("value"))
        .startsWith("Trademark complaint 5550001111")
        .endsWith("[Your email address]");
  }
}
