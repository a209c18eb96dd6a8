package com.clearmark.cli;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.similarity.Clearance;
import com.clearmark.engine.similarity.Feature;
import com.clearmark.engine.similarity.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "clear",
    description = {
      "Checks a proposed brand name against the registry before you adopt it: the marks it"
          + " would likely or possibly be confused with, ranked by the probability of confusion,"
          + " each with its reasons.",
      "  clearmark clear \"BRAND\" --marks marks.csv [--classes 25,18]"
    })
final class ClearCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BRAND", description = "The proposed brand name.")
  String proposed;

  @Mixin RegistryOptions registry;

  @Option(
      names = "--classes",
      split = ",",
      paramLabel = "N",
      description = "Nice classes you will use the brand in, e.g. 25,35.")
  List<Integer> classes = List.of();

  @Option(names = "--limit", defaultValue = "20", description = "Conflicts to list (default 20).")
  int limit;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (proposed.isBlank()) {
      throw new Clearmark.UserMistake("BRAND: the proposed brand is empty");
    }
    if (proposed.length() > Mark.MAX_NAME_LENGTH) {
      throw new Clearmark.UserMistake(
          "BRAND: a proposed brand has at most "
              + Mark.MAX_NAME_LENGTH
              + " characters, got "
              + proposed.length());
    }
    if (limit < 1) {
      throw new Clearmark.UserMistake("--limit: expected 1 or more, got " + limit);
    }
    Set<Integer> wanted = new TreeSet<>();
    for (int c : classes) {
      if (c < 1 || c > 45) {
        throw new Clearmark.UserMistake("--classes: Nice class must be 1 to 45, got " + c);
      }
      wanted.add(c);
    }
    var index = registry.load(err);
    var conflicts = new Clearance(index).check(proposed, wanted);
    if (conflicts.isEmpty()) {
      out.printf(
          "\"%s\": no conflicting marks among %,d screened%s.%n",
          proposed, index.markCount(), wanted.isEmpty() ? "" : " in classes " + wanted);
      return 0;
    }
    var likely =
        conflicts.stream()
            .filter(c -> !c.onlyWeakElement())
            .filter(c -> c.confusion().verdict() == Verdict.LIKELY_CONFUSING)
            .toList();
    var possibly =
        conflicts.stream()
            .filter(c -> !c.onlyWeakElement())
            .filter(c -> c.confusion().verdict() == Verdict.POSSIBLY_CONFUSING)
            .toList();
    var weak = conflicts.stream().filter(Clearance.Conflict::onlyWeakElement).toList();
    if (likely.isEmpty()) {
      out.printf(
          "\"%s\": no mark likely to be confused among %,d screened%s.%n",
          proposed, index.markCount(), wanted.isEmpty() ? "" : " in classes " + wanted);
    } else {
      out.printf(
          "\"%s\" is likely to be confused with %d registered mark%s, most likely first:%n",
          proposed, likely.size(), likely.size() == 1 ? "" : "s");
    }
    int rank = 0;
    for (Clearance.Conflict c : likely) {
      if (rank++ >= limit) {
        out.printf("... and %d more (raise --limit)%n", likely.size() - limit);
        break;
      }
      var m = c.mark();
      out.printf(
          Locale.ROOT,
          "%2d. %-28s %.2f %-18s %s%s%s%n",
          rank,
          m.name(),
          c.confusion().score(),
          c.confusion().verdict(),
          m.registrationNumber().isEmpty() ? "" : "reg. " + m.registrationNumber() + ", ",
          m.owner().isEmpty() ? "owner unknown" : m.owner(),
          m.niceClasses().isEmpty() ? "" : ", classes " + new TreeSet<>(m.niceClasses()));
      for (String reason : c.confusion().reasons()) {
        out.println("     - " + reason);
      }
    }
    brief(
        out,
        "Possibly confusing, worth a glance (%d mark%s):%n",
        possibly,
        c -> c.confusion().reasons().get(0));
    brief(
        out,
        "Similar only on a weak element (a word common or descriptive in marks), %d mark%s:%n",
        weak,
        c -> c.confusion().components().get(Feature.WEAK_ONLY.ordinal()).reason());
    return 0;
  }

  /**
   * A section of one line per mark (name, probability, one reason), at most {@code limit} of them,
   * under {@code heading}, a format taking the count and a plural ending.
   */
  private void brief(
      PrintWriter out,
      String heading,
      List<Clearance.Conflict> conflicts,
      Function<Clearance.Conflict, String> reason) {
    if (conflicts.isEmpty()) {
      return;
    }
    out.printf(heading, conflicts.size(), conflicts.size() == 1 ? "" : "s");
    int shown = 0;
    for (Clearance.Conflict c : conflicts) {
      if (shown++ >= limit) {
        out.printf("    ... and %d more (raise --limit)%n", conflicts.size() - limit);
        break;
      }
      out.printf(
          Locale.ROOT,
          "    %-28s %.2f  %s%n",
          c.mark().name(),
          c.confusion().score(),
          reason.apply(c));
    }
  }
}
