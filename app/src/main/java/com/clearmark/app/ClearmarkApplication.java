package com.clearmark.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Clearmark service: registry, catalogue, screening, review, REST API and web UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClearmarkApplication {

  public static void main(String[] args) {
    SpringApplication.run(ClearmarkApplication.class, args);
  }
}
