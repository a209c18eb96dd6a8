package com.clearmark.bench.confusion;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.io.MarkReader;
import com.clearmark.engine.similarity.Clearance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs {@code clear} for many proposed brands against one registry and writes every conflict, so
 * that a sample can be judged by hand.
 *
 * <p>Usage: {@code ClearanceAudit BRANDS.tsv MARKS.csv OUT.csv}, BRANDS one per line as {@code
 * brand<TAB>classes} (classes {@code ;}-separated, may be empty).
 */
public final class ClearanceAudit {

  public static void main(String[] args) throws IOException {
    var marks = MarkReader.read(Path.of(args[1]), false, p -> {});
    var clearance = new Clearance(MarkIndex.build(marks, false));
    int brands = 0;
    int withConflict = 0;
    int conflicts = 0;
    int likely = 0;
    long started = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      out.write("brand,classes,mark,mark_classes,famous,probability,verdict,weak_only,reasons\n");
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        Set<Integer> classes = new TreeSet<>();
        for (String c : f.length > 1 ? f[1].split(";") : new String[0]) {
          if (!c.isBlank()) {
            classes.add(Integer.parseInt(c.strip()));
          }
        }
        brands++;
        var found = clearance.check(f[0], classes);
        if (!found.isEmpty()) {
          withConflict++;
        }
        for (var c : found) {
          conflicts++;
          likely += c.confusion().verdict().name().startsWith("LIKELY") ? 1 : 0;
          var cells = new ArrayList<String>();
          cells.add(f[0]);
          cells.add(classes.toString());
          cells.add(c.mark().name());
          cells.add(c.mark().niceClasses().toString());
          cells.add(Boolean.toString(c.mark().famous()));
          cells.add(String.format(Locale.ROOT, "%.3f", c.confusion().score()));
          cells.add(c.confusion().verdict().name());
          cells.add(Boolean.toString(c.onlyWeakElement()));
          cells.add(String.join("; ", c.confusion().reasons()));
          var row = new StringBuilder();
          for (String cell : cells) {
            if (row.length() > 0) {
              row.append(',');
            }
            row.append('"').append(cell.replace("\"", "\"\"")).append('"');
          }
          out.write(row.append('\n').toString());
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d brands against %d marks: %d with a conflict, %d conflicts (%d likely), %.1f ms per"
            + " brand%n",
        brands,
        marks.size(),
        withConflict,
        conflicts,
        likely,
        (System.nanoTime() - started) / 1e6 / Math.max(1, brands));
  }
}
