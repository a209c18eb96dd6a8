package com.clearmark.app;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Clearmark service: registry, catalogue, screening, review, REST API and web UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClearmarkApplication {

  public static void main(String[] args) {
    SpringApplication.run(ClearmarkApplication.class, args);
  }

  /**
   * The one source of the current time, in UTC: every time the service records, every "today" a
   * deadline, an authorization or a report is judged on, and the reminders and the digest. A bean
   * so that tests can set it to the day and hour they need.
   */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
