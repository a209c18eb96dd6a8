package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journey of a seller's reviewer in a real headless Chromium: sign in, import a catalogue,
 * see the dashboard, review a flagged listing and find the decision in the audit log. Runs against
 * the demo organization, as a new user would first see it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SellerJourneyBrowserTest extends DemoSellerInChromium {

  static final String REASON = "Licensed from Nike under agreement NK-2026-114";

  @TempDir Path files;

  /** Sends the sign-in form without waiting for where it leads, which may be back to it. */
  void signIn(String email, String password) {
    browser.open("/login");
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(password);
    browser.find(By.cssSelector("form button[type=submit]")).click();
  }

  int stat(String name) {
    return Integer.parseInt(
        browser.find(By.cssSelector("[data-stat='" + name + "']")).getText().strip());
  }

  @Test
  @Order(1)
  void aWrongPasswordIsRefusedAndTheRightOneOpensTheDashboard() {
    signIn(REVIEWER, "not the password");
    assertThat(
            browser
                .waitUntil(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice-error")))
                .getText())
        .isEqualTo("Wrong email or password.");

    signIn(REVIEWER, REVIEWER_PASSWORD);
    browser.waitUntil(ExpectedConditions.titleContains("Dashboard"));
    assertThat(browser.find(By.tagName("main")).getText()).contains("Zorvix Electronics (demo)");
    assertThat(stat("listings")).isEqualTo(26);
  }

  @Test
  @Order(2)
  void importingACatalogueShowsProgressThenTheRejectedRows() throws Exception {
    Path csv = files.resolve("spring-catalogue.csv");
    Files.writeString(
        csv,
        """
        sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace
        SH-7001,B0SHOE7001,Nike Air running shoes for men,Generic,Breathable mesh|Rubber sole,Light running shoes.,running shoes,39.99,USD,"Clothing, Shoes & Jewelry",US
        SH-7002,B0SHOE7002,Trail running shoes with grippy sole,Northwind,Breathable mesh,Trail shoes.,trail shoes,59.99,USD,"Clothing, Shoes & Jewelry",US
        SH-7003,B0SHOE7003,Canvas sneakers,Northwind,Cotton canvas,Sneakers.,sneakers,abc,USD,"Clothing, Shoes & Jewelry",US
        """,
        StandardCharsets.UTF_8);

    browser.open("/imports");
    browser.find(By.id("file")).sendKeys(csv.toString());
    browser.find(By.cssSelector(".upload-form button[type=submit]")).click();

    browser.waitUntil(
        ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "SUCCEEDED"));
    assertThat(browser.find(By.id("progress")).getText())
        .contains("Done.")
        .contains("1 row rejected.");
    WebElement rejected = browser.find(By.cssSelector("#progress .rejected tbody tr"));
    assertThat(rejected.getText()).contains("4").contains("price");
  }

  @Test
  @Order(3)
  void theDashboardCountsTheImportedListings() {
    browser.open("/");
    assertThat(stat("listings")).isEqualTo(28);
    assertThat(stat("open-reviews")).isGreaterThanOrEqualTo(1);
    assertThat(browser.all(By.cssSelector(".chart svg rect"))).isNotEmpty();
  }

  @Test
  @Order(4)
  void aReviewerAcceptsTheRiskOfAFlaggedListingWithAReason() {
    browser.open("/reviews");
    browser.find(By.linkText("SH-7001")).click();
    browser.waitUntil(ExpectedConditions.titleContains("SH-7001"));
    assertThat(browser.all(By.cssSelector(".listing-text mark.evidence")))
        .extracting(WebElement::getText)
        .contains("Nike");

    // The browser would stop an empty reason; the server must refuse it too.
    var reason = browser.find(By.id("accept-reason"));
    browser.script("arguments[0].removeAttribute('required')", reason);
    reason.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button")).click();
    assertThat(
            browser
                .waitUntil(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice-error")))
                .getText())
        .isEqualTo("Say why the risk is accepted.");

    browser.find(By.id("accept-reason")).sendKeys(REASON);
    browser
        .find(By.id("accept-reason"))
        .findElement(By.xpath("ancestor::form"))
        .findElement(By.cssSelector("button"))
        .click();
    assertThat(
            browser
                .waitUntil(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".notice-success")))
                .getText())
        .startsWith("Risk accepted for SH-7001");
    assertThat(browser.find(By.cssSelector("[data-testid=review-status]")).getText())
        .isEqualTo("accepted");

    browser.open("/reviews");
    assertThat(browser.all(By.linkText("SH-7001"))).isEmpty();
  }

  @Test
  @Order(5)
  void theDecisionIsInTheAuditLogWithWhoAndWhy() {
    browser.open("/audit");
    var row =
        browser.all(By.cssSelector("table.audit tbody tr")).stream()
            .filter(r -> r.getText().contains("Risk accepted"))
            .findFirst()
            .orElseThrow();
    assertThat(row.getText()).contains("Riley Reviewer").contains("SH-7001").contains(REASON);
  }

  @Test
  @Order(6)
  void everyFieldOfTheImportAndMarkFormsHasALabel() {
    browser.open("/imports");
    assertLabelled();
    signOut();
    signIn("admin@demo.clearmark.test", "demo-admin-1");
    browser.open("/registry/new");
    assertLabelled();
  }

  @Test
  @Order(7)
  void aViewerSeesFlaggedListingsButNoDecisionFormsOrUploads() {
    signOut();
    signIn("viewer@demo.clearmark.test", "demo-viewer-1");
    browser.open("/reviews?reviewStatus=ALL");
    browser.find(By.linkText("ZV-1003")).click();
    assertThat(browser.all(By.id("accept-reason"))).isEmpty();
    browser.open("/imports");
    assertThat(browser.all(By.id("file"))).isEmpty();
  }

  @Test
  @Order(8)
  void signingOutSaysSo() {
    signOut();
    assertThat(
            browser
                .waitUntil(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".notice-success")))
                .getText())
        .isEqualTo("You have been signed out.");
  }

  void signOut() {
    browser.open("/");
    var buttons = browser.all(By.xpath("//button[normalize-space()='Sign out']"));
    if (!buttons.isEmpty()) {
      buttons.get(0).click();
    }
  }

  void assertLabelled() {
    for (WebElement input :
        browser.all(By.cssSelector("main input:not([type=hidden]), main select, main textarea"))) {
      String id = input.getAttribute("id");
      assertThat(id)
          .as("an input without an id on %s", browser.driver().getCurrentUrl())
          .isNotBlank();
      assertThat(browser.all(By.cssSelector("label[for='" + id + "']")))
          .as("label for #%s on %s", id, browser.driver().getCurrentUrl())
          .isNotEmpty();
    }
  }
}
