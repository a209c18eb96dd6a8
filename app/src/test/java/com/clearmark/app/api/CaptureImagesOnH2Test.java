package com.clearmark.app.api;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The images of watched listings through the API against the embedded H2 database the service uses
 * by default.
 */
class CaptureImagesOnH2Test extends CaptureImagesContract {

  @TempDir static Path home;

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:capture-images-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }
}
