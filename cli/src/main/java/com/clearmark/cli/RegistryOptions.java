package com.clearmark.cli;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.io.MarkReader;
import com.clearmark.engine.mark.Mark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --marks} options shared by the commands that need a registry. */
final class RegistryOptions {

  @Option(
      names = "--marks",
      required = true,
      paramLabel = "FILE",
      description =
          "Marks to screen against: CSV (mark,owner,registration_number,jurisdiction,classes,"
              + "status,famous) or USPTO XML (bulk daily, ST.66, ST.96). Repeatable.")
  List<Path> marks = new ArrayList<>();

  @Option(names = "--include-dead", description = "Also screen against dead (lapsed) marks.")
  boolean includeDead;

  @Option(names = "--strict", description = "Stop at the first malformed row instead of skipping.")
  boolean strict;

  MarkIndex load(PrintWriter err) {
    var all = new ArrayList<Mark>();
    for (Path file : marks) {
      all.addAll(MarkReader.read(file, strict, problem -> warn(err, problem)));
    }
    var index = MarkIndex.build(all, includeDead);
    if (index.markCount() == 0) {
      throw new Clearmark.UserMistake(
          "no live marks were read from " + marks + "; nothing to screen against");
    }
    return index;
  }

  static void warn(PrintWriter err, InputProblem problem) {
    err.println("warning: " + problem + " (row skipped)");
  }
}
