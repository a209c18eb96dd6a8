package com.clearmark.engine.network;

import java.util.Objects;

/**
 * One reason to believe two sellers are run by the same people.
 *
 * @param a the index of one seller in the list given to {@link SellerNetworks#build}
 * @param b the index of the other, greater than {@code a}
 * @param evidence a short sentence saying what they share, for a person to check
 */
public record SellerLink(int a, int b, LinkKind kind, String evidence) {

  public SellerLink {
    if (a < 0 || b <= a) {
      throw new IllegalArgumentException("a link joins two sellers a < b, got " + a + " and " + b);
    }
    Objects.requireNonNull(kind, "kind");
    if (evidence == null || evidence.isBlank()) {
      throw new IllegalArgumentException("a link needs its evidence");
    }
  }
}
