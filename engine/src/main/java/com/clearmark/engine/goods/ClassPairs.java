package com.clearmark.engine.goods;

import java.util.Arrays;
import java.util.List;

/**
 * The symmetric 45×45 table of how related the goods of two Nice classes are, read from rows {@code
 * class_a<TAB>class_b<TAB>score<TAB>why} that list only the related pairs. A class is fully related
 * to itself (1.0); a pair not listed scores {@link #BASELINE}. Scores and reasons sit in flat
 * arrays indexed {@code a * 46 + b}, both orders filled, so a look-up is one array read.
 */
final class ClassPairs {

  /** What two different classes score when the table does not list them. */
  static final double BASELINE = 0.05;

  /** A listed pair must score above this and below 1.0, or it would not need listing. */
  static final double LISTED_ABOVE = 0.1;

  private static final int SIDE = NiceClassSet.LAST + 1;

  private final double[] scores = new double[SIDE * SIDE];
  private final String[] reasons = new String[SIDE * SIDE];
  private final int rows;

  private ClassPairs(int rows) {
    this.rows = rows;
  }

  /**
   * Reads the rows of a table; blank lines, {@code #} comments and a header row starting {@code
   * class_a} are skipped.
   *
   * @throws IllegalArgumentException naming the line of the first malformed row, a pair listed
   *     twice (in either order), a class paired with itself or a score outside (0.1, 1.0)
   */
  static ClassPairs parse(List<String> lines, String source) {
    int count = 0;
    for (String line : lines) {
      if (!Resources.skip(line, "class_a\t")) {
        count++;
      }
    }
    var table = new ClassPairs(count);
    Arrays.fill(table.scores, BASELINE);
    for (int c = 0; c < SIDE; c++) {
      table.scores[c * SIDE + c] = 1.0;
    }
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (Resources.skip(line, "class_a\t")) {
        continue;
      }
      table.add(line, source, n + 1);
    }
    return table;
  }

  private void add(String line, String source, int n) {
    String[] parts = line.split("\t", -1);
    if (parts.length != 4 || parts[3].isBlank()) {
      throw new IllegalArgumentException(
          source + ", line " + n + ": expected class_a<TAB>class_b<TAB>score<TAB>why");
    }
    int a = Resources.niceClass(parts[0], source, n);
    int b = Resources.niceClass(parts[1], source, n);
    if (a == b) {
      throw new IllegalArgumentException(
          source + ", line " + n + ": class " + a + " is always fully related to itself");
    }
    double score;
    try {
      score = Double.parseDouble(parts[2].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          source + ", line " + n + ": '" + parts[2] + "' is not a score", e);
    }
    if (!(score > LISTED_ABOVE && score < 1.0)) {
      throw new IllegalArgumentException(
          source + ", line " + n + ": a listed pair scores above 0.1 and below 1.0, got " + score);
    }
    if (reasons[a * SIDE + b] != null) {
      throw new IllegalArgumentException(
          source + ", line " + n + ": classes " + a + " and " + b + " are already listed");
    }
    String why = parts[3].strip();
    scores[a * SIDE + b] = score;
    scores[b * SIDE + a] = score;
    reasons[a * SIDE + b] = why;
    reasons[b * SIDE + a] = why;
  }

  /** The score of two classes, 1.0 for one class twice. */
  double score(int a, int b) {
    return scores[a * SIDE + b];
  }

  /** Why two different classes are related, or null when the table does not list them. */
  String why(int a, int b) {
    return reasons[a * SIDE + b];
  }

  /** How many related pairs the table lists. */
  int rows() {
    return rows;
  }
}
