package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Lakeshore Camping Company gathers its proof of source in one sitting: the admin records its
 * supplier, an invoice with two lines and the scanned invoice, imports the business report, finds
 * that the invoices do not cover all the lanterns sold, and records the brand's letter of
 * authorization.
 */
class ProofOfSourceBrowserTest extends ClearmarkInChromium {

  static final LocalDate TODAY = TestClock.TODAY;

  @TempDir Path files;
  Sellers.Seller lakeshore;

  @BeforeAll
  void openTheSeller() {
    lakeshore = sellers.seller("Lakeshore Camping Company");
  }

  @Test
  void aSellerRecordsProofOfSourceSeesTheShortfallAndAddsAnAuthorization() throws IOException {
    browser.signInAs(lakeshore.admin());

    addsTheSupplier();
    addsAnInvoiceWithTwoLines();
    attachesTheScannedInvoice();
    importsTheBusinessReport();
    seesTheLanternsAreNotFullyCovered();
    addsTheLetterOfAuthorization();
  }

  private void addsTheSupplier() {
    browser.link("Proof of source").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Invoices"));
    browser.link("Suppliers").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Suppliers"));

    browser.visible(By.id("name")).sendKeys("Northwind Outdoor Supply Ltd");
    browser.visible(By.id("address")).sendKeys("18 Quay Street, Bristol BS1 4DB");
    browser.visible(By.id("phone")).sendKeys("+44 117 496 0321");
    browser.visible(By.id("email")).sendKeys("trade@northwind-outdoor.example");
    browser.visible(By.id("website")).sendKeys("https://northwind-outdoor.example");
    browser.button("Add supplier").click();

    successNoticeReads("Added Northwind Outdoor Supply Ltd.");
    assertThat(
            browser
                .visible(By.cssSelector("tr[data-supplier='Northwind Outdoor Supply Ltd'] .badge"))
                .getText())
        .isEqualTo("complete");
  }

  private void addsAnInvoiceWithTwoLines() {
    browser.link("Invoices").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Invoices"));
    browser.link("Add an invoice").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Add an invoice"));

    new Select(browser.visible(By.id("supplierId")))
        .selectByVisibleText("Northwind Outdoor Supply Ltd");
    browser.visible(By.id("number")).sendKeys("NOS-2025-0417");
    setDate(By.id("date"), TODAY.minusDays(40));
    fillLine(0, "Northwind", "Trail lantern 300 lm", "B0LANTERN1", "120", "8.40");
    fillLine(1, "Northwind", "Camp stove", "B0STOVE002", "35", "24.00");
    // A fourth row arrives without a page load and takes the focus.
    browser.button("Add a line").click();
    browser.waitUntil(d -> !d.findElements(By.id("line-3")).isEmpty());
    browser.waitUntil(d -> "lines3-brand".equals(browser.focused().getDomAttribute("id")));
    browser.button("Record invoice").click();

    browser.waitUntil(d -> d.getTitle().startsWith("Invoice NOS-2025-0417"));
    successNoticeReads(
        "Invoice NOS-2025-0417 from Northwind Outdoor Supply Ltd recorded. Attach the document below.");
    var lines = browser.all(By.cssSelector("section[aria-labelledby=lines-heading] tbody tr"));
    assertThat(lines)
        .extracting(line -> line.getText().replaceAll("\\s+", " "))
        .containsExactly(
            "Northwind Trail lantern 300 lm B0LANTERN1 amazon.com ↗ 120 8.40",
            "Northwind Camp stove B0STOVE002 amazon.com ↗ 35 24.00");
  }

  private void attachesTheScannedInvoice() throws IOException {
    Path pdf = files.resolve("NOS-2025-0417.pdf");
    Files.writeString(
        pdf,
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        StandardCharsets.US_ASCII);

    browser.visible(By.id("file")).sendKeys(pdf.toString());
    browser.button("Upload document").click();

    successNoticeReads("Attached NOS-2025-0417.pdf (pdf).");
    assertThat(browser.visible(By.cssSelector("[data-testid=document] a")).getText())
        .isEqualTo("Download NOS-2025-0417.pdf");
  }

