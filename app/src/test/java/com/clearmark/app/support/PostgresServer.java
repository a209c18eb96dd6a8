package com.clearmark.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for integration tests, started once per JVM from the Debian {@code
 * postgresql} package's binaries and stopped when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root, and the tests do run as root on CI machines; in that case
 * the server is started as the {@code postgres} system user through {@code runuser}, with a data
 * directory that user owns. Each test context takes a fresh database from {@link
 * #createDatabase()}, so tests never see each other's rows.
 */
public final class PostgresServer {

  private static PostgresServer shared;
  private static final AtomicInteger databases = new AtomicInteger();

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asPostgresUser;

  private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  public static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-stop"));
    }
    return shared;
  }

  public String username() {
    return "clearmark";
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates an empty database and returns its JDBC URL. */
  public String createDatabase() {
    String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (var c = DriverManager.getConnection(jdbcUrl("postgres"), username(), "");
        var s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create database " + name + ": " + e.getMessage(), e);
    }
    return jdbcUrl(name);
  }

  private static PostgresServer start() {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      Path dir = Files.createTempDirectory("clearmark-pg");
      Path data = dir.resolve("data");
      Files.createDirectories(data);
      if (root) {
        UserPrincipal postgres =
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.toList()) {
            Files.setOwner(p, postgres);
          }
        }
      }
      int port;
      try (var socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      var server = new PostgresServer(bin, dir, port, root);
      server.run(
          bin.resolve("initdb").toString(),
          "-D",
          data.toString(),
          "-A",
          "trust",
          "-U",
          "clearmark",
          "-E",
          "UTF8",
          "--no-locale");
      server.run(
          bin.resolve("pg_ctl").toString(),
          "-D",
          data.toString(),
          "-l",
          dir.resolve("server.log").toString(),
          "-w",
          "-t",
          "60",
          "-o",
          "-p "
              + port
              + " -k "
              + dir
              + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off",
          "start");
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("could not prepare a PostgreSQL data directory", e);
    }
  }

  private static Path binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        var newest =
            versions
                .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                .max(Comparator.comparingInt(PostgresServer::major));
        if (newest.isPresent()) {
          return newest.get().resolve("bin");
        }
      } catch (IOException e) {
        throw new IllegalStateException("could not list " + root, e);
      }
    }
    throw new IllegalStateException(
        "PostgreSQL server binaries not found under /usr/lib/postgresql; install the Debian"
            + " package: apt-get install -y postgresql");
  }

  private static int major(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void run(String... command) {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    try {
      Path out = Files.createTempFile("clearmark-pg", ".out");
      Process p =
          new ProcessBuilder(full)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .directory(dir.toFile())
              .start();
      boolean done = p.waitFor(90, TimeUnit.SECONDS);
      String output = Files.readString(out, StandardCharsets.UTF_8);
      Files.deleteIfExists(out);
      if (!done || p.exitValue() != 0) {
        String log = "";
        Path serverLog = dir.resolve("server.log");
        if (Files.exists(serverLog)) {
          log = Files.readString(serverLog, StandardCharsets.UTF_8);
        }
        throw new IllegalStateException(
            String.join(" ", full) + " failed:\n" + tail(output) + "\n" + tail(log));
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + full, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + full, e);
    }
  }

  private static String tail(String s) {
    return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
  }

  private void stop() {
    try {
      run(
          bin.resolve("pg_ctl").toString(),
          "-D",
          dir.resolve("data").toString(),
          "-m",
          "immediate",
          "-w",
          "stop");
    } catch (RuntimeException e) {
      System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temp folder is harmless.
    }
  }
}
