package com.clearmark.engine.goods;

import java.util.Set;

/**
 * How related the goods and services of two marks are, one factor of likelihood of confusion:
 * identical marks on unrelated goods can coexist (DOMINO sugar and DOMINO'S pizza restaurants),
 * while related goods (clothing and bags, beer and wine, software and software as a service) make
 * confusion likelier. Goods are compared by their Nice classes; {@link #classesOf} finds the
 * classes of a free-text description.
 *
 * <h2>The class table</h2>
 *
 * <p>Goods in the same class score 1.0. For two different classes the score comes from {@code
 * related-classes.tsv}, a symmetric 45×45 table that lists only the related pairs, each with a
 * score and a one-line reason; every pair it does not list scores {@link #BASELINE}. The pairs
 * follow how trade is done, in the spirit of the USPTO's "coordinated classes": goods commonly
 * made, sold or marketed together under one mark. Roughly:
 *
 * <ul>
 *   <li><b>0.8</b>: the same product sold two ways, or goods nearly always sold side by side:
 *       downloadable software (9) and software as a service (42); beer (32) and wine or spirits
 *       (33); clothing (25) and bags (18); meat and dairy (29) and coffee, sugar, bakery goods
 *       (30).
 *   <li><b>0.5–0.6</b>: goods or services one business commonly offers together: cosmetics (3) with
 *       pharmaceuticals (5) and with beauty salons (44); pharmaceuticals with medical apparatus
 *       (10) and medical services (44); jewellery and watches (14) with clothing (25); phones (9)
 *       and telecommunications (38).
 *   <li><b>0.3–0.4</b>: goods that meet in one trade or shop: fashion eyewear (9) and clothing;
 *       perfume (3) and handbags (18) of fashion houses.
 *   <li><b>0.2–0.3</b>: weak, where a business merely sells its own goods: retail services (35) and
 *       each class of goods; restaurants and bars (43) and food or drink (29, 30, 32, 33). Such a
 *       pair is not related by itself; the law asks for "something more".
 * </ul>
 *
 * <p>For sets of classes the score is 1.0 when they share a class, else the best score over all
 * pairs of one class from each: at most 45×45 look-ups in a flat array. An empty set means the
 * goods are unknown, and the score is {@code NaN} so that callers treat unknown apart from
 * unrelated.
 *
 * <h2>Reading a description</h2>
 *
 * <p>{@link #classesOf} reads at most the first 2,000 characters (a word cut by the cap is dropped)
 * against {@code goods-keywords.tsv}, phrases with the classes they name:
 *
 * <ol>
 *   <li><b>Folding.</b> Words are folded (case, accents, full-width forms), apostrophes inside them
 *       dropped, and reduced to a singular stem by a few suffix rules, so {@code shoes}, {@code
 *       Shoe} and {@code SHOES} read alike, and so do {@code batteries} and {@code battery}. Other
 *       characters separate words; commas, colons and brackets also end a list item; semicolons,
 *       full stops and line breaks end a clause. Small words ({@code the}, {@code namely}, {@code
 *       including}...) are dropped: after {@code namely} a description repeats the goods just named
 *       in narrower words, which the table reads like any other.
 *   <li><b>Longest phrase.</b> The phrases sit in a trie of word stems. At each word the longest
 *       phrase starting there wins and reading resumes after it, so {@code tea towels} is 24 and
 *       not tea (30), {@code smart watch} 9 and not watch (14), {@code non-alcoholic beer} 32 and
 *       not alcoholic (33). A phrase passes over {@code and}, {@code or} and the markers below
 *       ({@code bed and breakfast}, {@code clothing for animals}), never over punctuation.
 *   <li><b>Subject.</b> A marker ({@code for}, {@code featuring}, {@code relating to}, {@code
 *       about}, {@code except}; and {@code of} after a service) that follows a phrase opens its
 *       subject: what the goods are for or what a service deals in, not further goods. Phrases in
 *       the subject are not counted. After a service the subject runs to the end of the clause
 *       ({@code retail store services featuring clothing, footwear and bags} is 35 only; {@code
 *       restaurant services featuring pizza} 43 only); after goods it ends at the next comma too
 *       ({@code bags for cosmetics} is 18; {@code shampoo for pets, dog food} is 3 and 31).
 *   <li><b>Compound.</b> When a goods phrase and a service phrase follow each other with nothing
 *       between, the first only qualifies the second: {@code shoe repair} is 37, {@code restaurant
 *       software} 9.
 * </ol>
 *
 * <p>The result is the classes of the counted phrases, or none when no phrase matched. Work is
 * O(t·p) for t tokens and a longest phrase of p words; a call allocates one word buffer and one
 * token array, nothing per token.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #shipped()} is loaded once.
 */
public final class GoodsRelatedness {

  /** What two different classes score when the table does not list them as related. */
  public static final double BASELINE = ClassPairs.BASELINE;

  private static final String PAIRS = "related-classes.tsv";
  private static final String PHRASES = "goods-keywords.tsv";