  private void importsTheBusinessReport() throws IOException {
    Path report = files.resolve("BusinessReport-lakeshore.csv");
    Files.writeString(
        report,
        "Date,(Child) ASIN,SKU,Units Ordered\n"
            + TODAY.minusDays(20)
            + ",B0LANTERN1,LK-LANTERN,90\n"
            + TODAY.minusDays(19)
            + ",B0LANTERN1,LK-LANTERN,60\n",
        StandardCharsets.UTF_8);
    browser.link("Sales").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Sales"));

    browser.visible(By.id("report")).sendKeys(report.toString());
    browser.button("Import report").click();

    successNoticeReads("Imported 2 rows of units sold from BusinessReport-lakeshore.csv.");
    assertThat(browser.all(By.cssSelector("table.data tbody tr"))).hasSize(2);
  }

  private void seesTheLanternsAreNotFullyCovered() {
    browser.link("Coverage").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Coverage"));

    var lanterns = browser.visible(By.cssSelector("tr[data-product=B0LANTERN1]"));
    assertThat(lanterns.findElements(By.tagName("td")))
        .extracting(WebElement::getText)
        .containsExactly("150", "120", "30", "insufficient");
    assertThat(browser.errorNotice())
        .isEqualTo("1 product is sold without enough invoices to prove its source.");
  }

  private void addsTheLetterOfAuthorization() {
    browser.link("Authorizations").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Authorizations"));
    browser.link("Add an authorization").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Add an authorization"));

    new Select(browser.visible(By.id("kind"))).selectByVisibleText("Letter of authorization");
    browser.visible(By.id("licensor")).sendKeys("Northwind Brands Inc.");
    browser.visible(By.id("brands")).sendKeys("Northwind");
    browser.visible(By.id("marketplaces")).sendKeys("US, UK");
    setDate(By.id("validFrom"), TODAY.minusDays(60));
    setDate(By.id("validTo"), TODAY.plusDays(305));
    browser.button("Add authorization").click();

    successNoticeReads(
        "Letter of authorization from Northwind Brands Inc. recorded; screening now treats the"
            + " brand as authorized.");
    var row = browser.visible(By.cssSelector("tr[data-licensor='Northwind Brands Inc.']"));
    assertThat(row.findElement(By.cssSelector("[data-testid=validity]")).getText())
        .isEqualTo("valid");
    assertThat(row.getText()).contains("NORTHWIND").contains("every product on UK, US");
  }

  private void fillLine(
      int row, String brand, String product, String asin, String quantity, String price) {
    browser.visible(By.id("lines" + row + "-brand")).sendKeys(brand);
    browser.visible(By.id("lines" + row + "-product")).sendKeys(product);
    browser.visible(By.id("lines" + row + "-asin")).sendKeys(asin);
    browser.visible(By.id("lines" + row + "-quantity")).sendKeys(quantity);
    browser.visible(By.id("lines" + row + "-unitPrice")).sendKeys(price);
  }

  /** Typing into a date field depends on the browser's locale; the value itself does not. */
  private void setDate(By field, LocalDate day) {
    browser.script("arguments[0].value = arguments[1]", browser.visible(field), day.toString());
  }

  /**
   * Waits for the notice of the next page: the one of the page being left may still be found, and
   * vanish while it is read, which is no reason to fail.
   */
  private void successNoticeReads(String text) {
    browser.waitUntil(
        d -> {
          try {
            return d.findElements(By.cssSelector(".notice-success")).stream()
                .anyMatch(n -> n.getText().equals(text));
          } catch (WebDriverException leftThePage) {
            return false;
          }
        });
  }
}
