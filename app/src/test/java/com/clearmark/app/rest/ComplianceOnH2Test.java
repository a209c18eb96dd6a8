package com.clearmark.app.rest;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplianceOnH2Test extends ComplianceApiContract {

  @TempDir static Path home;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:compliance-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }
}
