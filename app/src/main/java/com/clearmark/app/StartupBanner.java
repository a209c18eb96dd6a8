package com.clearmark.app;

import com.clearmark.app.account.FirstAdmin;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started {@code clearmark serve} where to go next. */
@Component
class StartupBanner {

  private final ClearmarkProperties properties;
  private final FirstAdmin firstAdmin;
  private final Environment environment;

  StartupBanner(ClearmarkProperties properties, FirstAdmin firstAdmin, Environment environment) {
    this.properties = properties;
    this.firstAdmin = firstAdmin;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    if (properties.demo()) {
      return;
    }
    String port = environment.getProperty("local.server.port", "8080");
    String url = environment.getProperty("spring.datasource.url", "");
    System.out.println(
        "\n  Clearmark is running at http://localhost:"
            + port
            + "/"
            + (firstAdmin.needed() ? "  (open it to set up your organization)" : "")
            + "\n  Database: "
            + (url.startsWith("jdbc:h2:file:")
                ? "embedded, in " + properties.home().toAbsolutePath()
                : url.replaceAll("password=[^;&]*", "password=***"))
            + "\n  API docs: http://localhost:"
            + port
            + "/api/docs\n");
  }
}
