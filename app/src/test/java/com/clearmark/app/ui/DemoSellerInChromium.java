package com.clearmark.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with the demo seller loaded, as a new user first sees it, and one headless Chromium
 * per test class looking at it. Each class gets a service of its own, with its own in-memory
 * database and home folder, because its journey counts what the demo organization holds.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "clearmark.demo=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class DemoSellerInChromium extends InChromium {

  static final String REVIEWER = "reviewer@demo.clearmark.test";
  static final String REVIEWER_PASSWORD = "demo-reviewer-1";

  /**
   * Called once for each class's service. The test instance lives for the whole class, so the
   * service starts before JUnit's {@code @TempDir} would be ready; the home folder is made here.
   */
  @DynamicPropertySource
  static void isolatedStorage(DynamicPropertyRegistry registry) {
    Path home = temporaryHome();
    String database = "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    registry.add("clearmark.home", home::toString);
    registry.add("spring.datasource.url", () -> database);
  }

  private static Path temporaryHome() {
    try {
      Path home = Files.createTempDirectory("clearmark-demo-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> Chromium.deleteQuietly(home)));
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
