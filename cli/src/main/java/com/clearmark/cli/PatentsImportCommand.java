package com.clearmark.cli;

import com.clearmark.engine.io.PatentFile;
import com.clearmark.engine.patent.Patent;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    description = {
      "Reads patent sources once into a register file for --patents.",
      "  clearmark patents import ipg210615.xml pv-tables/ extra.csv --out patents.register",
      "SOURCE is USPTO grant XML (one grant or a weekly file), a folder of unzipped PatentsView"
          + " tables (g_patent.tsv...), a patents CSV, or a register; told apart by content."
    })
final class PatentsImportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Patent sources, in order.")
  List<Path> sources = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The register to write; replaced only once complete.")
  Path out;

  @Option(
      names = "--strict",
      description = "Stop at the first malformed record instead of skipping.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new Clearmark.UserMistake("--out: folder " + dir + " does not exist");
    }
    long started = System.nanoTime();
    List<Patent> patents = PatentRegister.load(sources, strict, err);
    if (patents.isEmpty()) {
      throw new Clearmark.UserMistake(
          "no patent could be read from " + sources + "; the register was not written");
    }
    PatentFile.write(out, patents);
    long claims = patents.stream().mapToLong(p -> p.claims().size()).sum();
    spec.commandLine()
        .getOut()
        .printf(
            "Imported %s (%s) into %s: %,d bytes in %.1f s%n",
            Plural.of(patents.size(), "patent"),
            Plural.of(claims, "claim"),
            out,
            Files.size(out),
            (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
