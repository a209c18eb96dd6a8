package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A member of Pinecrest Gear signs in, sees their organization and signs out again. */
class SigningInBrowserTest extends ClearmarkInChromium {

  Sellers.Seller pinecrest;

  @BeforeAll
  void openTheSeller() {
    pinecrest = sellers.seller("Pinecrest Gear");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhetherTheEmailExists() {
    browser.forgetSession();

    browser.signInWith(pinecrest.reviewer().email(), "not my password");

    assertThat(browser.errorNotice()).isEqualTo("Wrong email or password.");
    assertThat(browser.path()).isEqualTo("/login?error");
    assertThat(browser.shows(By.linkText("Dashboard"))).isFalse();
  }

  @Test
  void theRightPasswordOpensTheDashboardOfTheMembersOrganization() {
    browser.signInAs(pinecrest.reviewer());

    assertThat(browser.path()).isEqualTo("/");
    assertThat(browser.driver().getTitle()).isEqualTo("Dashboard · Clearmark");
    assertThat(browser.visible(By.cssSelector("main h1")).getText()).isEqualTo("Dashboard");
    assertThat(browser.mainText()).contains("Pinecrest Gear");
    assertThat(browser.visible(By.cssSelector("header .user")).getText())
        .contains("Riley Reviewer");
    assertThat(browser.visible(By.cssSelector("header .user .role")).getText())
        .isEqualTo("Reviewer");
  }

  @Test
  void signingOutSaysSoAndTheDashboardAsksForASignInAgain() {
    browser.signInAs(pinecrest.reviewer());

    browser.signOut();

    assertThat(browser.successNotice()).isEqualTo("You have been signed out.");
    browser.open("/");
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.shows(By.id("username"))).isTrue();
  }
}
