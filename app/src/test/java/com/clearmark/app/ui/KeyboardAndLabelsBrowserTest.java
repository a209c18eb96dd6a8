package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A member of Cedar Ridge Supply who works without a mouse or with a screen reader: the keyboard
 * reaches the sign-in form and the page content first, and every form field says what it is.
 */
class KeyboardAndLabelsBrowserTest extends ClearmarkInChromium {

  Sellers.Seller cedarRidge;

  @BeforeAll
  void openTheSeller() {
    cedarRidge = sellers.seller("Cedar Ridge Supply");
  }

  @Test
  void theSignInPageStartsInTheEmailFieldAndTheKeyboardAloneSignsIn() {
    browser.forgetSession();
    browser.open("/login");

    assertThat(browser.focused().getDomAttribute("id")).isEqualTo("username");
    press(cedarRidge.reviewer().email(), Keys.TAB);
    assertThat(browser.focused().getDomAttribute("id")).isEqualTo("password");
    press(cedarRidge.reviewer().password(), Keys.TAB);
    assertThat(browser.focused().getText()).isEqualTo("Sign in");
    press(Keys.ENTER);

    browser.waitUntil(d -> d.getTitle().startsWith("Dashboard"));
    assertThat(browser.mainText()).contains("Cedar Ridge Supply");
  }

  @Test
  void theFirstTabOnAPageReachesTheSkipLinkWhichLeadsPastTheNavigation() {
    browser.signInAs(cedarRidge.admin());

    for (String page : List.of("/", "/imports", "/registry/new")) {
      browser.open(page);
      press(Keys.TAB);
      WebElement skip = browser.focused();
      assertThat(skip.getText()).as("first Tab on %s", page).isEqualTo("Skip to content");
      assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
      assertThat(skip.getLocation().getX()).as("the focused skip link is on screen").isPositive();

      press(Keys.ENTER, Keys.TAB);
      assertThat(
              browser.script(
                  "return document.querySelector('main').contains(document.activeElement)"))
          .as("the Tab after the skip link lands in the content of %s, not the menu", page)
          .isEqualTo(true);
    }
  }

  @Test
  void everyFieldOfTheImportFormHasALabel() {
    browser.signInAs(cedarRidge.admin());
    browser.open("/imports");

    var form = browser.visible(By.cssSelector("main form.upload-form"));
    assertThat(fieldIds(form))
        .contains("kind-catalogue", "kind-registry", "own", "file", "encoding");
    assertThat(unlabelledFields(form)).isEmpty();
  }

  @Test
  void everyFieldOfTheAddAMarkFormHasALabel() {
    browser.signInAs(cedarRidge.admin());
    browser.open("/registry/new");

    var form = browser.visible(By.cssSelector("main form"));
    assertThat(fieldIds(form))
        .contains("name", "owner", "registration", "jurisdiction", "niceClasses", "status");
    assertThat(unlabelledFields(form)).isEmpty();
  }

  private void press(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private static List<WebElement> fields(WebElement form) {
    return form.findElements(
        By.cssSelector("input:not([type=hidden]), select, textarea, button:not([type=submit])"));
  }

  private static List<String> fieldIds(WebElement form) {
    return fields(form).stream().map(f -> f.getDomAttribute("id")).toList();
  }

  /**
   * The fields that a screen reader would announce without a name: neither a {@code label for}
   * their id, with some text in it, nor a label around them.
   */
  private List<String> unlabelledFields(WebElement form) {
    var unlabelled = new ArrayList<String>();
    for (WebElement field : fields(form)) {
      String id = field.getDomAttribute("id");
      boolean labelledById =
          id != null
              && browser.all(By.cssSelector("label[for='" + id + "']")).stream()
                  .anyMatch(label -> !label.getDomProperty("textContent").isBlank());
      boolean wrapped = !field.findElements(By.xpath("ancestor::label")).isEmpty();
      if (!labelledById && !wrapped) {
        unlabelled.add(field.getTagName() + (id == null ? "" : "#" + id));
      }
    }
    return unlabelled;
  }
}
