package com.clearmark.engine.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads pairs of marks from a CSV file with columns {@code a} (the earlier mark) and {@code b}, and
 * optionally {@code label} ({@code confusing} or {@code distinct}), {@code signs} ({@code similar},
 * {@code dissimilar} or {@code unknown}), {@code source}, {@code classes_a} and {@code classes_b}
 * (Nice classes separated by {@code ;}), {@code goods_a} and {@code goods_b} (the goods in words)
 * and {@code famous} ({@code yes} or {@code no}). An empty mark, an unknown label or a class
 * outside 1 to 45 is an {@link InputProblem} naming its line and column.
 */
public final class MarkPairReader {

  private MarkPairReader() {}

  public static List<MarkPair> read(Path file, boolean strict, Consumer<InputProblem> problems) {
    return Table.readCsv(
        InputFile.of(file), new Problems(strict, problems), List.of("a", "b"), MarkPairReader::of);
  }

  private static MarkPair of(Row row) {
    String a = row.get("a");
    String b = row.get("b");
    if (a.isEmpty()) {
      throw new InvalidValue("a", "the first mark is empty");
    }
    if (b.isEmpty()) {
      throw new InvalidValue("b", "the second mark is empty");
    }
    String label = row.get("label").toLowerCase(Locale.ROOT);
    if (!label.isEmpty() && !label.equals("confusing") && !label.equals("distinct")) {
      throw new InvalidValue("label", "expected confusing or distinct, got \"" + label + "\"");
    }
    String signs = row.get("signs").toLowerCase(Locale.ROOT);
    if (!signs.isEmpty()
        && !signs.equals("similar")
        && !signs.equals("dissimilar")
        && !signs.equals("unknown")) {
      throw new InvalidValue(
          "signs", "expected similar, dissimilar or unknown, got \"" + signs + "\"");
    }
    String famous = row.get("famous").toLowerCase(Locale.ROOT);
    if (!famous.isEmpty() && !famous.equals("yes") && !famous.equals("no")) {
      throw new InvalidValue("famous", "expected yes or no, got \"" + famous + "\"");
    }
    return new MarkPair(
        row.line(),
        a,
        b,
        label,
        signs,
        row.get("source").toLowerCase(Locale.ROOT),
        classes(row.get("classes_a"), "classes_a"),
        classes(row.get("classes_b"), "classes_b"),
        row.get("goods_a"),
        row.get("goods_b"),
        famous.equals("yes"));
  }

  private static Set<Integer> classes(String raw, String column) {
    var classes = new TreeSet<Integer>();
    for (String part : raw.split("[;,]")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int n;
      try {
        n = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new InvalidValue(
            column, "expected Nice class numbers separated by ;, got \"" + raw + "\"");
      }
      if (n < 1 || n > 45) {
        throw new InvalidValue(column, "Nice classes are 1 to 45, got " + n);
      }
      classes.add(n);
    }
    return classes;
  }
}
