package com.clearmark.app.fault;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarFile;

/**
 * The service running as a process of its own on a home folder and a port, as an operator runs it,
 * so a test can kill it with SIGKILL and start it again on the same data. It runs the main class
 * from the test's own class path, without the test classes.
 */
final class ServiceProcess implements AutoCloseable {

  static final String ADMIN_EMAIL = "ops@fault.clearmark.test";

  /** A password long and random enough for any password policy the service applies. */
  static final String ADMIN_PASSWORD = "kx7-Vend0r-" + UUID.randomUUID();

  private static final Duration START_PATIENCE = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path home;
  private final int port;
  private Process process;
  private int starts;

  ServiceProcess(Path home) {
    this.home = home;
    this.port = freePort();
  }

  int port() {
    return port;
  }

  Path home() {
    return home;
  }

  Path uploads() {
    return home.resolve("uploads");
  }

  boolean running() {
    return process != null && process.isAlive();
  }

  /** Starts the service and waits until it takes traffic. */
  ServiceProcess start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the service is already running");
    }
    starts++;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-cp");
    command.add(serviceClassPath());
    command.add("com.clearmark.app.ClearmarkApplication");
    command.add("--server.port=" + port);
    command.add("--clearmark.home=" + home);
    var builder = new ProcessBuilder(command);
    var env = builder.environment();
    for (String inherited :
        List.of(
            "CLEARMARK_DB_URL",
            "CLEARMARK_DB_USER",
            "CLEARMARK_DB_PASSWORD",
            "CLEARMARK_HOME",
            "CLEARMARK_DEMO",
            "SPRING_PROFILES_ACTIVE",
            "SERVER_PORT")) {
      env.remove(inherited);
    }
    env.put("CLEARMARK_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("CLEARMARK_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("CLEARMARK_ORGANIZATION", "Fenwick Outdoor Supply");
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
    try {
      Files.createDirectories(home);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady();
    return this;
  }

  /**
   * Kills the service with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook,
   * no flush, no graceful stop.
   */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void killAndRestart() {
    kill();
    start();
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  private void awaitReady() {
    long until = System.nanoTime() + START_PATIENCE.toNanos();
    var ready =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (System.nanoTime() - until < 0) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the service exited with "
                + process.exitValue()
                + " on start "
                + starts
                + ":\n"
                + log());
      }
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(100);
    }
    throw new AssertionError("the service did not start within " + START_PATIENCE + ":\n" + log());
  }

  /** The end of the service's console output, for failure messages. */
  String log() {
    try {
      String all = Files.readString(home.resolve("console.log"));
      return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    } catch (IOException e) {
      return "(no console output: " + e.getMessage() + ")";
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The test's class path without the test classes (whose test configurations would otherwise be
   * scanned into the service). Under a build tool that starts tests through a manifest-only jar,
   * the entries are read from its manifest.
   */
  static String serviceClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")
          && Path.of(entry).getFileName().toString().startsWith("surefire")) {
        entries.addAll(manifestClassPath(Path.of(entry)));
      } else {
        entries.add(entry);
      }
    }
    return String.join(
        File.pathSeparator,
        entries.stream().filter(e -> !e.replace('\\', '/').endsWith("test-classes")).toList());
  }

  private static List<String> manifestClassPath(Path jar) {
    List<String> out = new ArrayList<>();
    try (var file = new JarFile(jar.toFile())) {
      var manifest = file.getManifest();
      String classPath =
          manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath == null) {
        out.add(jar.toString());
        return out;
      }
      URI base = jar.toAbsolutePath().getParent().toUri();
      for (String url : classPath.trim().split("\\s+")) {
        // Entries are URLs, absolute or relative to the jar's folder.
        out.add(Path.of(base.resolve(new URI(url))).toString());
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the class path of " + jar, e);
    }
    return out;
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
