package com.clearmark.app.notification;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class NotificationDeliveryTest extends NotificationDeliveryContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    onH2(registry, "notification-delivery");
  }
}
