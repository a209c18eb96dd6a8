package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.support.ProductPhotos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * E Trailhead Outfitters registers the studio photo of its bottle as a work, then finds that one of
 * its listings carries a shrunk copy of it: the admin uploads the photo, the reviewer uploads the
 * listing's image on the listing's page, and the listing shows the copyright finding with both
 * images side by side.
 */
class WorksBrowserTest extends ClearmarkInChromium {

  @TempDir Path files;
  @Autowired RegistryIndexes indexes;
  Sellers.Seller trailhead;
  long listingId;

  @BeforeAll
  void openTheSeller() {
    trailhead = sellers.seller("E Trailhead Outfitters");
    listingId = sellers.lists(trailhead, Sellers.trailShoes("E-TH-BOTTLE", "Trail Bottle 750 ml"));
  }

  @Test
  void aRegisteredPhotoCopiedIntoAListingImageShowsAsAFindingBesideTheWork()
      throws IOException, InterruptedException {
    browser.signInAs(trailhead.admin());
    registersThePhoto();
    uploadsTheListingImage();
    seesTheFindingWithBothImages();
  }

  private void registersThePhoto() throws IOException {
    browser.link("Works").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Works"));
    browser.link("Register a work").click();
    browser.waitUntil(d -> d.getTitle().startsWith("Register a work"));
    new Select(browser.visible(By.id("kind"))).selectByVisibleText("Product photo");
    browser.visible(By.id("title")).sendKeys("Trail bottle, studio photo");
    browser.visible(By.id("owner")).sendKeys("Trailhead Outfitters LLC");
    Path photo = files.resolve("bottle-studio.png");
    Files.write(photo, ProductPhotos.trailBottle());
    browser.visible(By.id("file")).sendKeys(photo.toString());
    browser.button("Register the work").click();

    browser.waitUntil(d -> d.getTitle().startsWith("Trail bottle, studio photo"));
    assertThat(browser.successNotice())
        .isEqualTo("\"Trail bottle, studio photo\" registered; listings are screened against it.");
    assertThat(imageLoaded(By.cssSelector("img[data-testid=work-image]"))).isTrue();
  }

  private void uploadsTheListingImage() throws IOException {
    browser.open("/listings/" + listingId);
    // The images section is loaded into the listing's page by htmx.
    browser.visible(By.id("listing-image-file"));
    Path copy = files.resolve("main.jpg");
    Files.write(copy, ProductPhotos.trailBottleShrunk());
    browser.visible(By.id("listing-image-file")).sendKeys(copy.toString());
    browser.button("Upload image").click();

    browser.waitUntil(d -> d.getTitle().startsWith("Images of E-TH-BOTTLE"));
    assertThat(browser.successNotice())
        .isEqualTo("Image 1 added; the listing is screened again against your works.");
    assertThat(browser.visible(By.cssSelector(".image-list figcaption")).getText())
        .isEqualTo("1. main.jpg");
  }

  private void seesTheFindingWithBothImages() throws InterruptedException {
    indexes.awaitIdle(trailhead.organizationId(), Duration.ofSeconds(20));
    browser.open("/listings/" + listingId);

    var pair = browser.visible(By.cssSelector("[data-testid=image-pair]"));
    assertThat(browser.mainText()).contains("Image copies a registered work");
    assertThat(pair.getText())
        .contains("This listing")
        .contains("Work: Trail bottle, studio photo");
    assertThat(imageLoaded(By.cssSelector("[data-testid=image-pair] figure:first-child img")))
        .isTrue();
    assertThat(imageLoaded(By.cssSelector("[data-testid=image-pair] figure:last-child img")))
        .isTrue();
  }

  /** Whether the browser fetched and decoded the image, as a person would see it. */
  private boolean imageLoaded(By image) {
    var img = browser.visible(image);
    browser.waitUntil(
        d -> Boolean.TRUE.equals(browser.script("return arguments[0].complete;", img)));
    Object width = browser.script("return arguments[0].naturalWidth;", img);
    return width instanceof Number n && n.longValue() > 0;
  }
}
