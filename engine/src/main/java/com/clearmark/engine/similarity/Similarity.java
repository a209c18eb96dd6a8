package com.clearmark.engine.similarity;

/**
 * The similarity of two marks, 0 to 1, with the components it is made of.
 *
 * @param score the overall similarity
 * @param spelling 1 minus the edit distance of the normalised marks over the longer length
 * @param sound the same measure over their sound keys
 * @param lookalike the same measure after digits, symbols and look-alike letters are read as the
 *     letters they imitate
 * @param dominantWord 1 when the distinctive word of one mark appears in the other, a lesser value
 *     when it appears misspelt, 0 otherwise
 */
public record Similarity(
    double score,
    double spelling,
    double sound,
    double lookalike,
    double dominantWord,
    Verdict verdict) {

  public Similarity {
    for (double v : new double[] {score, spelling, sound, lookalike, dominantWord}) {
      if (v < 0 || v > 1 || Double.isNaN(v)) {
        throw new IllegalArgumentException("similarity components must be 0 to 1, got " + v);
      }
    }
  }
}
