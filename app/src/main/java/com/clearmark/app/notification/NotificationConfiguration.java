package com.clearmark.app.notification;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationConfiguration {

  /**
   * Today's date for reminders and the digest, in UTC like {@code ComplaintService.today()}. A bean
   * so that tests can move it to the day a reminder falls due.
   */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
