package com.clearmark.app.review;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Concurrent review decisions on the embedded H2 database. */
class ConcurrentReviewDecisionsOnH2Test extends ConcurrentReviewDecisions {

  @TempDir static Path home;

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:review-race-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }
}
