package com.clearmark.cli;

import com.clearmark.engine.io.MarkPair;
import com.clearmark.engine.io.MarkPairReader;
import com.clearmark.engine.similarity.Confusion;
import com.clearmark.engine.similarity.Feature;
import com.clearmark.engine.similarity.Goods;
import com.clearmark.engine.similarity.MarkForm;
import com.clearmark.engine.similarity.MarkSimilarity;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    description = {
      "Judges how likely two marks are to be confused: the probability, a verdict, and each"
          + " component (spelling, sound, look-alike, meaning, structure, weak elements, goods)"
          + " with its reason.",
      "  clearmark compare \"EARLIER MARK\" \"LATER MARK\" [--classes-a 25 --classes-b 18]",
      "  clearmark compare --pairs pairs.csv [--format csv|jsonl] [-o FILE]"
    })
final class CompareCommand implements Callable<Integer> {

  /** The columns the first version wrote, kept first and in order so pipelines keep working. */
  private static final List<Feature> FIRST =
      List.of(Feature.SPELLING, Feature.SOUND, Feature.LOOKALIKE, Feature.DOMINANT);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "MARK",
      description = "The earlier (registered) mark, then the later one.")
  List<String> marks = List.of();

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description =
          "CSV with columns a,b and optionally classes_a, classes_b, goods_a, goods_b, famous:"
              + " score every pair.")
  Path pairs;

  @Option(
      names = "--classes-a",
      split = ",",
      paramLabel = "N",
      description = "Nice classes of the earlier mark, e.g. 25,35.")
  List<Integer> classesA = List.of();

  @Option(
      names = "--classes-b",
      split = ",",
      paramLabel = "N",
      description = "Nice classes of the later mark.")
  List<Integer> classesB = List.of();

  @Option(names = "--famous", description = "The earlier mark is famous or well known.")
  boolean famous;

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
      var goods =
          new Goods(classes("--classes-a", classesA), classes("--classes-b", classesB), famous);
      Confusion c = similarity.compare(MarkForm.of(marks.get(0)), MarkForm.of(marks.get(1)), goods);
      print(out, marks.get(0), marks.get(1), c, similarity);
      return 0;
    }
    if (!marks.isEmpty()) {
      throw new Clearmark.UserMistake("give either two marks or --pairs FILE, not both");
    }
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw new Clearmark.UserMistake("--format: expected csv or jsonl, got \"" + format + "\"");
    }
    if (output != null) {
      Path parent = output.toAbsolutePath().getParent();
      if (Files.isDirectory(output)) {
        throw new Clearmark.UserMistake("-o: " + output + " is a directory, not a file");
      }
      if (parent == null || !Files.isDirectory(parent)) {
        throw new Clearmark.UserMistake("-o: the folder of " + output + " does not exist");
      }
    }
    List<MarkPair> list = MarkPairReader.read(pairs, strict, p -> RegistryOptions.warn(err, p));
    Path temp = output == null ? null : OutputFile.part(output);
    Writer w = temp == null ? out : Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    boolean done = false;
    try {
      var rest = EnumSet.allOf(Feature.class);
      rest.removeAll(FIRST);
      if (format.equals("csv")) {
        var header = new StringBuilder("a,b,score,spelling,sound,lookalike,dominant_word,verdict");
        for (Feature f : rest) {
          header.append(',').append(f.key());
        }
        w.write(header.append(",reasons\n").toString());
        for (MarkPair p : list) {
          Confusion c = score(similarity, p);
          var row = new StringBuilder();
          row.append(CsvReport.cell(p.a())).append(',').append(CsvReport.cell(p.b()));
          row.append(',').append(num(c.score()));
          row.append(',').append(num(c.spelling()));
          row.append(',').append(num(c.sound()));
          row.append(',').append(num(c.lookalike()));
          row.append(',').append(num(c.dominantWord()));
          row.append(',').append(c.verdict().name());
          for (Feature f : rest) {
            row.append(',').append(num(c.value(f)));
          }
          row.append(',').append(CsvReport.cell(String.join("; ", c.reasons())));
          w.write(row.append('\n').toString());
        }
      } else {
        JsonGenerator json =
            new JsonFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
        for (MarkPair p : list) {
          Confusion c = score(similarity, p);
          json.writeStartObject();
          json.writeStringField("a", p.a());
          json.writeStringField("b", p.b());
          json.writeNumberField("score", c.score());
          json.writeNumberField("spelling", c.spelling());
          json.writeNumberField("sound", c.sound());
          json.writeNumberField("lookalike", c.lookalike());
          json.writeNumberField("dominant_word", c.dominantWord());
          json.writeStringField("verdict", c.verdict().name());
          json.writeObjectFieldStart("components");
          for (var comp : c.components()) {
            json.writeObjectFieldStart(comp.feature().key());
            json.writeNumberField("value", comp.value());
            json.writeNumberField("contribution", comp.contribution());
            if (!comp.reason().isEmpty()) {
              json.writeStringField("reason", comp.reason());
            }
            json.writeEndObject();
          }
          json.writeEndObject();
          json.writeArrayFieldStart("reasons");
          for (String r : c.reasons()) {
            json.writeString(r);
          }
          json.writeEndArray();
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
        try {
          if (done) {
            OutputFile.complete(temp, output);
          }
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    }
    return 0;
  }

  static Confusion score(MarkSimilarity similarity, MarkPair p) {
    var goods = Goods.of(p.classesA(), p.goodsA(), p.classesB(), p.goodsB(), p.famous());
    return similarity.compare(MarkForm.of(p.a()), MarkForm.of(p.b()), goods);
  }

  private static void print(
      PrintWriter out, String a, String b, Confusion c, MarkSimilarity similarity) {
    var model = similarity.model();
    out.printf("%s  vs  %s%n", a, b);
    out.printf(
        Locale.ROOT,
        "  probability of confusion %.2f  %s   (possibly from %.2f, likely from %.2f)%n",
        c.score(),
        c.verdict(),
        model.possiblyAt(),
        model.likelyAt());
    out.println();
    out.printf("  %-20s %6s %7s  %s%n", "component", "value", "effect", "reason");
    for (var comp : c.components()) {
      if (comp.value() == 0 && !FIRST.contains(comp.feature())) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "  %-20s %6.2f %+7.2f  %s%n",
          label(comp.feature()),
          comp.value(),
          comp.contribution(),
          comp.reason());
    }
    out.println();
    out.println("  why:");
    for (String r : c.reasons()) {
      out.println("    - " + r);
    }
  }

  private static String label(Feature f) {
    return switch (f) {
      case LOOKALIKE -> "look-alike";
      case DOMINANT -> "dominant word";
      default -> f.key().replace('_', ' ');
    };
  }

  private static Set<Integer> classes(String option, List<Integer> given) {
    var out = new TreeSet<Integer>();
    for (int c : given) {
      if (c < 1 || c > 45) {
        throw new Clearmark.UserMistake(option + ": Nice class must be 1 to 45, got " + c);
      }
      out.add(c);
    }
    return out;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
