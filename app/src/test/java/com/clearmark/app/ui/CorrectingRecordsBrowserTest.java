package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.complaint.ComplaintForm;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pinewood Home Goods corrects what it recorded, in a real headless Chromium: a notification pasted
 * from a one-line summary is completed in the same form before it is recorded, and a supplier whose
 * website was left out is corrected in place, which the appeal's supplier check sees at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectingRecordsBrowserTest extends ClearmarkInChromium {

  static final LocalDate TODAY = TestClock.TODAY;

  @Autowired SourcingService sourcing;
  @Autowired ComplaintService complaints;
  Sellers.Seller pinewood;

  @BeforeAll
  void openTheSeller() {
    pinewood = sellers.seller("Pinewood Home Goods");
  }

  @Test
  @Order(1)
  void aOneLineNotificationIsCompletedInTheSameFormAndReachesItsAppealChecks() {
    browser.signInAs(pinewood.reviewer());
    browser.open("/complaints");

    browser
        .visible(By.id("notification"))
        .sendKeys(
            "ASIN: B0PINEWD01 Infringement type: Trademark Trademark asserted: 6655443 Rights"
                + " owner: Jane Roe <jane.roe@hearthline.example> We removed your listing after a"
                + " rights owner's report.");
    browser.button("Read and record").click();

    browser.visible(By.cssSelector("[data-testid=read-fields]"));
    assertThat(browser.find(By.id("paste-asins")).getDomProperty("value")).isEqualTo("B0PINEWD01");
    assertThat(browser.find(By.id("paste-rightsOwner")).getDomProperty("value"))
        .isEqualTo("Jane Roe");
    assertThat(browser.find(By.id("paste-rightsOwnerEmail")).getDomProperty("value"))
        .isEqualTo("jane.roe@hearthline.example");
    assertThat(new Select(browser.find(By.id("paste-type"))).getFirstSelectedOption().getText())
        .isEqualTo("Trademark");
    assertThat(browser.find(By.id("paste-reference-error")).getText()).contains("complaint ID");
    assertThat(browser.find(By.id("paste-noticeDate-error")).getText()).contains("date");
    assertThat(complaints.all(pinewood.as(pinewood.reviewer()))).isEmpty();

    browser.find(By.id("paste-reference")).sendKeys("7001002003");
    setDate(browser.find(By.id("paste-noticeDate")), TODAY.minusDays(2));
    browser.find(By.id("paste-record")).click();

    browser.waitUntil(d -> d.getTitle().startsWith("Complaint 7001002003"));
    assertThat(browser.successNotice()).startsWith("Complaint 7001002003 recorded");
    assertThat(browser.mainText()).doesNotContain("did not give");
    assertThat(browser.mainText()).contains("Jane Roe").contains("jane.roe@hearthline.example");
    WebElement checks = browser.visible(By.cssSelector("table.checks"));
    assertThat(checks.getText())
        .contains("Supplier contact details present")
        .contains("Invoice dated within the 365 days before the notice");
  }

  @Test
  @Order(2)
  void aSupplierCorrectedInPlaceMakesTheAppealsSupplierCheckPass() {
    var caller = pinewood.as(pinewood.reviewer());
    var supplier =
        sourcing.addSupplier(
            caller,
            new SourcingService.SupplierForm(
                "Hearthline Trading Co",
                "4 Mill Yard, Sheffield S1 2GH",
                "+44 114 496 0777",
                "orders@hearthline-trading.example",
                ""));
    sourcing.addInvoice(
        caller,
        new SourcingService.InvoiceForm(
            supplier.id(),
            "HT-5521",
            TODAY.minusDays(30),
            List.of(
                new SourcingService.LineForm(
                    "Hearthline", "Cast iron kettle", "B0PINEWD02", "", 40L, null))));
    long complaint =
        complaints
            .record(
                caller,
                new ComplaintForm(
                    "7001002004",
                    "TRADEMARK",
                    null,
                    TODAY.minusDays(1),
                    List.of("B0PINEWD02"),
                    List.of("Cast iron kettle"),
                    "6655443",
                    "Hearthline Brands",
                    "ip@hearthline.example",
                    false,
                    ""))
            .id();

    browser.open("/complaints/" + complaint);
    assertThat(supplierCheck().getText()).contains("Hearthline Trading Co has no website");

    browser.open("/suppliers");
    browser
        .visible(
            By.cssSelector("tr[data-supplier='Hearthline Trading Co'] [data-testid=edit-supplier]"))
        .click();
    browser.waitUntil(d -> d.getTitle().startsWith("Correct supplier Hearthline Trading Co"));
    browser.visible(By.id("website")).sendKeys("https://hearthline-trading.example");
    browser.find(By.id("save-supplier")).click();

    browser.waitUntil(d -> d.getTitle().startsWith("Suppliers"));
    assertThat(browser.successNotice()).startsWith("Saved Hearthline Trading Co");
    assertThat(
            browser
                .visible(By.cssSelector("tr[data-supplier='Hearthline Trading Co'] .badge"))
                .getText())
        .isEqualTo("complete");
    assertThat(browser.all(By.cssSelector("tr[data-supplier]"))).hasSize(1);

    browser.open("/complaints/" + complaint);
    assertThat(supplierCheck().getText())
        .contains("Every supplier shows an address, phone number, email address and website.");
  }

  private WebElement supplierCheck() {
    return browser.visible(
        By.xpath(
            "//table[contains(@class,'checks')]//tr[td[contains(., 'Supplier contact details')]]"));
  }

  private void setDate(WebElement field, LocalDate date) {
    browser.script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
        field,
        date.toString());
  }
}
