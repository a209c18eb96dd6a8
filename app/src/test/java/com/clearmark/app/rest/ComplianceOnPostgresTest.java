package com.clearmark.app.rest;

import com.clearmark.app.support.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplianceOnPostgresTest extends ComplianceApiContract {

  @TempDir static Path home;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    var server = PostgresServer.shared();
    String url = server.createDatabase();
    registry.add("clearmark.home", () -> home.toString());
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", server::username);
    registry.add("spring.datasource.password", () -> "");
  }
}
