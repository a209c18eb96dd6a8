package com.clearmark.engine.screening;

/**
 * The scores at which a listing goes to review and is blocked.
 *
 * @param review lowest score that is {@link Decision#REVIEW}
 * @param block lowest score that is {@link Decision#BLOCK}
 */
public record Thresholds(int review, int block) {

  /** Review from 40, block from 75: a single medium finding is reviewed, a high one blocks. */
  public static final Thresholds DEFAULT = new Thresholds(40, 75);

  public Thresholds {
    if (review < 1 || review > 100 || block < 1 || block > 100) {
      throw new IllegalArgumentException("thresholds must be between 1 and 100");
    }
    if (block < review) {
      throw new IllegalArgumentException(
          "the block threshold " + block + " is below the review threshold " + review);
    }
  }

  public Decision decide(int score) {
    if (score >= block) {
      return Decision.BLOCK;
    }
    return score >= review ? Decision.REVIEW : Decision.PASS;
  }
}
