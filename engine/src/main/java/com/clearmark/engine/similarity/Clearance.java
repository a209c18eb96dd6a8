package com.clearmark.engine.similarity;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.mark.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a proposed brand name against the registry before the seller adopts it: every live mark
 * that is at least possibly confusing, ranked by similarity, with the reasons.
 *
 * <p>When classes are given, a mark conflicts only if it covers one of them, has no recorded
 * classes, or is famous (famous marks are protected beyond their classes). Each mark is compared
 * once: O(marks × mark length²), well under a second for a hundred thousand marks.
 */
public final class Clearance {

  /** A registered mark the proposed name conflicts with. */
  public record Conflict(Mark mark, Similarity similarity, List<String> reasons) {}

  private final MarkIndex index;

  public Clearance(MarkIndex index) {
    this.index = index;
  }

  public List<Conflict> check(String proposed, Set<Integer> classes) {
    var similarity = new MarkSimilarity();
    var candidate = MarkSimilarity.Prepared.of(proposed);
    var conflicts = new ArrayList<Conflict>();
    for (Mark mark : index.marks()) {
      Set<Integer> overlap = new TreeSet<>(mark.niceClasses());
      overlap.retainAll(classes);
      boolean inScope =
          classes.isEmpty() || !overlap.isEmpty() || mark.famous() || mark.niceClasses().isEmpty();
      if (!inScope) {
        continue;
      }
      Similarity s = similarity.compare(candidate, MarkSimilarity.Prepared.of(mark.name()));
      if (s.verdict() == Verdict.DISTINCT) {
        continue;
      }
      conflicts.add(new Conflict(mark, s, reasons(s, mark, overlap, classes)));
    }
    conflicts.sort(
        Comparator.comparingDouble((Conflict c) -> c.similarity().score())
            .reversed()
            .thenComparing(c -> c.mark().name()));
    return conflicts;
  }

  private static List<String> reasons(
      Similarity s, Mark mark, Set<Integer> overlap, Set<Integer> classes) {
    var reasons = new ArrayList<String>();
    if (s.spelling() == 1.0) {
      reasons.add("identical once case, spacing and punctuation are ignored");
    } else if (s.spelling() >= 0.75) {
      reasons.add("spelt alike (spelling " + s.spelling() + ")");
    }
    if (s.lookalike() > s.spelling()) {
      reasons.add("looks alike once look-alike characters are read as letters");
    }
    if (s.sound() >= 0.75 && s.spelling() < 1.0) {
      reasons.add("sounds alike (sound " + s.sound() + ")");
    }
    if (s.dominantWord() > 0) {
      reasons.add("shares its dominant word");
    }
    if (!overlap.isEmpty()) {
      reasons.add("same Nice classes " + overlap);
    } else if (mark.famous() && !classes.isEmpty()) {
      reasons.add("famous mark, protected beyond its classes");
    }
    return reasons;
  }
}
