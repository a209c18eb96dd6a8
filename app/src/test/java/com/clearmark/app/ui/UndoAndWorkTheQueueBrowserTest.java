package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.screening.ListingInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Riley works Summit Supply's queue: dismisses a finding (after saying yes to the question the page
 * asks), sees it stop counting, restores it and sees the verdict come back; then sorts the queue by
 * SKU, ticks every listing with the header checkbox, sends a bulk decision without the reason it
 * needs, and finds the same listings still ticked next to the error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UndoAndWorkTheQueueBrowserTest extends ClearmarkInChromium {

  /** A second mark in class 25, named in the search terms of the first listing. */
  static final MarkForm MERRELL =
      new MarkForm("Merrell", "Merrell Inc.", "2345678", "US", "25", "LIVE", false, false);

  Sellers.Seller summit;
  long shoes;
  String blockedScore;

  @BeforeAll
  void openTheSellerWithFlaggedListings() throws InterruptedException {
    summit = sellers.seller("Summit Ridge Supply");
    sellers.registers(summit, Sellers.SALOMON);
    sellers.registers(summit, MERRELL);
    shoes =
        sellers.lists(
            summit,
            new ListingInput(
                "SU-2",
                null,
                "Salomon Speedcross trail running shoes",
                "Northwind",
                List.of("Grippy lugs"),
                "Trail shoes for wet ground.",
                "trail shoes merrell",
                new BigDecimal("89.00"),
                "USD",
                "Clothing, Shoes & Jewelry",
                "US"));
    sellers.lists(summit, Sellers.trailShoes("SU-3", "Salomon XA Pro trail running shoes"));
    sellers.lists(summit, Sellers.trailShoes("SU-1", "Salomon Sense Ride trail shoes"));
  }

  @Test
  @Order(1)
  void aDismissalAsksFirstAndTheFindingStopsCounting() {
    browser.signInAs(summit.reviewer());
    browser.open("/listings/" + shoes);
    assertThat(decisionBadge()).isEqualTo("badge-block");
    blockedScore = score();
    WebElement salomon = findingRow("Salomon");

    salomon.findElement(By.name("reason")).sendKeys("Salomon sells to us directly");
    salomon.findElement(By.xpath(".//button[normalize-space()='Dismiss']")).click();
    var question = browser.waitUntil(ExpectedConditions.alertIsPresent());
    assertThat(question.getText()).startsWith("Dismiss this finding as a false positive?");
    question.accept();

    assertThat(browser.successNotice())
        .startsWith("Finding dismissed as a false positive; SU-2 is now");
    assertThat(findingRow("Salomon").getDomProperty("className")).contains("dismissed");
    assertThat(score()).isNotEqualTo(blockedScore);
    assertThat(browser.all(By.cssSelector(".listing-text [data-field=title] mark.evidence")))
        .isEmpty();
  }

  @Test
  @Order(2)
  void aRestoredFindingCountsAgainAndTheDecisionComesBack() {
    findingRow("Salomon").findElement(By.xpath(".//button[normalize-space()='Restore']")).click();

    assertThat(browser.successNotice())
        .startsWith("Finding restored; it counts again and SU-2 is now");
    assertThat(findingRow("Salomon").getDomProperty("className")).doesNotContain("dismissed");
    assertThat(decisionBadge()).isEqualTo("badge-block");
    assertThat(score()).isEqualTo(blockedScore);
    assertThat(browser.all(By.cssSelector(".listing-text [data-field=title] mark.evidence")))
        .extracting(WebElement::getText)
        .containsExactly("Salomon");
    assertThat(browser.visible(By.cssSelector("[data-testid=review-status]")).getText())
        .isEqualTo("open");
  }

  @Test
  @Order(3)
  void anyTableSortsByAHeaderButtonWithTheMouseOrTheKeyboard() {
    var mark =
        browser.visible(
            By.xpath("//table[contains(@class,'findings')]//th/button[normalize-space()='Mark']"));

    mark.click();
    assertThat(findingMarks()).containsExactly("Merrell", "Salomon");
    assertThat(mark.findElement(By.xpath("..")).getDomAttribute("aria-sort"))
        .isEqualTo("ascending");

    mark.sendKeys(Keys.ENTER);
    assertThat(findingMarks()).containsExactly("Salomon", "Merrell");
    assertThat(mark.findElement(By.xpath("..")).getDomAttribute("aria-sort"))
        .isEqualTo("descending");
  }

  @Test
  @Order(4)
  void theQueueSortsBySkuAndKeepsEveryTickedRowAfterAnError() {
    browser.link("Review queue").click();
    browser.visible(By.cssSelector("th a[data-sort=sku]")).click();
    browser.waitUntil(ExpectedConditions.urlContains("sort=sku&dir=asc"));
    assertThat(queueSkus()).containsExactly("SU-1", "SU-2", "SU-3");
    browser.visible(By.cssSelector("th a[data-sort=sku]")).click();
    browser.waitUntil(ExpectedConditions.urlContains("sort=sku&dir=desc"));
    assertThat(queueSkus()).containsExactly("SU-3", "SU-2", "SU-1");
    assertThat(
            browser
                .visible(By.cssSelector("th a[data-sort=sku]"))
                .findElement(By.xpath(".."))
                .getDomAttribute("aria-sort"))
        .isEqualTo("descending");

    browser.visible(By.cssSelector("input[data-select-all]")).click();
    assertThat(rowBoxes()).hasSize(3).allSatisfy(box -> assertThat(box.isSelected()).isTrue());

    browser.button("Accept risk").click();
    browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();

    assertThat(browser.errorNotice()).isEqualTo("Say why the risk is accepted.");
    assertThat(rowBoxes()).hasSize(3).allSatisfy(box -> assertThat(box.isSelected()).isTrue());
    assertThat(browser.visible(By.cssSelector("input[data-select-all]")).isSelected()).isTrue();
    assertThat(queueSkus()).as("still sorted").containsExactly("SU-3", "SU-2", "SU-1");

    rowBoxes().get(0).click();
    assertThat(browser.visible(By.cssSelector("input[data-select-all]")).isSelected()).isFalse();
    browser.visible(By.id("bulk-reason")).sendKeys("Genuine Salomon stock, invoices on file");
    browser.button("Accept risk").click();
    browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();

    assertThat(browser.successNotice()).isEqualTo("2 listings accepted.");
    assertThat(queueSkus()).containsExactly("SU-3");
  }

  private String score() {
    return browser.visible(By.cssSelector("[data-testid=score]")).getText();
  }

  private String decisionBadge() {
    return browser
        .visible(By.cssSelector("main h1 .badge"))
        .getDomAttribute("class")
        .lines()
        .flatMap(c -> java.util.Arrays.stream(c.split("\\s+")))
        .filter(c -> c.startsWith("badge-"))
        .findFirst()
        .orElse("");
  }

  private WebElement findingRow(String mark) {
    return browser.waitUntil(
        d ->
            d.findElements(By.cssSelector("table.findings tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(2).getText().startsWith(mark))
                .findFirst()
                .orElse(null));
  }

  private List<String> findingMarks() {
    return browser
        .all(By.cssSelector("table.findings tbody tr td:nth-child(3) > span:first-child"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> queueSkus() {
    return browser.all(By.cssSelector("table.queue tbody td.mono")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<WebElement> rowBoxes() {
    return browser.all(By.cssSelector("table.queue tbody input[name=listingIds]"));
  }
}
