package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Lakeside Goods' reviewer keeps the dashboard open and reloads it through the day. The service has
 * its own pool of ten database connections, so more reloads than that would hang if a page kept a
 * connection; every reload must still answer at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardAfterManyVisitsBrowserTest extends ClearmarkInChromium {

  static final int VISITS = 15;

  Sellers.Seller lakeside;

  @BeforeAll
  void openTheSeller() {
    lakeside = sellers.seller("Lakeside Goods");
  }

  @Test
  void theDashboardStillOpensAtOnceAfterManyReloads() {
    browser.signInAs(lakeside.reviewer());
    browser.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10));

    for (int visit = 1; visit <= VISITS; visit++) {
      assertThatCode(() -> browser.open("/"))
          .as("visit %d of the dashboard loads within 10 s", visit)
          .doesNotThrowAnyException();
      assertThat(browser.visible(By.cssSelector("main h1")).getText())
          .as("the heading on visit %d of the dashboard", visit)
          .isEqualTo("Dashboard");
    }
  }
}
