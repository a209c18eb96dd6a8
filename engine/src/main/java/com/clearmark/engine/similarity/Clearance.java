package com.clearmark.engine.similarity;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.Meanings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a proposed brand name against the registry before the seller adopts it: the live marks it
 * would likely or possibly be confused with, ranked by the probability of confusion, each with its
 * reasons.
 *
 * <p>The registry is not compared mark by mark: {@link ClearanceCandidates} proposes at most
 * {@value #CANDIDATES} marks that share letters, sounds, words or meanings with the name, and only
 * those are scored with {@link MarkSimilarity}. Word weights are learned from the registry itself
 * ({@link Distinctiveness#learnedFrom}), so a word in thousands of marks counts for little. When
 * the classes the name will be used in are given, every mark's own classes weigh in through the
 * relatedness of the goods, and a famous mark keeps a wider scope.
 */
public final class Clearance {

  static final int CANDIDATES = 500;

  /** A registered mark the proposed name conflicts with. */
  public record Conflict(Mark mark, Confusion confusion) {

    /** Whether the two are similar only on a word that is weak in the register. */
    public boolean onlyWeakElement() {
      return confusion.value(Feature.WEAK_ONLY) > 0;
    }
  }

  private final MarkIndex index;
  private final ClearanceCandidates candidates;
  private final Distinctiveness weights;

  public Clearance(MarkIndex index) {
    this.index = index;
    this.candidates = ClearanceCandidates.build(index.marks());
    this.weights = Distinctiveness.learnedFrom(candidates::wordFrequency, candidates.markCount());
  }

  /** The conflicts of a proposed name in the given Nice classes (empty: goods unknown). */
  public List<Conflict> check(String proposed, Set<Integer> classes) {
    var similarity = new MarkSimilarity(ConfusionModel.shipped(), weights);
    var later = MarkForm.of(proposed);
    Meanings meanings = Meanings.shipped();
    var conflicts = new ArrayList<Conflict>();
    for (int id : candidates.candidates(proposed, meanings::equivalents, CANDIDATES)) {
      Mark mark = index.mark(id);
      if (!mark.isLive()) {
        continue;
      }
      var goods = new Goods(mark.niceClasses(), classes, mark.famous());
      var earlier = MarkForm.of(mark.name());
      if (similarity.probability(earlier, later, goods) < similarity.model().possiblyAt()) {
        continue;
      }
      conflicts.add(new Conflict(mark, similarity.compare(earlier, later, goods)));
    }
    conflicts.sort(
        Comparator.comparingDouble((Conflict c) -> c.confusion().score())
            .reversed()
            .thenComparing(c -> c.mark().name()));
    return conflicts;
  }
}
