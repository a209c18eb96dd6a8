package com.clearmark.engine.io;

import java.util.Objects;
import java.util.Set;

/**
 * Two marks to compare, with what a labelled set of decided pairs records of them.
 *
 * @param line the line of the pair in its file
 * @param a the earlier mark
 * @param b the later mark
 * @param label {@code confusing}, {@code distinct}, or empty when the pair is not labelled
 * @param signs what the tribunal found of the marks themselves ({@code similar}, {@code dissimilar}
 *     or {@code unknown}), when the labelled set records it
 * @param source the family of tribunals the decision comes from ({@code ttab}, {@code eu}, ...), or
 *     empty
 * @param classesA Nice classes of the earlier mark, empty when unknown
 * @param classesB Nice classes of the later mark, empty when unknown
 * @param goodsA the earlier mark's goods or services in words, or empty
 * @param goodsB the later mark's goods or services in words, or empty
 * @param famous whether the earlier mark was found famous or well known
 */
public record MarkPair(
    long line,
    String a,
    String b,
    String label,
    String signs,
    String source,
    Set<Integer> classesA,
    Set<Integer> classesB,
    String goodsA,
    String goodsB,
    boolean famous) {

  public MarkPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    label = label == null ? "" : label;
    signs = signs == null ? "" : signs;
    source = source == null ? "" : source;
    classesA = classesA == null ? Set.of() : Set.copyOf(classesA);
    classesB = classesB == null ? Set.of() : Set.copyOf(classesB);
    goodsA = goodsA == null ? "" : goodsA;
    goodsB = goodsB == null ? "" : goodsB;
  }
}
