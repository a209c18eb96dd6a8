package com.clearmark.app.ui;

import com.clearmark.app.support.ServiceOnH2;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service with the demo seller loaded, on a random port, and one headless Chromium per test
 * class looking at it. Waits look an element up again when the page changes under it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "clearmark.demo=true")
abstract class DemoSellerInChromium extends ServiceOnH2 {

  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void startBrowser() {
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }
}
