package com.clearmark.cli;

import com.clearmark.engine.index.IndexFile;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.io.InputProblem;
import com.clearmark.engine.io.MarkFile;
import com.clearmark.engine.io.MarkReader;
import com.clearmark.engine.mark.Mark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the registry comes from: mark files compiled on the spot ({@code --marks}), or an index
 * compiled once with {@code clearmark index build} ({@code --index}).
 */
final class RegistryOptions {

  @Option(
      names = "--marks",
      paramLabel = "FILE",
      description =
          "Marks to screen against: CSV (mark,owner,registration_number,jurisdiction,classes,"
              + "status,famous) or USPTO XML (bulk daily, ST.66, ST.96). Repeatable.")
  List<Path> marks = new ArrayList<>();

  @Option(
      names = "--index",
      paramLabel = "FILE",
      description = "A registry compiled with 'clearmark index build', in place of --marks.")
  Path index;

  @Option(names = "--include-dead", description = "Also screen against dead (lapsed) marks.")
  boolean includeDead;

  @Option(names = "--strict", description = "Stop at the first malformed row instead of skipping.")
  boolean strict;

  MarkIndex load(PrintWriter err) {
    if (index != null && !marks.isEmpty()) {
      throw new Clearmark.UserMistake("give either --marks or --index, not both");
    }
    if (index != null) {
      if (includeDead) {
        throw new Clearmark.UserMistake(
            "--include-dead is decided when the index is built: pass it to 'clearmark index"
                + " build'");
      }
      return IndexFile.read(index);
    }
    if (marks.isEmpty()) {
      throw new Clearmark.UserMistake("a registry is needed: --marks FILE or --index FILE");
    }
    var all = new ArrayList<Mark>();
    for (Path file : marks) {
      MarkFile read = MarkReader.readFile(file, strict, problem -> warn(err, problem));
      if (read.tooLong() > 0) {
        err.println(
            "warning: "
                + file
                + ": "
                + read.tooLong()
                + " records left out whose mark is longer than "
                + Mark.MAX_NAME_LENGTH
                + " characters");
      }
      all.addAll(read.marks());
    }
    var compiled = MarkIndex.build(all, includeDead);
    if (compiled.markCount() == 0) {
      throw new Clearmark.UserMistake(
          "no live marks were read from " + marks + "; nothing to screen against");
    }
    return compiled;
  }

  static void warn(PrintWriter err, InputProblem problem) {
    err.println("warning: " + problem + " (row skipped)");
  }
}
