package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Trailhead Outfitters' first week, step by step in one browser: the admin registers the Salomon
 * mark, the reviewer imports the catalogue, reads the dashboard, accepts the risk of the listing
 * that names Salomon, and finds that decision in the audit log. Each step starts where the one
 * before left the service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueReviewJourneyBrowserTest extends ClearmarkInChromium {

  static final String REASON = "Genuine Salomon stock bought from the brand's EU distributor";

  /**
   * Three rows: one names the registered mark Salomon, one is clean, and one has a price that is
   * not a number, so it is refused on line 4.
   */
  static final String CATALOGUE =
      """
      sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,marketplace
      TR-1001,B0TRAIL001,Salomon Speedcross trail running shoes,Northwind,Grippy lugs|Quick laces,Trail shoes for wet ground.,trail shoes,89.00,USD,"Clothing, Shoes & Jewelry",US
      TR-1002,B0TRAIL002,Waterproof hiking socks,Northwind,Merino wool,Warm socks.,hiking socks,14.50,USD,"Clothing, Shoes & Jewelry",US
      TR-1003,B0TRAIL003,Trail gaiters,Northwind,Stretch fabric,Keep stones out.,gaiters,abc,USD,"Clothing, Shoes & Jewelry",US
      """;

  @TempDir Path downloads;
  Sellers.Seller trailhead;

  @BeforeAll
  void openTheSeller() {
    trailhead = sellers.seller("Trailhead Outfitters");
  }

  @Test
  @Order(1)
  void anAdminRegistersAMarkAndScreeningStartsUsingIt() {
    browser.signInAs(trailhead.admin());
    browser.open("/registry");
    browser.link("Add a mark").click();

    browser.visible(By.id("name")).sendKeys("Salomon");
    browser.visible(By.id("owner")).sendKeys("Salomon SAS");
    browser.visible(By.id("registration")).sendKeys("1234567");
    browser.visible(By.id("jurisdiction")).clear();
    browser.visible(By.id("jurisdiction")).sendKeys("US");
    browser.visible(By.id("niceClasses")).sendKeys("25");
    browser.button("Add mark").click();

    assertThat(browser.successNotice())
        .isEqualTo("Added Salomon; listings are being re-screened against it.");
    assertThat(browser.visible(By.cssSelector("table.data tbody")).getText())
        .contains("Salomon")
        .contains("Salomon SAS")
        .contains("US 1234567");
    // The page polls the registry's state until the new version is compiled.
    browser.waitUntil(
        d -> browser.visible(By.id("registry-status")).getText().contains("1 live mark compiled"));
  }

  @Test
  @Order(2)
  void aReviewerImportsACatalogueAndSeesTheRefusedRowByLineAndField() throws IOException {
    Path csv = downloads.resolve("trailhead-catalogue.csv");
    Files.writeString(csv, CATALOGUE, StandardCharsets.UTF_8);
    browser.signInAs(trailhead.reviewer());
    browser.link("Imports").click();

    browser.visible(By.id("file")).sendKeys(csv.toString());
    browser.button("Import").click();

    // The heading is read while the page changes, so a stale element is looked up again.
    browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().startsWith("Import #"));
    assertThat(browser.visible(By.tagName("h1")).getText())
        .startsWith("Import #")
        .endsWith(": trailhead-catalogue.csv");
    // The import runs in the background; the panel polls until the job has finished.
    WebElement progress = browser.progressPanelOnceFinished();
    assertThat(progress.getDomAttribute("data-status")).isEqualTo("SUCCEEDED");
    assertThat(progress.getText())
        .contains("Done.")
        .contains("2 new")
        .contains("1 blocked, 0 to review")
        .contains("1 row rejected.");
    assertThat(browser.link("Download the rejected rows (CSV)").isDisplayed()).isTrue();

    assertThat(browser.rejectedRows()).containsExactly(List.of("4", "price"));
    assertThat(
            browser
                .visible(By.cssSelector("#rejected-heading + table tbody td:nth-child(3)"))
                .getText())
        .contains("\"abc\" is not a price");
  }

  @Test
  @Order(3)
  void theDashboardCountsTheImportedListingsAndChartsTodaysScreenings() {
    browser.link("Dashboard").click();

    assertThat(browser.stat("listings")).isEqualTo(2);
    assertThat(browser.stat("block")).isEqualTo(1);
    assertThat(browser.stat("review")).isZero();
    assertThat(browser.stat("pass")).isEqualTo(1);
    assertThat(browser.stat("open-reviews")).isEqualTo(1);
    assertThat(browser.stat("marks")).isEqualTo(1);
    var bars = browser.all(By.cssSelector("figure.chart svg rect"));
    assertThat(bars)
        .extracting(bar -> bar.getDomAttribute("class"))
        .containsExactlyInAnyOrder("bar-pass", "bar-block");
    assertThat(bars).allSatisfy(bar -> assertThat(bar.getSize().getHeight()).isPositive());
  }

  @Test
  @Order(4)
  void aReviewerAcceptsTheRiskOfAFlaggedListingOnlyWithAReason() {
    browser.link("Review queue").click();
    assertThat(browser.visible(By.cssSelector("main table.data tbody")).getText())
        .contains("TR-1001")
        .doesNotContain("TR-1002");
    browser.link("TR-1001").click();

    browser.waitUntil(d -> d.getTitle().startsWith("TR-1001"));
    var evidence = browser.all(By.cssSelector(".listing-text [data-field=title] mark.evidence"));
    assertThat(evidence).extracting(WebElement::getText).containsExactly("Salomon");
    assertThat(browser.visible(By.cssSelector("[data-testid=review-status]")).getText())
        .isEqualTo("open");

    // The browser itself would refuse an empty reason; take that away to reach the server's check.
    var reason = browser.visible(By.id("accept-reason"));
    browser.script("arguments[0].removeAttribute('required')", reason);
    browser.button("Accept risk").click();
    assertThat(browser.errorNotice()).isEqualTo("Say why the risk is accepted.");
    assertThat(browser.visible(By.cssSelector("[data-testid=review-status]")).getText())
        .isEqualTo("open");

    browser.visible(By.id("accept-reason")).sendKeys(REASON);
    browser.button("Accept risk").click();
    assertThat(browser.successNotice())
        .isEqualTo("Risk accepted for TR-1001; the decision is in the audit log.");
    assertThat(browser.visible(By.cssSelector("[data-testid=review-status]")).getText())
        .isEqualTo("accepted");

    browser.link("Review queue").click();
    assertThat(browser.successNotice()).isEqualTo("Nothing waiting for review.");
    assertThat(browser.shows(By.linkText("TR-1001"))).isFalse();
  }

  @Test
  @Order(5)
  void theAuditLogShowsWhoAcceptedTheRiskAndWhy() {
    browser.link("Audit log").click();

    var accepted =
        browser.all(By.cssSelector("table.audit tbody tr")).stream()
            .map(row -> row.findElements(By.tagName("td")))
            .filter(cells -> cells.get(2).getText().equals("Risk accepted"))
            .toList();
    assertThat(accepted).hasSize(1);
    var cells = accepted.get(0);
    assertThat(cells.get(1).getText()).isEqualTo("Riley Reviewer");
    assertThat(cells.get(3).getText()).startsWith("TR-1001 version 1 (BLOCK, score");
    assertThat(cells.get(4).getText()).isEqualTo(REASON);
  }
}
