package com.clearmark.cli;

import com.clearmark.engine.io.InputException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code clearmark} command line.
 *
 * <p>Exit codes: 0 done (and nothing at or above {@code --fail-on}); 1 listings at or above {@code
 * --fail-on}; 2 a usage or input mistake, explained in one line on stderr; 3 an unexpected internal
 * error.
 */
@Command(
    name = "clearmark",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "clearmark 0.1.0",
    description = "Screens marketplace listings for trademark, counterfeit and policy risk.",
    subcommands = {
      ScreenCommand.class,
      CompareCommand.class,
      ClearCommand.class,
      EvaluateCommand.class,
      IndexCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nThe service:%n",
    footer = {
      "  serve   Starts the Clearmark service (web UI and REST API) on your data.",
      "  demo    Starts the service with a demo seller loaded and prints the logins.",
      "  Both run from the service jar: ./clearmark serve --help"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; no listing at or above --fail-on",
      "1:listings at or above --fail-on were found",
      "2:a usage or input mistake, explained on stderr",
      "3:an unexpected internal error"
    })
public final class Clearmark {

  static final int FLAGGED = 1;
  static final int USER_ERROR = 2;
  static final int INTERNAL_ERROR = 3;

  public static void main(String[] args) {
    var out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    var cli = new CommandLine(new Clearmark());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof InputException ? USER_ERROR : INTERNAL_ERROR);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("clearmark: " + ex.getMessage());
          err.println("Try 'clearmark " + commandPath(ex.getCommandLine()) + " --help'.");
          return USER_ERROR;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof InputException input) {
            err.println("clearmark: " + input.problem());
            return USER_ERROR;
          }
          if (ex instanceof UserMistake mistake) {
            err.println("clearmark: " + mistake.getMessage());
            return USER_ERROR;
          }
          err.println("clearmark: internal error: " + ex);
          ex.printStackTrace(err);
          return INTERNAL_ERROR;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Inputs are bounded per field and per mark, but a whole registry can still outgrow the
      // heap; say what to do instead of printing a stack trace.
      err.println(
          "clearmark: out of memory with "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB of heap; give Java more, for example CLEARMARK_JAVA_OPTS=-Xmx8g, or build the"
              + " registry once with 'clearmark index build' and screen with --index");
      code = USER_ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static String commandPath(CommandLine cl) {
    String name = cl.getCommandName();
    return cl.getParent() == null ? "" : name;
  }

  /** A mistake in how the command was called that picocli cannot see, such as a bad option mix. */
  static final class UserMistake extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserMistake(String message) {
      super(message);
    }
  }
}
