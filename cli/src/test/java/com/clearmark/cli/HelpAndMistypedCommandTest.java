package com.clearmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpAndMistypedCommandTest {

  /** Every command path, such as {@code screen} or {@code index build}. */
  private static List<List<String>> commands() {
    var paths = new ArrayList<List<String>>();
    collect(new CommandLine(new Clearmark()), new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> paths) {
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      var sub = new ArrayList<>(path);
      sub.add(e.getKey());
      paths.add(sub);
      collect(e.getValue(), sub, paths);
    }
  }

  @Test
  void helpOnEveryCommandPrintsItsUsageAndExitsZero() {
    assertThat(commands()).isNotEmpty();
    for (List<String> command : commands()) {
      for (String flag : List.of("--help", "-h")) {
        var args = new ArrayList<>(command);
        args.add(flag);
        var run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("%s", args).isZero();
        assertThat(run.out())
            .as("%s", args)
            .contains("Usage: clearmark " + String.join(" ", command));
      }
    }
  }

  @Test
  void mistypedCommandSuggestsTheClosestOneWithExitCodeTwo() {
    var run = CliRun.of("screeen", "catalogue.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'screeen' is not a clearmark command; did you mean 'screen'?")
        .contains("Try 'clearmark --help'.");
  }

  @Test
  void mistypedSubcommandIsSuggestedWithinItsCommand() {
    var run = CliRun.of("index", "biuld");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("did you mean 'build'?")
        .contains("Try 'clearmark index --help'.");
  }

  @Test
  void wordFarFromEveryCommandListsTheCommands() {
    var run = CliRun.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the commands are").contains("screen");
  }
}
