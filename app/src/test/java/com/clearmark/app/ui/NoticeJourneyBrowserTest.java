package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.registry.Marks;
import com.clearmark.app.support.EnforcementRows;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.util.Set;
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
 * A reviewer drafts a takedown notice from a case of a replica charger on amazon.de, sees its
 * checks pass, approves it, records it as uploaded and drafts a correction of the sent notice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeJourneyBrowserTest extends ClearmarkInChromium {

  @Autowired Marks marks;
  @Autowired JdbcClient jdbc;

  Sellers.Seller brand;
  long replicaCase;

  @BeforeAll
  void aReplicaCase() {
    brand = sellers.seller("E Voltra Notices");
    marks.insert(
        brand.organizationId(),
        new Mark(
            "VOLTRA", "Voltra Power Inc.", "018234567", "EU", Set.of(9), MarkStatus.LIVE, false),
        true,
        null);
    var rows = new EnforcementRows(jdbc);
    rows.settings(brand.organizationId(), false);
    replicaCase =
        rows.listingCase(
            brand.organizationId(), "amazon.de", "B0EJOURNEY", "Voltrra", "TM_LOOKALIKE", false);
  }

  private void statusIs(String label) {
    browser.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[data-testid=notice-status]"), label));
  }

  @Test
  @Order(1)
  void aNoticeIsDraftedFromTheCaseAndEveryCheckPasses() {
    browser.signInAs(brand.reviewer());
    browser.open("/cases/" + replicaCase + "/notices");
    browser.button("Draft a notice").click();

    statusIs("Draft");
    assertThat(browser.all(By.cssSelector("[data-check]"))).hasSize(8);
    assertThat(browser.all(By.cssSelector("[data-passed=false]"))).isEmpty();
  }

  @Test
  @Order(2)
  void theReviewerApprovesAndRecordsTheUpload() {
    browser.button("Approve").click();
    statusIs("Approved");

    new Select(browser.find(By.id("via"))).selectByVisibleText("Bulk CSV upload");
    browser.button("Record as sent").click();
    statusIs("Sent");
    assertThat(browser.mainText()).contains("via Bulk CSV upload");
  }

  @Test
  @Order(3)
  void aCorrectionOfTheSentNoticeIsANewDraft() {
    String sent = browser.path();
    browser.button("Draft a correction").click();

    statusIs("Draft");
    assertThat(browser.path()).isNotEqualTo(sent);
    assertThat(browser.mainText()).contains("Corrects notice #");
  }
}
