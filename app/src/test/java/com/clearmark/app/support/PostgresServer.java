package com.clearmark.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for integration tests, started once per JVM from the binaries of the
 * Debian {@code postgresql} package and thrown away, data and all, when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root, and the tests do run as root in CI. Then the data directory
 * is handed to the {@code postgres} system user and every server command runs as that user through
 * {@code runuser}. Each test context takes an empty database of its own from {@link
 * #createDatabase()}, so one server serves the whole run without tests seeing each other's rows.
 */
public final class PostgresServer {

  private static final String USER = "clearmark";
  private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
  private static final int START_ATTEMPTS = 3;
  private static final String RUNUSER =
      Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "runuser";

  /**
   * Durability is worthless for a database deleted at exit, so writes need not wait for the disk.
   * Each cached Spring context keeps a full connection pool open, so the default of 100 connections
   * runs out after ten contexts.
   */
  private static final String SETTINGS =
      " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
          + " -c full_page_writes=off -c max_connections=300";

  private static PostgresServer shared;
  private static RuntimeException failedStart;

  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(int port) {
    this.port = port;
  }

  /** The server for this JVM, started on first use. */
  public static synchronized PostgresServer shared() {
    if (failedStart != null) {
      // Otherwise every remaining test class would wait for the same doomed start.
      throw new IllegalStateException(
          "the test PostgreSQL server failed to start: " + failedStart.getMessage(), failedStart);
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        failedStart = e;
        throw e;
      }
    }
    return shared;
  }

  public String username() {
    return USER;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates an empty database that no one else uses and returns its JDBC URL. */
  public String createDatabase() {
    String name = "test_" + databases.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create database " + name + " on port " + port + ": " + e.getMessage(), e);
    }
    return jdbcUrl(name);
  }

  private static PostgresServer start() {
    Cluster cluster = Cluster.create(binaries());
    // Registered before anything runs, so a half-started server or a failed initdb is cleaned up.
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "clearmark-postgres-stop"));
    cluster.initdb();
    // Between closing the probe socket and the server binding, another process may take the port.
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      if (cluster.start(port)) {
        return new PostgresServer(port);
      }
      if (attempt == START_ATTEMPTS) {
        throw new IllegalStateException(
            "PostgreSQL found its port taken " + START_ATTEMPTS + " times in a row");
      }
    }
  }

  private static Path binaries() {
    return newestInstallation()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No PostgreSQL server binaries under "
                        + INSTALLATIONS
                        + "/<version>/bin. The integration tests start a real PostgreSQL server"
                        + " from the Debian package postgresql; install it with:"
                        + " apt-get install -y postgresql"));
  }

  private static Optional<Path> newestInstallation() {
    try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
          // Debian names them 9.6, 10, 11, ...: a decimal orders them all correctly.
          .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
          .map(v -> v.resolve("bin"));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free TCP port for PostgreSQL", e);
    }
  }

  /**
   * A data directory, with the server's log and unix socket beside it, and the commands that run on
   * it.
   */
  private record Cluster(Path bin, Path dir, boolean asPostgresUser) {

    static Cluster create(Path bin) {
      Path dir;
      try {
        dir = Files.createTempDirectory("clearmark-pg");
      } catch (IOException e) {
        throw new UncheckedIOException("could not create a PostgreSQL data directory", e);
      }
      try {
        boolean root = (Integer) Files.getAttribute(dir, "unix:uid") == 0;
        Files.createDirectory(dir.resolve("data"));
        if (root) {
          handToPostgresUser(dir);
        }
        return new Cluster(bin, dir, root);
      } catch (IOException e) {
        deleteRecursively(dir);
        throw new UncheckedIOException("could not prepare " + dir + " for PostgreSQL", e);
      } catch (RuntimeException e) {
        deleteRecursively(dir);
        throw e;
      }
    }

    private static void handToPostgresUser(Path dir) throws IOException {
      UserPrincipal postgres;
      try {
        postgres =
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      } catch (UserPrincipalNotFoundException e) {
        throw new IllegalStateException(
            "The tests run as root, so PostgreSQL must run as the postgres system user, which does"
                + " not exist; the Debian package creates it: apt-get install -y postgresql",
            e);
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.toList()) {
          Files.setOwner(path, postgres);
        }
      }
    }

    Path data() {
      return dir.resolve("data");
    }

    Path log() {
      return dir.resolve("server.log");
    }

    void initdb() {
      Outcome outcome =
          run(
              "initdb",
              "-D",
              data().toString(),
              "-A",
              "trust",
              "-U",
              USER,
              "-E",
              "UTF8",
              "--no-locale",
              "--no-sync");
      if (!outcome.succeeded()) {
        throw outcome.failure("");
      }
    }

    /** Starts the server on the port, or returns false if another process bound it first. */
    boolean start(int port) {
      long logBefore = size(log());
      Outcome outcome =
          run(
              "pg_ctl",
              "-D",
              data().toString(),
              "-l",
              log().toString(),
              "-w",
              "-t",
              "60",
              "-o",
              "-p " + port + " -k '" + dir + "'" + SETTINGS,
              "start");
      if (outcome.succeeded()) {
        return true;
      }
      String log = readFrom(log(), logBefore);
      if (log.contains("Address already in use")) {
        return false;
      }
      throw outcome.failure(log);
    }

    void destroy() {
      try {
        if (Files.exists(data().resolve("postmaster.pid"))) {
          Outcome outcome =
              run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "-t", "30", "stop");
          if (!outcome.succeeded()) {
            throw outcome.failure(readFrom(log(), 0));
          }
        }
      } catch (RuntimeException e) {
        System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
      } finally {
        deleteRecursively(dir);
      }
    }

    private Outcome run(String program, String... arguments) {
      List<String> command = new ArrayList<>();
      if (asPostgresUser) {
        command.addAll(List.of(RUNUSER, "-u", "postgres", "--"));
      }
      command.add(bin.resolve(program).toString());
      command.addAll(Arrays.asList(arguments));
      try {
        // A file rather than a pipe: the server that pg_ctl leaves behind must not hold our pipe.
        Path output = Files.createTempFile(dir, program, ".out");
        try {
          ProcessBuilder builder =
              new ProcessBuilder(command)
                  .directory(dir.toFile())
                  .redirectErrorStream(true)
                  .redirectOutput(output.toFile());
          // PGPORT, PGDATA and friends from a developer's shell must not steer the test server.
          builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
          Process process = builder.start();
          int exitCode = -1;
          if (process.waitFor(90, TimeUnit.SECONDS)) {
            exitCode = process.exitValue();
          } else {
            process.destroyForcibly();
          }
          return new Outcome(command, exitCode, Files.readString(output, StandardCharsets.UTF_8));
        } finally {
          Files.deleteIfExists(output);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not run " + String.join(" ", command), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running " + command, e);
      }
    }

    private static long size(Path file) {
      try {
        return Files.exists(file) ? Files.size(file) : 0;
      } catch (IOException e) {
        return 0;
      }
    }

    private static String readFrom(Path file, long offset) {
      try {
        byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        int from = (int) Math.min(offset, bytes.length);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(could not read " + file + ": " + e.getMessage() + ")";
      }
    }

    private static void deleteRecursively(Path dir) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        // A leftover folder in the temp directory harms nothing; the next run uses a new one.
      }
    }
  }

  /** How a command ended: exit code -1 means it was killed after running too long. */
  private record Outcome(List<String> command, int exitCode, String output) {

    boolean succeeded() {
      return exitCode == 0;
    }

    IllegalStateException failure(String serverLog) {
      StringBuilder message = new StringBuilder(String.join(" ", command));
      message.append(exitCode == -1 ? " timed out" : " failed with exit code " + exitCode);
      message.append("\n").append(tail(output));
      if (!serverLog.isBlank()) {
        message.append("\nserver log:\n").append(tail(serverLog));
      }
      return new IllegalStateException(message.toString());
    }

    private static String tail(String text) {
      List<String> lines = text.strip().lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
  }
}
