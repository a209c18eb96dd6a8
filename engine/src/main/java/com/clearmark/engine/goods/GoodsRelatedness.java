package com.clearmark.engine.goods;

import java.util.Set;

/** PLACEHOLDER until the goods table lands. */
public final class GoodsRelatedness {
  private static final GoodsRelatedness SHIPPED = new GoodsRelatedness();

  public static GoodsRelatedness shipped() {
    return SHIPPED;
  }

  public double relatedness(Set<Integer> a, Set<Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Double.NaN;
    }
    for (int c : a) {
      if (b.contains(c)) {
        return 1;
      }
    }
    return 0.05;
  }

  public String explain(Set<Integer> a, Set<Integer> b) {
    return "classes " + a + " and " + b;
  }

  public Set<Integer> classesOf(String goodsText) {
    return Set.of();
  }
}
