package com.clearmark.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless {@link Chromium} per test class, looking at the service on its random port through a
 * {@link Browser}; a failed test keeps the last page it saw ({@link KeepsFailures}). The subclasses
 * say which service: {@link ClearmarkInChromium} (one shared service, each class with seller
 * organizations of its own) or {@link DemoSellerInChromium} (a service of the class's own, with the
 * demo seller loaded).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KeepsFailures.class)
abstract class InChromium {

  @LocalServerPort int port;

  private Chromium chromium;
  Browser browser;

  @BeforeAll
  void startBrowser() {
    chromium = Chromium.start();
    browser = new Browser(chromium.driver(), port);
  }

  @AfterAll
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }
}