  private static final GoodsRelatedness SHIPPED =
      new GoodsRelatedness(
          ClassPairs.parse(Resources.lines(PAIRS), PAIRS),
          GoodsPhrases.parse(Resources.lines(PHRASES), PHRASES));

  private final ClassPairs pairs;
  private final GoodsPhrases phrases;

  GoodsRelatedness(ClassPairs pairs, GoodsPhrases phrases) {
    this.pairs = pairs;
    this.phrases = phrases;
  }

  /** The tables shipped with the engine, read once. */
  public static GoodsRelatedness shipped() {
    return SHIPPED;
  }

  /**
   * How related goods in classes {@code a} are to goods in classes {@code b}, from 0 to 1: 1.0 when
   * they share a class, else the best score of a pair of classes; {@code NaN} when either set is
   * empty (goods unknown).
   *
   * @throws IllegalArgumentException for a class outside 1..45
   */
  public double relatedness(Set<Integer> a, Set<Integer> b) {
    long x = NiceClassSet.bitsOf(a);
    long y = NiceClassSet.bitsOf(b);
    if (x == 0 || y == 0) {
      return Double.NaN;
    }
    if ((x & y) != 0) {
      return 1.0;
    }
    int pair = best(x, y);
    return pairs.score(pair >>> 8, pair & 0xff);
  }

  /**
   * One line saying why {@link #relatedness} scores as it does: {@code both in class 25
   * (clothing)}, {@code clothing (25) and bags (18) are often sold under one brand...}, {@code
   * coffee, sugar, bakery goods (30) and firearms (13) are not related}.
   *
   * @throws IllegalArgumentException for a class outside 1..45
   */
  public String explain(Set<Integer> a, Set<Integer> b) {
    long x = NiceClassSet.bitsOf(a);
    long y = NiceClassSet.bitsOf(b);
    if (x == 0 || y == 0) {
      String side =
          x == 0 && y == 0 ? "either side" : x == 0 ? "the first side" : "the second side";
      return "relatedness unknown: no Nice class for " + side;
    }
    long shared = x & y;
    if (shared != 0) {
      return "both in " + (Long.bitCount(shared) == 1 ? "class " : "classes ") + numbered(shared);
    }
    int pair = best(x, y);
    int c = pair >>> 8;
    int d = pair & 0xff;
    String why = pairs.why(c, d);
    if (why == null) {
      return listed(x) + " and " + listed(y) + " are not related";
    }
    return named(c) + " and " + named(d) + " " + why;
  }

  /**
   * The Nice classes that a goods or services description names, such as {@code beer}, {@code
   * computer software for managing databases} or {@code restaurant services}; empty when it names
   * none (or is null or blank). The set is immutable and iterates in ascending order.
   */
  public Set<Integer> classesOf(String goodsText) {
    return NiceClassSet.of(phrases.classesOf(goodsText));
  }

  /**
   * A short heading of a Nice class in a few words, such as {@code clothing, footwear, headwear}
   * for 25.
   *
   * @throws IllegalArgumentException for a class outside 1..45
   */
  public static String heading(int niceClass) {
    return NiceHeadings.heading(niceClass);
  }

  /** How many related pairs of different classes the table lists. */
  int relatedPairs() {
    return pairs.rows();
  }

  /** How many phrases name goods or services of a class. */
  int phrasesOf(int niceClass) {
    return phrases.phrasesOf(niceClass);
  }

  /** How many phrases the table holds. */
  int phrases() {
    return phrases.phrases();
  }

  /**
   * The pair of classes, one from each set, with the highest score (the lowest classes on a tie),
   * packed as {@code a << 8 | b}.
   */
  private int best(long x, long y) {
    double top = -1;
    int pair = 0;
    for (long p = x; p != 0; p &= p - 1) {
      int c = Long.numberOfTrailingZeros(p);
      for (long q = y; q != 0; q &= q - 1) {
        int d = Long.numberOfTrailingZeros(q);
        double s = pairs.score(c, d);
        if (s > top) {
          top = s;
          pair = c << 8 | d;
        }
      }
    }
    return pair;
  }

  private static String named(int c) {
    return NiceHeadings.name(c) + " (" + c + ")";
  }

  /** {@code clothing (25)} for one class, {@code classes 18, 25} for several. */
  private static String listed(long classes) {
    if (Long.bitCount(classes) == 1) {
      return named(Long.numberOfTrailingZeros(classes));
    }
    var s = new StringBuilder("classes ");
    for (long p = classes; p != 0; p &= p - 1) {
      s.append(Long.numberOfTrailingZeros(p)).append((p & (p - 1)) != 0 ? ", " : "");
    }
    return s.toString();
  }

  /** {@code 25 (clothing)}, or {@code 18 (bags) and 25 (clothing)}. */
  private static String numbered(long classes) {
    var s = new StringBuilder();
    int left = Long.bitCount(classes);
    for (long p = classes; p != 0; p &= p - 1) {
      int c = Long.numberOfTrailingZeros(p);
      s.append(c).append(" (").append(NiceHeadings.name(c)).append(')');
      left--;
      s.append(left > 1 ? ", " : left == 1 ? " and " : "");
    }
    return s.toString();
  }
}
