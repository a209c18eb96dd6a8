package com.clearmark.app.api;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Works and listing images through the API against the embedded H2 database the service uses by
 * default.
 */
class CopyrightOnH2Test extends CopyrightContract {

  @TempDir static Path home;

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:works-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }
}
