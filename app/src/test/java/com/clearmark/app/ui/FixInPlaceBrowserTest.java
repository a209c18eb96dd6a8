package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.screening.ListingInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A seller fixes a flagged listing without leaving Clearmark: Ridgeway's trail shoes name Salomon
 * in their backend keywords; the reviewer opens the listing, previews the suggested correction,
 * saves it, and sees the new version pass, with the corrected file ready to upload.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixInPlaceBrowserTest extends ClearmarkInChromium {

  Sellers.Seller ridgeway;
  long shoes;

  @BeforeAll
  void aSellerWhoseKeywordsNameAThirdPartyMark() throws InterruptedException {
    ridgeway = sellers.seller("Ridgeway Trail Co");
    sellers.registers(ridgeway, Sellers.SALOMON);
    shoes =
        sellers.lists(
            ridgeway,
            new ListingInput(
                "RW-200",
                "B0RIDGE200",
                "Ridgeway trail running shoes",
                "Ridgeway",
                List.of("Grippy lugs", "Quick laces"),
                "Trail shoes for wet ground.",
                "salomon trail running shoes",
                new BigDecimal("79.00"),
                "USD",
                "Clothing, Shoes & Jewelry",
                "US"));
  }

  @Test
  @Order(1)
  void theFindingOffersACorrectionThatIsPreviewedAsADiffWithTheDecisionItWouldGet() {
    browser.signInAs(ridgeway.reviewer());
    browser.open("/listings/" + shoes);
    WebElement suggestion = browser.visible(By.cssSelector("[data-testid=finding-suggestion]"));
    assertThat(suggestion.getText()).containsIgnoringCase("search terms");
    suggestion.findElement(By.linkText("Preview fix")).click();

    browser.waitUntil(d -> d.getTitle().startsWith("Fix RW-200"));
    assertThat(browser.visible(By.cssSelector("[data-testid=diff] del")).getText())
        .containsIgnoringCase("salomon");
    assertThat(
            browser
                .visible(By.cssSelector("[data-testid=preview-outcome]"))
                .getDomAttribute("data-decision"))
        .isEqualTo("PASS");
    assertThat(browser.visible(By.id("searchTerms")).getDomProperty("value"))
        .doesNotContainIgnoringCase("salomon");
  }

  @Test
  @Order(2)
  void theSellerEditsTheCorrectionSavesItAndTheNewVersionPassesAtOnce() {
    var description = browser.visible(By.id("description"));
    description.clear();
    description.sendKeys("Trail shoes for wet ground, with a grippy outsole.");
    browser.button("Save as version 2 and screen").click();

    assertThat(browser.successNotice()).startsWith("Saved version 2 and screened it: ");
    assertThat(browser.visible(By.cssSelector("[data-testid=score]")).getText()).isEqualTo("0");
    assertThat(browser.visible(By.cssSelector(".listing-text")).getText())
        .contains("with a grippy outsole")
        .doesNotContainIgnoringCase("salomon");
    assertThat(browser.visible(By.cssSelector("[data-testid=corrected-download]")).getText())
        .contains("Download this listing as a flat file");
    assertThat(browser.shows(By.cssSelector("[data-testid=finding-suggestion]"))).isFalse();
  }
}
