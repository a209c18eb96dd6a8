package com.clearmark.cli;

import com.clearmark.engine.io.MarkPair;
import com.clearmark.engine.io.MarkPairReader;
import com.clearmark.engine.similarity.MarkSimilarity;
import com.clearmark.engine.similarity.Similarity;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    description = {
      "Scores how confusingly similar two marks are, 0 to 1, with its components.",
      "  clearmark compare \"MARK A\" \"MARK B\"",
      "  clearmark compare --pairs pairs.csv [--format csv|jsonl] [-o FILE]"
    })
final class CompareCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "MARK", description = "The two marks to compare.")
  List<String> marks = List.of();

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description = "CSV with columns a,b: score " + "every pair.")
  Path pairs;

  @Option(
      names = "--format",
      defaultValue = "csv",
      paramLabel = "FORMAT",
      description = "For --pairs: csv or jsonl (default csv).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "For --pairs: write " + "here instead of standard output.")
  Path output;

  @Option(names = "--strict", description = "Stop at the first malformed row instead of skipping.")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var similarity = new MarkSimilarity();
    if (pairs == null) {
      if (marks.size() != 2) {
        throw new Clearmark.UserMistake("compare needs two marks, or --pairs FILE");
      }
      Similarity s = similarity.compare(marks.get(0), marks.get(1));
      out.printf("%s  vs  %s%n", marks.get(0), marks.get(1));
      out.printf("  similarity   %.2f  %s%n", s.score(), s.verdict());
      out.printf("  spelling     %.2f%n", s.spelling());
      out.printf("  sound        %.2f%n", s.sound());
      out.printf("  look-alike   %.2f%n", s.lookalike());
      out.printf("  dominant     %.2f%n", s.dominantWord());
      return 0;
    }
    if (!marks.isEmpty()) {
      throw new Clearmark.UserMistake("give either two marks or --pairs FILE, not both");
    }
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw new Clearmark.UserMistake("--format: expected csv or jsonl, got \"" + format + "\"");
    }
    List<MarkPair> list = MarkPairReader.read(pairs, strict, p -> RegistryOptions.warn(err, p));
    Path temp =
        output == null
            ? null
            : Files.createTempFile(output.toAbsolutePath().getParent(), ".clearmark-", ".part");
    Writer w = temp == null ? out : Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    boolean done = false;
    try {
      if (format.equals("csv")) {
        w.write("a,b,score,spelling,sound,lookalike,dominant_word,verdict\n");
        for (MarkPair p : list) {
          Similarity s = similarity.compare(p.a(), p.b());
          w.write(
              String.join(
                  ",",
                  CsvReport.cell(p.a()),
                  CsvReport.cell(p.b()),
                  num(s.score()),
                  num(s.spelling()),
                  num(s.sound()),
                  num(s.lookalike()),
                  num(s.dominantWord()),
                  s.verdict().name()));
          w.write('\n');
        }
      } else {
        JsonGenerator json =
            new JsonFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
        for (MarkPair p : list) {
          Similarity s = similarity.compare(p.a(), p.b());
          json.writeStartObject();
          json.writeStringField("a", p.a());
          json.writeStringField("b", p.b());
          json.writeNumberField("score", s.score());
          json.writeNumberField("spelling", s.spelling());
          json.writeNumberField("sound", s.sound());
          json.writeNumberField("lookalike", s.lookalike());
          json.writeNumberField("dominant_word", s.dominantWord());
          json.writeStringField("verdict", s.verdict().name());
          json.writeEndObject();
          json.flush();
          w.write('\n');
        }
      }
      w.flush();
      done = true;
    } finally {
      if (temp != null) {
        w.close();
        if (done) {
          Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.deleteIfExists(temp);
        }
      }
    }
    return 0;
  }

  private static String num(double v) {
    return String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
