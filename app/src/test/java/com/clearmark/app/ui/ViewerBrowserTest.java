package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Vic is a viewer at Granite Peak Outdoor: he reads everything, including the evidence against a
 * blocked listing, but is offered no decision to take and nothing to upload.
 */
class ViewerBrowserTest extends ClearmarkInChromium {

  Sellers.Seller granitePeak;

  @BeforeAll
  void openTheSellerWithABlockedListing() throws InterruptedException {
    granitePeak = sellers.seller("Granite Peak Outdoor");
    sellers.registers(granitePeak, Sellers.SALOMON);
    sellers.lists(granitePeak, Sellers.trailShoes("GP-2001", "Salomon XA Pro trail running shoes"));
  }

  @Test
  void aViewerReadsTheEvidenceOfAFlaggedListingButIsOfferedNoDecision() {
    browser.signInAs(granitePeak.viewer());
    browser.link("Review queue").click();
    browser.link("GP-2001").click();

    browser.waitUntil(d -> d.getTitle().startsWith("GP-2001"));
    assertThat(browser.visible(By.cssSelector("main h1")).getText()).contains("Blocked");
    assertThat(browser.all(By.cssSelector(".listing-text mark.evidence")))
        .extracting(WebElement::getText)
        .containsExactly("Salomon");
    // The rule is named in words and links to its help page.
    assertThat(
            browser
                .visible(By.cssSelector("table.findings tbody a[href='/help/rules/TM_EXACT']"))
                .getText())
        .isNotBlank()
        .doesNotContain("TM_EXACT");

    assertThat(browser.shows(By.id("decide"))).as("the Review decision section").isFalse();
    assertThat(browser.shows(By.id("accept-reason"))).isFalse();
    assertThat(browser.shows(By.xpath("//button[normalize-space()='Accept risk']"))).isFalse();
    assertThat(browser.shows(By.xpath("//button[normalize-space()='Mark fixed']"))).isFalse();
    assertThat(browser.shows(By.xpath("//button[normalize-space()='Dismiss']"))).isFalse();
  }

  @Test
  void theReviewerOfTheSameSellerIsOfferedTheDecision() {
    browser.signInAs(granitePeak.reviewer());
    browser.link("Review queue").click();
    browser.link("GP-2001").click();

    assertThat(browser.visible(By.id("decide")).getText()).isEqualTo("Review decision");
    assertThat(browser.shows(By.id("accept-reason"))).isTrue();
  }

  @Test
  void aViewerFindsTheImportHistoryButNoUploadForm() {
    browser.signInAs(granitePeak.viewer());
    browser.link("Imports").click();

    assertThat(browser.visible(By.cssSelector("main h1")).getText()).isEqualTo("Imports");
    assertThat(browser.mainText()).contains("History");
    assertThat(browser.shows(By.cssSelector("main form.upload-form"))).isFalse();
    assertThat(browser.shows(By.cssSelector("input[type=file]"))).isFalse();
    assertThat(browser.shows(By.xpath("//button[normalize-space()='Import']"))).isFalse();
  }
}
