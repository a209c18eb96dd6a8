package com.clearmark.app.registry;

import com.clearmark.app.shared.NiceClass;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A mark in an organization's registry.
 *
 * @param niceClasses the classes the registration covers, each a {@link NiceClass} number
 * @param own whether the mark is the organization's own brand (never a third-party risk to it)
 */
public record MarkRow(
    long id,
    String name,
    String owner,
    String registration,
    String jurisdiction,
    Set<Integer> niceClasses,
    MarkStatus status,
    boolean famous,
    boolean own,
    Instant updatedAt) {

  public MarkRow {
    niceClasses.forEach(NiceClass::new);
    niceClasses = Set.copyOf(new TreeSet<>(niceClasses));
  }

  public Mark toEngine() {
    return new Mark(name, owner, registration, jurisdiction, niceClasses, status, famous);
  }

  public String classesText() {
    return new TreeSet<>(niceClasses)
        .stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  static String classesColumn(Set<Integer> classes) {
    return new TreeSet<>(classes).stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static Set<Integer> parseClasses(String column) {
    var out = new TreeSet<Integer>();
    if (column != null) {
      for (String part : column.split(",")) {
        if (!part.isBlank()) {
          out.add(NiceClass.parse(part).number());
        }
      }
    }
    return out;
  }
}
