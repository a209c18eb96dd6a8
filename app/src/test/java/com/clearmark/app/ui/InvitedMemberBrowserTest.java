package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Alex, the admin of Harbor Lights Outfitters, invites Quinn, who has no account yet, and hands
 * Quinn the invitation code: Quinn's first sign-in leads to choosing a password of their own, then
 * to the invitation, which takes the code, then to work.
 */
class InvitedMemberBrowserTest extends ClearmarkInChromium {

  Sellers.Seller harbor;

  @BeforeAll
  void openTheSeller() {
    harbor = sellers.seller("Harbor Lights Outfitters");
  }

  @Test
  void aNewMemberChoosesTheirOwnPasswordBeforeJoiningTheOrganization() {
    browser.signInAs(harbor.admin());
    browser.open("/settings");
    browser.driver().findElement(By.id("m-email")).sendKeys("quinn@harbor-lights.test");
    browser.driver().findElement(By.id("m-name")).sendKeys("Quinn Packer");
    browser.driver().findElement(By.id("m-password")).sendKeys("first day at the dock");
    new Select(browser.driver().findElement(By.id("m-role"))).selectByValue("REVIEWER");
    browser.button("Invite member").click();
    assertThat(browser.successNotice())
        .startsWith("quinn@harbor-lights.test is invited as a reviewer.");
    // Alex hands Quinn the code, which the page shows only this once.
    String code = browser.visible(By.id("invitation-code")).getDomProperty("value");
    browser.signOut();

    browser.signInWith("quinn@harbor-lights.test", "first day at the dock");
    browser.waitUntil(d -> path().equals("/settings/password"));
    assertThat(browser.visible(By.id("password-change-required")).getText())
        .contains("set by an admin");

    choosePassword("first day at the dock", "password1234");
    assertThat(browser.visible(By.cssSelector(".field-error")).getText())
        .contains("known from data breaches");
    choosePassword("first day at the dock", "rope ladder and two gulls");

    // The form posts and the browser follows the redirect; wait for the page it lands on.
    browser.waitUntil(d -> path().equals("/invitations"));
    assertThat(browser.successNotice()).isEqualTo("Your password has been changed.");
    assertThat(browser.mainText()).contains("Harbor Lights Outfitters").contains("Reviewer");
    browser.driver().findElement(By.name("code")).sendKeys("not the code at all");
    browser.button("Join").click();
    assertThat(browser.visible(By.cssSelector(".notice-error")).getText())
        .contains("not the invitation code from Harbor Lights Outfitters");
    browser.driver().findElement(By.name("code")).sendKeys(code);
    browser.button("Join").click();

    browser.waitUntil(d -> path().equals("/"));
    assertThat(browser.successNotice())
        .isEqualTo("You joined Harbor Lights Outfitters as a reviewer.");
    assertThat(browser.visible(By.cssSelector("header .user")).getText())
        .contains("Quinn Packer")
        .contains("Reviewer");
  }

  private String path() {
    return browser.path();
  }

  private void choosePassword(String current, String chosen) {
    for (String id : new String[] {"current", "password", "repeated"}) {
      browser.driver().findElement(By.id(id)).clear();
    }
    browser.driver().findElement(By.id("current")).sendKeys(current);
    browser.driver().findElement(By.id("password")).sendKeys(chosen);
    browser.driver().findElement(By.id("repeated")).sendKeys(chosen);
    browser.button("Change password").click();
  }
}
