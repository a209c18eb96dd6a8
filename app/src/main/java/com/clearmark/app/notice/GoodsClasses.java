package com.clearmark.app.notice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The Nice classes of the goods in a marketplace category, read from the engine's shipped category
 * table (the one screening judges relatedness by), so a notice is checked against the same meaning
 * of a category as the listing was screened with.
 *
 * <p>The engine keeps its matcher to itself; this reads the table the simple way: the category is
 * cut into segments at {@code >}, {@code ›} and {@code »}, each folded to lower-case words with a
 * plural {@code s} dropped, and the deepest segment in which a phrase of the table occurs decides,
 * its classes being the union of the longest phrases found there. Phrases that only describe goods
 * (attributes) are left out. A category with no known phrase has no classes: unknown, not guessed.
 */
@Component
class GoodsClasses {

  private static final String TABLE = "/com/clearmark/engine/screening/category-nice-classes.tsv";

  private final Map<String, Set<Integer>> phrases;
  private final int longest;

  GoodsClasses() {
    this(readTable());
  }

  GoodsClasses(Map<String, Set<Integer>> phrases) {
    this.phrases = Map.copyOf(phrases);
    this.longest = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
  }

  Set<Integer> of(String category) {
    if (category == null || category.isBlank()) {
      return Set.of();
    }
    String[] segments = category.split("[>\u203a\u00bb]");
    for (int s = segments.length - 1; s >= 0; s--) {
      Set<Integer> found = inSegment(words(segments[s]));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return Set.of();
  }

  private Set<Integer> inSegment(List<String> words) {
    Set<Integer> out = new TreeSet<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int len = Math.min(longest, words.size() - i); len >= 1; len--) {
        Set<Integer> classes = phrases.get(String.join(" ", words.subList(i, i + len)));
        if (classes != null) {
          out.addAll(classes);
          matched = len;
          break;
        }
      }
      i += Math.max(matched, 1);
    }
    return out;
  }

  static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("'", "");
    List<String> out = new ArrayList<>();
    for (String w : folded.split("[^a-z0-9]+")) {
      if (w.isEmpty() || w.equals("and") || w.equals("or") || w.equals("the") || w.equals("amp")) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  private static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static Map<String, Set<Integer>> readTable() {
    Map<String, Set<Integer>> out = new HashMap<>();
    try (InputStream in = GoodsClasses.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        return out;
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2 || (cols.length > 2 && cols[2].strip().equals("attribute"))) {
          continue;
        }
        Set<Integer> classes = new TreeSet<>();
        for (String c : cols[1].split(";")) {
          if (!c.isBlank()) {
            classes.add(Integer.parseInt(c.strip()));
          }
        }
        out.merge(
            String.join(" ", words(cols[0])),
            classes,
            (a, b) -> {
              Set<Integer> u = new TreeSet<>(a);
              u.addAll(b);
              return u;
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
