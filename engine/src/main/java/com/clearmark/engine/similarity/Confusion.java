package com.clearmark.engine.similarity;

import java.util.List;

/**
 * How likely two marks are to be confused: the model's probability, its verdict, every component
 * with what it added to the log-odds, and the reasons a person reads, strongest first.
 *
 * @param score the probability of confusion, 0 to 1
 * @param components one per {@link Feature}, in declaration order
 * @param reasons one-line reasons, strongest first; never empty
 */
public record Confusion(
    double score, Verdict verdict, List<Component> components, List<String> reasons) {

  /**
   * One component: its value, what it added to the log-odds of confusion (negative when it speaks
   * against confusion), and its reason, empty when it has nothing to say.
   */
  public record Component(Feature feature, double value, double contribution, String reason) {}

  public Confusion {
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("a probability is 0 to 1, got " + score);
    }
    components = List.copyOf(components);
    reasons = List.copyOf(reasons);
    if (components.size() != Feature.COUNT) {
      throw new IllegalArgumentException("one component per feature");
    }
  }

  public double value(Feature feature) {
    return components.get(feature.ordinal()).value();
  }

  public double spelling() {
    return value(Feature.SPELLING);
  }

  public double sound() {
    return value(Feature.SOUND);
  }

  /** Similarity once look-alike characters are read as letters: the look-alike keys' measure. */
  public double lookalike() {
    return value(Feature.LOOKALIKE);
  }

  public double dominantWord() {
    return value(Feature.DOMINANT);
  }
}
