package com.clearmark.app.notification;

import com.clearmark.app.support.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same deliveries on PostgreSQL, whose SQL and timestamp types are stricter than H2's. */
class NotificationDeliveryOnPostgresTest extends NotificationDeliveryContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    var server = PostgresServer.shared();
    String url = server.createDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", server::username);
    registry.add("spring.datasource.password", () -> "");
  }
}
