package com.clearmark.engine.goods;

import java.util.List;

/**
 * A name and a short heading for each of the 45 Nice classes, in our own words, from {@code
 * nice-class-names.tsv}: {@code class<TAB>name<TAB>heading}. The name is the few words {@link
 * GoodsRelatedness#explain} puts before a class number ("clothing (25)"); the heading lists the
 * main goods or services of the class ("clothing, footwear, headwear").
 */
final class NiceHeadings {

  private static final String TABLE = "nice-class-names.tsv";

  private static final NiceHeadings SHIPPED = new NiceHeadings(Resources.lines(TABLE), TABLE);

  private final String[] names = new String[NiceClassSet.LAST + 1];
  private final String[] headings = new String[NiceClassSet.LAST + 1];

  private NiceHeadings(List<String> lines, String source) {
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (Resources.skip(line, "class\t")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
        throw new IllegalStateException(
            source + ", line " + (n + 1) + ": expected class<TAB>name<TAB>heading");
      }
      int c = Resources.niceClass(parts[0], source, n + 1);
      if (names[c] != null) {
        throw new IllegalStateException(source + ", line " + (n + 1) + ": class " + c + " again");
      }
      names[c] = parts[1].strip();
      headings[c] = parts[2].strip();
    }
    for (int c = NiceClassSet.FIRST; c <= NiceClassSet.LAST; c++) {
      if (names[c] == null) {
        throw new IllegalStateException(source + ": no name for class " + c);
      }
    }
  }

  static String name(int niceClass) {
    NiceClassSet.bit(niceClass);
    return SHIPPED.names[niceClass];
  }

  static String heading(int niceClass) {
    NiceClassSet.bit(niceClass);
    return SHIPPED.headings[niceClass];
  }
}
