package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Summit Supply imports a catalogue large enough that its import page opens while the job is still
 * running, so everything the reviewer learns about the result arrives through the polling panel.
 */
class ImportProgressBrowserTest extends ClearmarkInChromium {

  /** Enough rows that reading and screening them outlasts loading the import page. */
  static final int CLEAN_ROWS = 3000;

  @TempDir Path downloads;

  @Test
  void theRefusedRowsAppearAsSoonAsThePollingPanelSaysDone() throws IOException {
    var summit = sellers.seller("Summit Supply");
    Path csv = downloads.resolve("summit-catalogue.csv");
    Files.writeString(csv, catalogueWithABadPriceOnItsLastLine(), StandardCharsets.UTF_8);
    int badLine = CLEAN_ROWS + 2;
    browser.signInAs(summit.reviewer());
    browser.open("/imports");

    browser.visible(By.id("file")).sendKeys(csv.toString());
    browser.button("Import").click();

    boolean stillRunning = browser.visible(By.id("progress")).getDomAttribute("hx-get") != null;
    assumeTrue(stillRunning, "the import finished before its page opened; nothing was polled");
    assertThat(browser.progressPanelOnceFinished().getText())
        .contains("Done.")
        .contains("1 row rejected.");
    assertThat(browser.rejectedRows()).containsExactly(List.of(String.valueOf(badLine), "price"));
  }

  private static String catalogueWithABadPriceOnItsLastLine() {
    var csv =
        new StringBuilder(
            "sku,asin,title,brand,bullet_points,description,search_terms,price,currency,category,"
                + "marketplace\n");
    for (int i = 1; i <= CLEAN_ROWS; i++) {
      csv.append("SU-")
          .append(i)
          .append(",,Insulated water bottle ")
          .append(i)
          .append(" ml,Summit,Keeps drinks cold,Steel bottle.,water bottle,19.90,USD,Sports,US\n");
    }
    csv.append("SU-BAD,,Camping mug,Summit,Enamel,Mug.,mug,abc,USD,Sports,US\n");
    return csv.toString();
  }
}
