package com.clearmark.cli;

import com.clearmark.engine.io.InputException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
    description =
        "Screens marketplace listings for trademark, counterfeit, policy, copyright and patent"
            + " risk.",
    subcommands = {
      ScreenCommand.class,
      CompareCommand.class,
      ClearCommand.class,
      EvaluateCommand.class,
      IndexCommand.class,
      PatentsCommand.class,
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
          String unknown = unknownCommand(ex);
          err.println("clearmark: " + (unknown != null ? unknown : ex.getMessage()));
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
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

  /**
   * For a word where a subcommand was expected, the sentence naming it and the closest command
   * ("did you mean"), or null when the mistake is another one.
   */
  static String unknownCommand(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      return null;
    }
    CommandLine cl = ex.getCommandLine();
    List<String> words = unmatched.getUnmatched();
    if (cl.getSubcommands().isEmpty() || words.isEmpty() || words.get(0).startsWith("-")) {
      return null;
    }
    String word = words.get(0);
    Set<String> commands = new TreeSet<>(cl.getSubcommands().keySet());
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : commands) {
      int d = distance(word.toLowerCase(Locale.ROOT), c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    String sentence = "'" + word + "' is not a " + cl.getCommandSpec().qualifiedName() + " command";
    if (best != null && bestDistance <= Math.max(2, best.length() / 3)) {
      return sentence + "; did you mean '" + best + "'?";
    }
    return sentence + "; the commands are " + String.join(", ", commands) + ".";
  }

  /** Levenshtein distance, for names of a few letters. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** A mistake in how the command was called that picocli cannot see, such as a bad option mix. */
  static final class UserMistake extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserMistake(String message) {
      super(message);
    }
  }
}
