package com.clearmark.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clearmark demo} as a new user runs it: the server's own main class, started from an empty
 * folder with no configuration at all, must come up and keep its data under {@code ./data/demo}.
 */
class DemoFromAFreshFolderTest {

  @TempDir Path folder;

  @Test
  void theDemoStartsFromAnEmptyFolderWithNoConfiguration() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-cp",
            ServiceProcess.serviceClassPath(),
            "com.clearmark.app.ClearmarkServer",
            "demo",
            "--port",
            Integer.toString(port));
    builder.directory(folder.toFile());
    for (String inherited :
        List.of(
            "CLEARMARK_DB_URL",
            "CLEARMARK_DB_USER",
            "CLEARMARK_DB_PASSWORD",
            "CLEARMARK_HOME",
            "CLEARMARK_DEMO",
            "SPRING_PROFILES_ACTIVE",
            "SERVER_PORT")) {
      builder.environment().remove(inherited);
    }
    builder.redirectErrorStream(true);
    Path console = folder.resolve("console.log");
    builder.redirectOutput(console.toFile());
    Process process = builder.start();
    try {
      var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      var ready =
          HttpRequest.newBuilder(
                  URI.create("http://localhost:" + port + "/actuator/health/readiness"))
              .timeout(Duration.ofSeconds(2))
              .build();
      long until = System.nanoTime() + Duration.ofSeconds(150).toNanos();
      int status = 0;
      while (System.nanoTime() < until && process.isAlive()) {
        try {
          status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status == 200) {
            break;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      assertThat(status).as(Files.readString(console)).isEqualTo(200);
      assertThat(folder.resolve("data/demo")).isDirectory();
      try (var files = Files.list(folder.resolve("data/demo"))) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .anyMatch(name -> name.startsWith("clearmark") && name.endsWith(".db"));
      }
    } finally {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
