package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.registry.Marks;
import com.clearmark.app.support.EnforcementRows;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A brand's reviewer goes from captured listings to a takedown that stays down: imports a day's
 * captures, validates the case the replica raised, drafts a notice whose checks all pass, approves
 * and records it as sent; the next day's captures find the listing gone and the same jacket back
 * under a new ASIN from another storefront of the same operation, which the relisting case and the
 * networks page show.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrandJourneyBrowserTest extends ClearmarkInChromium {

  static final String HEADER =
      "marketplace,listing_id,url,seller_id,seller_name,seller_address,seller_phone,seller_email,"
          + "price,currency,captured_at,available,title,brand,bullet_points,description,"
          + "search_terms,category\n";

  static final String REPLICA =
      "https://www.amazon.com/dp/B0FJRNY001,A3FPEAKDEALS,F PeakDeals Store,"
          + "\"Unit 5, 88 Harbour Road, Shenzhen\",+1 (415) 555-0142,peakdeals.shop@gmail.com,"
          + "24.99,USD,";

  static final String REPLICA_TEXT =
      ",Altura Summit Replica Waterproof Hiking Jacket,Altura,"
          + "Same look as the original|Waterproof coating|Fast shipping,"
          + "Replica of the Altura Summit jacket at a fraction of the price.,altura jacket,Clothing\n";

  @Autowired Marks marks;
  @Autowired JdbcClient jdbc;

  Sellers.Seller brand;
  Path today;
  Path tomorrow;
  long replicaCase;

  @BeforeAll
  void aBrandWithItsMarkAndTwoDaysOfCaptures() throws IOException {
    brand = sellers.seller("F Altura Journey");
    marks.insert(
        brand.organizationId(),
        new Mark(
            "ALTURA",
            "Altura Outdoor Inc.",
            "6123456",
            "US",
            Set.of(18, 25),
            MarkStatus.LIVE,
            false),
        true,
        null);
    new EnforcementRows(jdbc).settings(brand.organizationId(), false);
    today =
        write(
            "captures-today.csv",
            HEADER
                + "amazon.com,B0FJRNY001,"
                + REPLICA
                + "2026-11-28T09:00:00Z,true"
                + REPLICA_TEXT
                + "amazon.com,B0FJRNY002,https://www.amazon.com/dp/B0FJRNY002,A6FFITRIGHT,"
                + "F FitRight Parts,\"5 Mill Road, Leeds LS1 4AP\",+44 113 555 0155,"
                + "support@fitright.example,14.99,USD,2026-11-28T09:00:00Z,true,"
                + "\"Replacement Hip Belt, Compatible with Altura Backpacks\",FitRight,"
                + "Fits 30 to 45 litre packs,A replacement hip belt for hiking packs.,hip belt,"
                + "Sports & Outdoors\n");
    tomorrow =
        write(
            "captures-tomorrow.csv",
            HEADER
                + "amazon.com,B0FJRNY001,"
                + REPLICA
                + "2026-11-29T09:00:00Z,false"
                + REPLICA_TEXT
                + "amazon.com,B0FJRNY015,https://www.amazon.com/dp/B0FJRNY015,A3FPEAKDEALS7,"
                + "F PeakDeals Outlet 7,\"Unit 5, 88 Harbour Rd., Shenzhen\",415.555.0142,"
                + "peak.deals.shop+outlet@gmail.com,22.99,USD,2026-11-29T09:00:00Z,true,"
                + "Altura Summit Replica Waterproof Jacket for Hiking,Altura,"
                + "Same look as the original|Waterproof coating|Fast shipping,"
                + "Replica of the Altura Summit jacket at a fraction of the price.,altura jacket,"
                + "Clothing\n");
  }

  @AfterAll
  void removeTheFiles() throws IOException {
    Files.deleteIfExists(today);
    Files.deleteIfExists(tomorrow);
  }

  private static Path write(String name, String text) throws IOException {
    Path file = Files.createTempFile("brand-journey-", "-" + name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private void importCaptures(Path file) {
    browser.open("/monitoring");
    browser.visible(By.id("file")).sendKeys(file.toString());
    browser.button("Import").click();
    assertThat(browser.progressPanelOnceFinished().getDomAttribute("data-status"))
        .isEqualTo("SUCCEEDED");
  }

  private long caseOf(String listingId) {
    return jdbc
        .sql(
            "select c.id from enforcement_cases c join monitored_listings l on l.id ="
                + " c.monitored_listing_id where c.organization_id = ? and l.listing_id = ?"
                + " order by c.id desc")
        .params(brand.organizationId(), listingId)
        .query(Long.class)
        .list()
        .stream()
        .findFirst()
        .orElse(0L);
  }

  private void caseStatusIs(String status) {
    browser.waitUntil(
        ExpectedConditions.attributeToBe(
            By.cssSelector("[data-testid=case-status]"), "data-status", status));
  }

  private void noticeStatusIs(String label) {
    browser.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[data-testid=notice-status]"), label));
  }

  @Test
  @Order(1)
  void theDaysCapturesOpenACaseForTheReplicaAndNoneForTheAccessory() {
    browser.signInAs(brand.reviewer());
    importCaptures(today);

    replicaCase = caseOf("B0FJRNY001");
    assertThat(replicaCase).as("a case for the replica").isPositive();
    assertThat(caseOf("B0FJRNY002")).as("an accessory naming what it fits").isZero();

    browser.open("/cases");
    assertThat(browser.mainText()).contains("F PeakDeals Store").doesNotContain("F FitRight Parts");
  }

  @Test
  @Order(2)
  void theReviewerValidatesTheCase() {
    browser.open("/cases/" + replicaCase);
    caseStatusIs("DETECTED");
    browser.find(By.id("validate-note")).sendKeys("Replica wording, a fraction of the price");
    browser.find(By.id("validate")).click();
    caseStatusIs("VALIDATED");
  }

  @Test
  @Order(3)
  void aCheckedNoticeIsDraftedApprovedAndRecordedAsSent() {
    browser.open("/cases/" + replicaCase + "/notices");
    browser.button("Draft a notice").click();
    noticeStatusIs("Draft");
    assertThat(browser.all(By.cssSelector("[data-check]"))).isNotEmpty();
    assertThat(browser.all(By.cssSelector("[data-passed=false]")))
        .as("every accuracy check passes")
        .isEmpty();

    browser.button("Approve").click();
    noticeStatusIs("Approved");
    new Select(browser.find(By.id("via"))).selectByVisibleText("Bulk CSV upload");
    browser.button("Record as sent").click();
    noticeStatusIs("Sent");

    browser.open("/cases/" + replicaCase);
    caseStatusIs("SENT");
  }

  @Test
  @Order(4)
  void theNextCaptureRecordsTheTakedownAndCatchesTheRelisting() {
    importCaptures(tomorrow);

    browser.open("/cases/" + replicaCase);
    caseStatusIs("REMOVED");

    long relisting = caseOf("B0FJRNY015");
    assertThat(relisting).as("a case for the relisted jacket").isPositive();
    browser.open("/cases/" + relisting);
    assertThat(browser.mainText()).contains("Relisting of").contains("case #" + replicaCase);
  }

  @Test
  @Order(5)
  void theTwoStorefrontsAreOneNetwork() {
    browser.open("/networks");
    assertThat(browser.mainText()).contains("F PeakDeals Store").contains("F PeakDeals Outlet 7");
    assertThat(browser.mainText()).doesNotContain("F FitRight Parts");
  }
}
