package com.clearmark.app.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * On a failed browser test, keeps what the browser showed in {@code target/browser-failures/}: a
 * screenshot and the page source, named after the test class and method.
 */
final class KeepsFailures implements TestWatcher {

  static final Path FOLDER = Path.of("target", "browser-failures");

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    context
        .getTestInstance()
        .filter(InChromium.class::isInstance)
        .map(InChromium.class::cast)
        .map(test -> test.browser)
        .ifPresent(
            browser -> {
              String name =
                  context.getRequiredTestClass().getSimpleName()
                      + "."
                      + context.getRequiredTestMethod().getName();
              try {
                browser.keep(FOLDER, name);
                System.err.println(
                    "The browser's last page is kept in " + FOLDER.toAbsolutePath() + "/" + name);
              } catch (Exception e) {
                System.err.println("Could not keep the browser's last page: " + e);
              }
            });
  }
}
