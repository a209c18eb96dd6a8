package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.annotation.Import;

/**
 * The demo seller sees, before any complaint arrives, which resold listings would lose an appeal
 * and why; then records complaints kept in a spreadsheet, where a bad file records nothing and says
 * which line is wrong.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(TestClock.AsServiceClock.class)
class RiskAndComplaintFileBrowserTest extends DemoSellerInChromium {

  static final LocalDate TODAY = TestClock.TODAY;
  static int riskBefore;

  @TempDir static Path files;

  static Path file(String name, String content) throws IOException {
    return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
  }

  String row(String sku) {
    return browser
        .find(By.xpath("//table[@id='listings-at-risk']//tr[td/a[text()='" + sku + "']]"))
        .getText();
  }

  @Test
  @Order(1)
  void theDashboardLeadsToTheResoldListingsThatWouldLoseAnAppealAndWhy() {
    browser.signInWith(REVIEWER, REVIEWER_PASSWORD);
    browser.waitUntil(ExpectedConditions.titleContains("Dashboard"));

    assertThat(browser.find(By.id("at-risk-summary")).getText())
        .contains("would lose an appeal today");
    browser.find(By.linkText("See what is missing")).click();
    browser.waitUntil(ExpectedConditions.titleContains("Listings at risk"));

    assertThat(row("BO-3002")).contains("No invoice recorded covers B0DEMO1014");
    assertThat(row("NK-4001")).contains("EW-2025-0087", "400 days");
    assertThat(row("AN-2002")).contains("Invoices cover 150 of", "units short");
    assertThat(row("BO-3001")).contains("Quickship Traders has no phone number");
    assertThat(browser.all(By.xpath("//table[@id='listings-at-risk']//a[text()='AN-2001']")))
        .as("the charger's invoice covers its sales")
        .isEmpty();
  }

  @Test
  @Order(2)
  void aComplaintFileWithABadRowRecordsNothingAndNamesTheLine() throws IOException {
    browser.open("/complaints");
    riskBefore = Integer.parseInt(browser.find(By.cssSelector("[data-stat=risk]")).getText());
    Path bad =
        file(
            "bad-complaints.csv",
            "complaint_id,type,notice_date,asins\n"
                + "CSV-501,Trademark,"
                + TODAY.minusDays(1)
                + ",B0DEMO1013\n"
                + "CSV-502,Trademark,"
                + TODAY.plusDays(3)
                + ",B0DEMO1013\n");
    browser.find(By.id("complaints-file")).sendKeys(bad.toString());
    browser.find(By.id("complaints-file")).findElement(By.xpath("ancestor::form")).submit();

    var problems =
        browser.waitUntil(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("ul[aria-label='Problems in the file']")));
    assertThat(problems.getText())
        .contains("bad-complaints.csv line 3: notice_date")
        .contains("in the future");
    assertThat(browser.find(By.cssSelector(".notice-error[role=alert]")).getText())
        .contains("no complaint was recorded");
    assertThat(browser.find(By.cssSelector("main")).getText()).doesNotContain("CSV-501");
  }

  @Test
  @Order(3)
  void aGoodComplaintFileRecordsEveryRowAndRaisesTheRiskChart() throws IOException {
    Path good =
        file(
            "complaints.csv",
            "complaint_id,type,notice_date,asins,rights_owner\n"
                + "CSV-601,Counterfeit,"
                + TODAY.minusDays(1)
                + ",B0DEMO1013,Bose Corporation\n"
                + "CSV-602,Trademark,"
                + TODAY.minusDays(1)
                + ",B0DEMO1017,\"Nike, Inc.\"\n");
    browser.find(By.id("complaints-file")).sendKeys(good.toString());
    browser.find(By.id("complaints-file")).findElement(By.xpath("ancestor::form")).submit();

    assertThat(
            browser
                .waitUntil(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".notice-success")))
                .getText())
        .isEqualTo("2 complaints recorded from complaints.csv.");
    assertThat(browser.find(By.cssSelector("table.data")).getText()).contains("CSV-601", "CSV-602");
    assertThat(browser.all(By.cssSelector("figure.risk-trend circle"))).hasSize(26);
    assertThat(browser.find(By.cssSelector("figure.risk-trend figcaption")).getText())
        .contains("today");
    assertThat(Integer.parseInt(browser.find(By.cssSelector("[data-stat=risk]")).getText()))
        .as("a counterfeit complaint and a second one from Nike")
        .isGreaterThanOrEqualTo(riskBefore + 20 + 5);
  }
}
