package com.clearmark.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clearmark serve} and {@code clearmark demo}: the commands that start the service. The
 * other commands live in the command-line jar, which never starts a server.
 */
@Command(
    name = "clearmark",
    mixinStandardHelpOptions = true,
    subcommands = {ClearmarkServer.Serve.class, ClearmarkServer.Demo.class},
    description = "Starts the Clearmark service.")
public final class ClearmarkServer {

  public static void main(String[] args) {
    int code = new CommandLine(new ClearmarkServer()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  static class ServerOptions {
    @Option(
        names = "--port",
        description = "HTTP port (default: SERVER_PORT or 8080)",
        paramLabel = "PORT")
    Integer port;

    @Option(
        names = "--home",
        description =
            "Folder for the embedded database and uploads (default: CLEARMARK_HOME or ./data)",
        paramLabel = "DIR")
    Path home;

    List<String> springArgs() {
      var out = new ArrayList<String>();
      if (port != null) {
        out.add("--server.port=" + port);
      }
      return out;
    }

    /**
     * The home folder as an absolute path: {@code --home}, else {@code CLEARMARK_HOME}, else {@code
     * fallback} under the working directory. The embedded database refuses a path that is only
     * implicitly relative, so the service is always given an absolute one.
     */
    Path home(String fallback) {
      String env = System.getenv("CLEARMARK_HOME");
      Path chosen =
          home != null ? home : env != null && !env.isBlank() ? Path.of(env) : Path.of(fallback);
      return chosen.toAbsolutePath().normalize();
    }
  }

  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = "Starts the service on the configured database (embedded H2 by default).")
  static final class Serve implements Callable<Integer> {
    @CommandLine.Mixin ServerOptionsMixin options;

    @Override
    public Integer call() {
      var args = options.springArgs();
      args.add("--clearmark.home=" + options.home("data"));
      ClearmarkApplication.main(args.toArray(String[]::new));
      return 0;
    }
  }

  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description =
          "Starts the service with a demo organization, users, registry and catalogue, and prints"
              + " the address and the demo logins.")
  static final class Demo implements Callable<Integer> {
    @CommandLine.Mixin ServerOptionsMixin options;

    @Override
    public Integer call() {
      var args = options.springArgs();
      args.add("--clearmark.demo=true");
      args.add("--clearmark.home=" + options.home("data/demo"));
      ClearmarkApplication.main(args.toArray(String[]::new));
      return 0;
    }
  }

  /** The options both commands share. */
  static final class ServerOptionsMixin extends ServerOptions {}
}
