package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.screening.ListingInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Alex, the admin at Ridgeline Hydration, registers a competitor's bottle patent in the form; the
 * bottle Riley then lists shows every element of its first claim, so the listing waits for review
 * with the patent named, and is not blocked. Alex charts the claim against the listing.
 */
class PatentBrowserTest extends ClearmarkInChromium {

  Sellers.Seller ridgeline;

  @BeforeAll
  void openTheSeller() {
    ridgeline = sellers.seller("Ridgeline Hydration");
  }

  static ListingInput strawBottle(String sku) {
    return new ListingInput(
        sku,
        "B0RIDGE001",
        "Ridgeline 750 ml insulated drinking bottle with straw lid",
        "Ridgeline",
        List.of(
            "Double-walled body keeps drinks cold for 24 hours",
            "Lid threaded onto the body, with a straw extending through the lid",
            "Carabiner loop formed on the lid clips to your pack"),
        "A bottle for the trail.",
        "water bottle",
        new BigDecimal("24.99"),
        "USD",
        "Kitchen & Dining > Water Bottles",
        "US");
  }

  @Test
  void aListingShowingEveryElementOfAWatchedPatentWaitsForReviewAndIsCharted() {
    browser.signInAs(ridgeline.admin());
    browser.link("Patents").click();
    browser.link("Add a patent").click();
    browser.visible(By.id("number")).sendKeys("11234567");
    browser.find(By.id("title")).sendKeys("Insulated drinking bottle with a straw lid");
    browser.find(By.id("assignee")).sendKeys("Summit Drinkware LLC");
    type(browser.find(By.id("filed")), "2019-03-01");
    type(browser.find(By.id("granted")), "2021-06-15");
    browser
        .find(By.id("claims"))
        .sendKeys(
            "1. A drinking bottle comprising: a double-walled body; a lid threaded onto the body; a"
                + " straw extending through the lid; and a carabiner loop formed on the lid.");
    browser.button("Add patent").click();

    assertThat(browser.successNotice()).contains("US 11234567 added");
    assertThat(browser.visible(By.id("term")).getText()).contains("In force until 2039-03-01");

    sellers.lists(ridgeline, strawBottle("RH-750"));
    browser.link("Listings").click();
    browser.link("RH-750").click();
    browser.waitUntil(d -> d.getTitle().startsWith("RH-750"));
    assertThat(browser.visible(By.cssSelector("main h1")).getText()).contains("To review");
    WebElement rule =
        browser.visible(By.cssSelector("table.findings tbody a[href='/help/rules/PT_CLAIM']"));
    assertThat(rule.getText()).isNotBlank().doesNotContain("PT_CLAIM");
    assertThat(browser.visible(By.cssSelector("table.findings")).getText()).contains("US 11234567");

    browser.link("Patents").click();
    browser.link("US 11234567").click();
    browser.link("Claim chart").click();
    new Select(browser.visible(By.id("claim"))).selectByValue("1");
    browser.find(By.id("asins")).sendKeys("B0RIDGE001");
    browser.button("Chart the claim").click();

    assertThat(browser.visible(By.id("chart-summary")).getText())
        .startsWith("1 of 1 listings show every element");
    assertThat(browser.all(By.cssSelector("#chart-table td")))
        .extracting(td -> td.getAttribute("data-shown"))
        .containsOnly("SHOWN");
  }

  /** Types a date as the date control takes it in Chromium: through a script, as an ISO value. */
  private void type(WebElement dateInput, String isoDate) {
    browser.script("arguments[0].value = arguments[1];", dateInput, isoDate);
  }
}
