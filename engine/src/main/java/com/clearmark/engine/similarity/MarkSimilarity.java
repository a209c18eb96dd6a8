package com.clearmark.engine.similarity;

import com.clearmark.engine.text.EditDistance;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.Phonetic;
import com.clearmark.engine.text.TextFolding;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores how confusingly similar two marks are, the way an examiner compares them: by sight
 * (spelling and look-alike characters), by sound, and by the dominant word they share.
 *
 * <p>Both marks are normalised as screening does ({@link TextFolding}): case, accents, confusable
 * scripts and spacing do not count. Then:
 *
 * <ul>
 *   <li><b>spelling</b> = 1 − d / max(|a|, |b|) over the compact keys, d the {@link EditDistance};
 *   <li><b>sound</b>, the same over {@link Phonetic} keys;
 *   <li><b>look-alike</b>, the same after digits and symbols are read as letters and letters that
 *       look alike in print ({@code rn/m}, {@code vv/w}, {@code l/i}) are merged;
 *   <li><b>dominant word</b>: the longest word of each mark that is not an ordinary English word
 *       (or the longest word when all are ordinary) is looked for among the other mark's words,
 *       exactly (1.0) or within one edit (0.85).
 * </ul>
 *
 * The score is the largest of spelling, look-alike, sound × (0.55 + 0.45 × spelling) and 0.9 ×
 * dominant word, raised by 0.05 when the marks begin with the same letter, where readers look
 * first, and capped at 1. Scores from {@value #LIKELY} are {@link Verdict#LIKELY_CONFUSING}, from
 * {@value #POSSIBLY} {@link Verdict#POSSIBLY_CONFUSING}. The weights and cut-offs were set against
 * the labelled pairs in {@code eval/pairs}; see the README for the accuracy they reach.
 */
public final class MarkSimilarity {

  public static final double LIKELY = 0.75;
  public static final double POSSIBLY = 0.6;

  private final EditDistance distance = new EditDistance();
  private final Lexicon lexicon = Lexicon.english();

  /** Compares two marks as written. Not thread-safe: use one instance per thread. */
  public Similarity compare(String a, String b) {
    return compare(Prepared.of(a), Prepared.of(b));
  }

  /** Compares marks prepared once, for comparing one mark with many. */
  public Similarity compare(Prepared a, Prepared b) {
    double spelling = ratio(a.compact, b.compact);
    double sound = a.sound.isEmpty() || b.sound.isEmpty() ? 0 : ratio(a.sound, b.sound);
    double lookalike = ratio(a.visual, b.visual);
    double dominant = Math.max(dominant(a, b), dominant(b, a));
    // Sound alone over-reaches on long marks (ZORVIX and ZAHERUFYX share a consonant skeleton),
    // so it counts in proportion to how alike the spellings are.
    double heard = sound * (0.55 + 0.45 * spelling);
    double score = Math.max(Math.max(spelling, lookalike), Math.max(heard, 0.9 * dominant));
    if (!a.compact.isEmpty()
        && !b.compact.isEmpty()
        && a.compact.charAt(0) == b.compact.charAt(0)) {
      score += 0.05;
    }
    score = Math.min(1.0, score);
    Verdict verdict =
        score >= LIKELY
            ? Verdict.LIKELY_CONFUSING
            : score >= POSSIBLY ? Verdict.POSSIBLY_CONFUSING : Verdict.DISTINCT;
    return new Similarity(
        round(score), round(spelling), round(sound), round(lookalike), round(dominant), verdict);
  }

  /**
   * How strongly the other mark takes up this mark's dominant part: 1 when it contains the dominant
   * word, 0.9 when it contains the whole mark inside a longer word ({@code EBAY} in {@code
   * PERFUMEBAY}), 0.85 when it contains the dominant word misspelt by one edit.
   */
  private double dominant(Prepared a, Prepared b) {
    if (a.dominant.isEmpty()) {
      return 0;
    }
    double best = 0;
    boolean bothSingleWords = a.words.size() == 1 && b.words.size() == 1;
    for (String w : b.words) {
      if (w.equals(a.dominant) && !bothSingleWords) {
        return 1.0;
      }
      if (a.dominant.length() >= 4
          && !bothSingleWords
          && distance.distance(a.dominant, w, 1) <= 1) {
        best = Math.max(best, 0.85);
      }
    }
    if (a.compact.length() >= 4
        && b.compact.length() > a.compact.length()
        && b.compact.contains(a.compact)) {
      best = Math.max(best, 0.9);
    }
    return best;
  }

  private double ratio(String x, String y) {
    int max = Math.max(x.length(), y.length());
    if (max == 0) {
      return 0;
    }
    int d = distance.distance(x, y, max);
    return 1.0 - (double) d / max;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** A mark normalised once for repeated comparison. */
  public static final class Prepared {
    final String compact;
    final String sound;
    final String visual;
    final List<String> words;
    final String dominant;

    private Prepared(String compact, String visual, List<String> words, String dominant) {
      this.compact = compact;
      this.sound = Phonetic.encode(compact);
      this.visual = visual;
      this.words = words;
      this.dominant = dominant;
    }

    public static Prepared of(String mark) {
      var tokens = new Tokenizer();
      tokens.reset(mark);
      var words = new ArrayList<String>();
      var compact = new StringBuilder();
      var visual = new StringBuilder();
      for (int t = 0; t < tokens.size(); t++) {
        words.add(tokens.term(t));
        compact.append(tokens.term(t));
        tokens.decodeLeet(t);
        visual.append(tokens.leetBuffer(), tokens.normStart(t), tokens.normLength(t));
      }
      String v =
          visual
              .toString()
              .replace("rn", "m")
              .replace("vv", "w")
              .replace('l', 'i')
              .replace("cl", "d");
      return new Prepared(compact.toString(), v, List.copyOf(words), dominantWord(words));
    }

    private static String dominantWord(List<String> words) {
      var lexicon = Lexicon.english();
      String best = "";
      String longest = "";
      for (String w : words) {
        if (w.length() < 2 || GENERIC.contains(w)) {
          continue;
        }
        char[] c = w.toCharArray();
        if (w.length() > longest.length()) {
          longest = w;
        }
        if (!lexicon.containsWord(c, 0, c.length) && w.length() > best.length()) {
          best = w;
        }
      }
      return best.isEmpty() ? longest : best;
    }
  }

  /** Words that never dominate a mark. */
  private static final java.util.Set<String> GENERIC =
      java.util.Set.of("the", "of", "and", "de", "la", "le", "co", "inc", "ltd", "llc", "company");
}
