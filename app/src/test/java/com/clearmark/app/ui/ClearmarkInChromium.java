package com.clearmark.app.ui;

import com.clearmark.app.support.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real service on a random port, and one headless Chromium per test class looking at it.
 *
 * <p>Every browser test class of this kind shares this configuration, so they share one running
 * service (Spring caches the context) with one in-memory database and one home folder. Each class
 * therefore opens its own seller organization with {@link Sellers}, and counts only what that
 * organization holds. The service's clock is the {@link TestClock}, so the dates the pages show are
 * the same on any day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({Sellers.class, TestClock.AsServiceClock.class})
abstract class ClearmarkInChromium extends InChromium {

  /** Created once for the service that all the classes share, and removed when the JVM ends. */
  static final Path HOME = temporaryHome();

  @DynamicPropertySource
  static void isolatedStorage(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", HOME::toString);
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1");
  }

  @Autowired Sellers sellers;

  private static Path temporaryHome() {
    try {
      Path home = Files.createTempDirectory("clearmark-browser-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> Chromium.deleteQuietly(home)));
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
