package com.clearmark.engine.patent;

import com.clearmark.engine.text.TextFolding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a marketplace category, as a browse path like {@code "Kitchen & Dining > Water Bottles"}, to
 * the CPC classification prefixes where patents on such products are filed.
 *
 * <p>The table ships as {@code cpc-of-category.tsv} beside this class: each line gives category
 * words and the prefixes they stand for. The path is split on {@code >}; its segments are tried
 * from the most specific (the last) to the most general, and the first segment that contains every
 * word of at least one line (folded and stemmed, so "Water Bottle" matches "water bottles") gives
 * the union of those lines' prefixes, provided those lines account for every content word of the
 * segment. A segment naming several departments ("Kitchen, Garden & Pets") whose lines cover only
 * some of them ("garden", "pets", not "kitchen") is read as unknown, since the union would hide the
 * patents of the departments no line named; the next, more general segment is tried. A category
 * that matches no line gives no prefixes, and the index then does not filter at all: an unknown
 * category must not hide a patent.
 */
public final class CpcOfCategory {

  /** Words a department name adds to its subject without naming another ("Pet Supplies"). */
  private static final Set<String> GENERIC = Set.of("accessory", "supply", "product", "misc");

  private static final CpcOfCategory SHIPPED = load();

  private record Line(Set<String> words, List<String> prefixes) {}

  private final List<Line> lines;

  private CpcOfCategory(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /** The table shipped with the engine. */
  public static CpcOfCategory shipped() {
    return SHIPPED;
  }

  /**
   * The CPC prefixes for {@code category}, normalised (upper case, no spaces), or an empty list
   * when the category is empty or unknown.
   */
  public List<String> prefixes(String category) {
    if (category == null || category.isBlank()) {
      return List.of();
    }
    String[] segments = category.split(">", 16);
    for (int s = segments.length - 1; s >= 0; s--) {
      Set<String> words = words(segments[s]);
      Set<String> found = new LinkedHashSet<>();
      Set<String> covered = new java.util.HashSet<>();
      for (Line line : lines) {
        if (words.containsAll(line.words)) {
          found.addAll(line.prefixes);
          covered.addAll(line.words);
        }
      }
      if (!found.isEmpty() && coversContent(covered, words)) {
        return List.copyOf(found);
      }
    }
    return List.of();
  }

  /** Whether every word of the segment but stop words and generic ones is a matched line's. */
  private static boolean coversContent(Set<String> covered, Set<String> segment) {
    for (String w : segment) {
      if (!covered.contains(w) && !ClaimWords.isStop(w) && !GENERIC.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** A CPC code or prefix in the form prefixes compare in: upper case, no spaces. */
  static String normalise(String cpc) {
    return cpc.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    String key = TextFolding.key(text);
    if (key.isEmpty()) {
      return out;
    }
    for (String w : key.split(" ")) {
      out.add(ClaimWords.stem(w));
    }
    return out;
  }

  private static CpcOfCategory load() {
    List<Line> lines = new ArrayList<>();
    try (InputStream in = CpcOfCategory.class.getResourceAsStream("cpc-of-category.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cpc-of-category.tsv is missing from the engine");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String row;
      while ((row = reader.readLine()) != null) {
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] cells = row.split("\t");
        if (cells.length != 2) {
          throw new IllegalStateException("cpc-of-category.tsv: bad line " + row);
        }
        List<String> prefixes =
            Arrays.stream(cells[1].split(",")).map(CpcOfCategory::normalise).toList();
        lines.add(new Line(words(cells[0]), prefixes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CpcOfCategory(lines);
  }
}
