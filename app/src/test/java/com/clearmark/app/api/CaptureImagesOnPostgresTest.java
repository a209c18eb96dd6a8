package com.clearmark.app.api;

import com.clearmark.app.support.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The images of watched listings through the API against a real PostgreSQL server, in a database of
 * its own.
 */
class CaptureImagesOnPostgresTest extends CaptureImagesContract {

  @TempDir static Path home;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    var server = PostgresServer.shared();
    String url = server.createDatabase();
    registry.add("clearmark.home", () -> home.toString());
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", server::username);
    registry.add("spring.datasource.password", () -> "");
  }
}
