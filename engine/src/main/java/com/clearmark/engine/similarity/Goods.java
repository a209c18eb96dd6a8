package com.clearmark.engine.similarity;

import com.clearmark.engine.goods.GoodsRelatedness;
import java.util.List;
import java.util.Set;

/**
 * What is known about the goods of the two marks compared: the Nice classes of each (empty when
 * unknown) and whether the earlier mark is famous.
 */
public record Goods(Set<Integer> earlier, Set<Integer> later, boolean famous) {

  public static final Goods UNKNOWN = new Goods(Set.of(), Set.of(), false);

  public Goods {
    earlier = Set.copyOf(earlier);
    later = Set.copyOf(later);
    for (Set<Integer> s : List.of(earlier, later)) {
      for (int c : s) {
        if (c < 1 || c > 45) {
          throw new IllegalArgumentException("Nice classes are 1 to 45, got " + c);
        }
      }
    }
  }

  /**
   * The goods of a pair from what is recorded of them: the classes when given, otherwise the
   * classes read from the goods in words ({@link GoodsRelatedness#classesOf}).
   */
  public static Goods of(
      Set<Integer> earlier,
      String earlierGoods,
      Set<Integer> later,
      String laterGoods,
      boolean famous) {
    var relatedness = GoodsRelatedness.shipped();
    return new Goods(
        earlier.isEmpty() ? relatedness.classesOf(earlierGoods) : earlier,
        later.isEmpty() ? relatedness.classesOf(laterGoods) : later,
        famous);
  }

  public boolean known() {
    return !earlier.isEmpty() && !later.isEmpty();
  }
}
