package com.clearmark.engine.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads pairs of marks from a CSV file with columns {@code a} and {@code b}, and optionally {@code
 * label} ({@code confusing} or {@code distinct}) and {@code signs} ({@code similar}, {@code
 * dissimilar} or {@code unknown}). An empty mark or an unknown label is an {@link InputProblem}
 * naming its line and column.
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
    return new MarkPair(row.line(), a, b, label, signs);
  }
}
