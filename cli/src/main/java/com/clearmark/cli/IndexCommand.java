package com.clearmark.cli;

import com.clearmark.engine.index.IndexFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "index",
    description = "Compiles a registry once into an index file that loads in seconds.",
    subcommands = {IndexCommand.Build.class})
final class IndexCommand {

  @Command(
      name = "build",
      description = {
        "Compiles marks into an index file for --index.",
        "  clearmark index build --marks MARKS... --output registry.idx"
      })
  static final class Build implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin RegistryOptions registry;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "FILE",
        description = "The index file to write; replaced only once complete.")
    Path output;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      if (registry.index != null) {
        throw new Clearmark.UserMistake("index build reads --marks, not --index");
      }
      Path dir = output.toAbsolutePath().getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new Clearmark.UserMistake("--output: folder " + dir + " does not exist");
      }
      long started = System.nanoTime();
      var index = registry.load(err);
      long built = System.nanoTime();
      IndexFile.write(index, output);
      long written = System.nanoTime();
      spec.commandLine()
          .getOut()
          .printf(
              "Indexed %s (%s) into %s: %,d bytes; compiled in %.1f s, written in" + " %.1f s%n",
              Plural.of(index.markCount(), "mark"),
              Plural.of(index.keyCount(), "key"),
              output,
              Files.size(output),
              (built - started) / 1e9,
              (written - built) / 1e9);
      return 0;
    }
  }
}
