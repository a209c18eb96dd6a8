package com.clearmark.engine.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a marketplace category ("Clothing, Shoes &amp; Jewelry", "Grocery &amp; Gourmet Food") to
 * the Nice classes of the goods sold in it, from the table {@code category-nice-classes.tsv}
 * shipped with the engine. An ordinary-word mark such as DOVE (class 3) counts in a Beauty listing
 * and not in a Home &amp; Kitchen one.
 */
final class CategoryClasses {

  private static final CategoryClasses SHIPPED = load("category-nice-classes.tsv");

  private record Entry(String words, Set<Integer> classes) {}

  private final List<Entry> entries;
  private final java.util.concurrent.ConcurrentHashMap<String, Set<Integer>> seen =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CategoryClasses(List<Entry> entries) {
    this.entries = entries;
  }

  static CategoryClasses shipped() {
    return SHIPPED;
  }

  /** The classes of a category; empty when the category is empty or unknown. */
  Set<Integer> classesOf(String category) {
    if (category.isEmpty()) {
      return Set.of();
    }
    // Catalogues use a handful of categories: remember each, up to a bound.
    Set<Integer> known = seen.get(category);
    if (known != null) {
      return known;
    }
    Set<Integer> classes = match(category);
    if (seen.size() < 10_000) {
      seen.put(category, classes);
    }
    return classes;
  }

  private Set<Integer> match(String category) {
    String c = category.toLowerCase(Locale.ROOT);
    var classes = new TreeSet<Integer>();
    for (Entry e : entries) {
      if (c.contains(e.words())) {
        classes.addAll(e.classes());
      }
    }
    return Set.copyOf(classes);
  }

  private static CategoryClasses load(String resource) {
    var entries = new ArrayList<Entry>();
    try (var in = CategoryClasses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        var classes = new TreeSet<Integer>();
        for (String c : parts[1].split(";")) {
          classes.add(Integer.parseInt(c.strip()));
        }
        entries.add(new Entry(parts[0].strip().toLowerCase(Locale.ROOT), Set.copyOf(classes)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new CategoryClasses(List.copyOf(entries));
  }
}
