package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journey of a seller's reviewer in a real headless Chromium: sign in, import a catalogue,
 * see the dashboard, review a flagged listing and find the decision in the audit log. Runs against
 * the demo organization, as a new user would first see it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SellerJourneyBrowserTest.Screenshots.class)
class SellerJourneyBrowserTest extends DemoSellerInChromium {

  static final String REVIEWER = "reviewer@demo.clearmark.test";
  static final String PASSWORD = "demo-reviewer-1";
  static final String REASON = "Licensed from Nike under agreement NK-2026-114";

  void signIn(String email, String password) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  int stat(String name) {
    return Integer.parseInt(
        browser.findElement(By.cssSelector("[data-stat='" + name + "']")).getText().strip());
  }

  @Test
  @Order(1)
  void aWrongPasswordIsRefusedAndTheRightOneOpensTheDashboard() {
    signIn(REVIEWER, "not the password");
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice-error")))
                .getText())
        .isEqualTo("Wrong email or password.");

    signIn(REVIEWER, PASSWORD);
    wait.until(ExpectedConditions.titleContains("Dashboard"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Zorvix Electronics (demo)");
    assertThat(stat("listings")).isEqualTo(26);
  }

  @Test
  @Order(2)
  void importingACatalogueShowsProgressThenTheRejectedRows() throws Exception {
    Path csv = home.resolve("spring-catalogue.csv");
    Files.writeString(
        csv,
        """
        sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace
        SH-7001,B0SHOE7001,Nike Air running shoes for men,Generic,Breathable mesh|Rubber sole,Light running shoes.,running shoes,39.99,USD,"Clothing, Shoes & Jewelry",US
        SH-7002,B0SHOE7002,Trail running shoes with grippy sole,Northwind,Breathable mesh,Trail shoes.,trail shoes,59.99,USD,"Clothing, Shoes & Jewelry",US
        SH-7003,B0SHOE7003,Canvas sneakers,Northwind,Cotton canvas,Sneakers.,sneakers,abc,USD,"Clothing, Shoes & Jewelry",US
        """,
        StandardCharsets.UTF_8);

    browser.get(url("/imports"));
    browser.findElement(By.id("file")).sendKeys(csv.toString());
    browser.findElement(By.cssSelector(".upload-form button[type=submit]")).click();

    wait.until(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "SUCCEEDED"));
    assertThat(browser.findElement(By.id("progress")).getText())
        .contains("Done.")
        .contains("1 row rejected.");
    WebElement rejected = browser.findElement(By.cssSelector("#progress .rejected tbody tr"));
    assertThat(rejected.getText()).contains("4").contains("price");
  }

  @Test
  @Order(3)
  void theDashboardCountsTheImportedListings() {
    browser.get(url("/"));
    assertThat(stat("listings")).isEqualTo(28);
    assertThat(stat("open-reviews")).isGreaterThanOrEqualTo(1);
    assertThat(browser.findElements(By.cssSelector(".chart svg rect"))).isNotEmpty();
  }

  @Test
  @Order(4)
  void aReviewerAcceptsTheRiskOfAFlaggedListingWithAReason() {
    browser.get(url("/reviews"));
    browser.findElement(By.linkText("SH-7001")).click();
    wait.until(ExpectedConditions.titleContains("SH-7001"));
    assertThat(browser.findElements(By.cssSelector(".listing-text mark.evidence")))
        .extracting(WebElement::getText)
        .contains("Nike");

    // The browser would stop an empty reason; the server must refuse it too.
    var reason = browser.findElement(By.id("accept-reason"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].removeAttribute('required')", reason);
    reason.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button")).click();
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice-error")))
                .getText())
        .isEqualTo("Say why the risk is accepted.");

    browser.findElement(By.id("accept-reason")).sendKeys(REASON);
    browser
        .findElement(By.id("accept-reason"))
        .findElement(By.xpath("ancestor::form"))
        .findElement(By.cssSelector("button"))
        .click();
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".notice-success")))
                .getText())
        .startsWith("Risk accepted for SH-7001");
    assertThat(browser.findElement(By.cssSelector("[data-testid=review-status]")).getText())
        .isEqualTo("accepted");

    browser.get(url("/reviews"));
    assertThat(browser.findElements(By.linkText("SH-7001"))).isEmpty();
  }

  @Test
  @Order(5)
  void theDecisionIsInTheAuditLogWithWhoAndWhy() {
    browser.get(url("/audit"));
    var row =
        browser.findElements(By.cssSelector("table.audit tbody tr")).stream()
            .filter(r -> r.getText().contains("RISK_ACCEPTED"))
            .findFirst()
            .orElseThrow();
    assertThat(row.getText()).contains("Riley Reviewer").contains("SH-7001").contains(REASON);
  }

  @Test
  @Order(6)
  void everyFieldOfTheImportAndMarkFormsHasALabel() {
    browser.get(url("/imports"));
    assertLabelled();
    signOut();
    signIn("admin@demo.clearmark.test", "demo-admin-1");
    browser.get(url("/registry/new"));
    assertLabelled();
  }

  @Test
  @Order(7)
  void aViewerSeesFlaggedListingsButNoDecisionFormsOrUploads() {
    signOut();
    signIn("viewer@demo.clearmark.test", "demo-viewer-1");
    browser.get(url("/reviews?reviewStatus=ALL"));
    browser.findElement(By.linkText("ZV-1003")).click();
    assertThat(browser.findElements(By.id("accept-reason"))).isEmpty();
    browser.get(url("/imports"));
    assertThat(browser.findElements(By.id("file"))).isEmpty();
  }

  @Test
  @Order(8)
  void signingOutSaysSo() {
    signOut();
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".notice-success")))
                .getText())
        .isEqualTo("You have been signed out.");
  }

  void signOut() {
    browser.get(url("/"));
    var buttons = browser.findElements(By.xpath("//button[normalize-space()='Sign out']"));
    if (!buttons.isEmpty()) {
      buttons.get(0).click();
    }
  }

  void assertLabelled() {
    for (WebElement input :
        browser.findElements(
            By.cssSelector("main input:not([type=hidden]), main select, main textarea"))) {
      String id = input.getAttribute("id");
      assertThat(id).as("an input without an id on %s", browser.getCurrentUrl()).isNotBlank();
      assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']")))
          .as("label for #%s on %s", id, browser.getCurrentUrl())
          .isNotEmpty();
    }
  }

  /** Keeps a screenshot and the page source of a failed step, to read the failure. */
  static final class Screenshots implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser == null) {
        return;
      }
      try {
        Path dir = Path.of("target", "browser-failures");
        Files.createDirectories(dir);
        String name = context.getRequiredTestMethod().getName();
        Files.write(
            dir.resolve(name + ".png"),
            ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
      } catch (Exception e) {
        System.err.println("could not keep a screenshot: " + e.getMessage());
      }
    }
  }
}
