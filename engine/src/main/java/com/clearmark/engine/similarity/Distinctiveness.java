package com.clearmark.engine.similarity;

import com.clearmark.engine.text.Lexicon;
import java.util.Arrays;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How much a word of a mark counts when two marks are compared: near 0 for a word that tells buyers
 * nothing about the source (THE, CO, INC), low for a word that is descriptive, laudatory or common
 * to thousands of marks (PREMIUM, ORGANIC, RELIEF, GOLD), higher for an ordinary word used as a
 * name, highest for a coined word.
 *
 * <p>Without a register the weight comes from the word itself: {@linkplain #CONNECTORS connecting
 * words and company suffixes} 0, {@linkplain #WEAK weak words} 0.2, numbers and single letters 0.3,
 * ordinary English words ({@link Lexicon#english()}) 0.6, anything else 1.0. With a register
 * ({@link #learnedFrom}), the share of marks a word appears in caps that weight: a word in {@code
 * df} of {@code N} marks gets at most {@code log(N / df) / log(N / 5)}, so a word in five marks or
 * fewer keeps its weight and a word in a tenth of the register falls near 0.2. Learning needs at
 * least {@value #MIN_REGISTER} marks; a smaller register says little about how common a word is.
 */
public final class Distinctiveness {

  static final int MIN_REGISTER = 10_000;

  /** Words that never identify a source on their own. */
  static final Set<String> CONNECTORS =
      words(
          "the",
          "of",
          "and",
          "a",
          "an",
          "de",
          "la",
          "le",
          "les",
          "el",
          "los",
          "las",
          "du",
          "des",
          "der",
          "die",
          "das",
          "di",
          "del",
          "da",
          "do",
          "e",
          "y",
          "et",
          "und",
          "for",
          "by",
          "to",
          "in",
          "on",
          "at",
          "my",
          "your",
          "our",
          "co",
          "inc",
          "llc",
          "ltd",
          "corp",
          "corporation",
          "company",
          "limited",
          "gmbh",
          "ag",
          "sa",
          "srl",
          "spa",
          "plc",
          "pty",
          "bv",
          "nv",
          "kg",
          "sl",
          "sas",
          "sarl",
          "oy",
          "ab",
          "as",
          "group",
          "holdings",
          "international",
          "intl");

  /**
   * Words that are descriptive, laudatory or so common in registers that buyers do not take them as
   * the part of a mark that names its source: laudatory and descriptive words, colours, and places
   * and nationalities, which read as origin. Written for this product from how such words are
   * treated in examination (disclaimers, "weak" findings), not from any particular case.
   */
  static final Set<String> WEAK =
      words(
          "premium",
          "quality",
          "best",
          "better",
          "good",
          "great",
          "super",
          "ultra",
          "pro",
          "plus",
          "max",
          "maxi",
          "extra",
          "royal",
          "gold",
          "golden",
          "silver",
          "classic",
          "original",
          "pure",
          "natural",
          "naturals",
          "nature",
          "organic",
          "organics",
          "fresh",
          "real",
          "true",
          "genuine",
          "smart",
          "eco",
          "bio",
          "green",
          "life",
          "care",
          "health",
          "healthy",
          "home",
          "house",
          "world",
          "global",
          "national",
          "american",
          "america",
          "euro",
          "first",
          "prime",
          "select",
          "choice",
          "star",
          "stars",
          "top",
          "master",
          "expert",
          "perfect",
          "ideal",
          "easy",
          "quick",
          "fast",
          "express",
          "direct",
          "one",
          "total",
          "mega",
          "power",
          "energy",
          "active",
          "sport",
          "sports",
          "fit",
          "fitness",
          "beauty",
          "style",
          "fashion",
          "design",
          "designs",
          "tech",
          "technology",
          "technologies",
          "digital",
          "net",
          "web",
          "online",
          "system",
          "systems",
          "solution",
          "solutions",
          "service",
          "services",
          "products",
          "product",
          "brand",
          "brands",
          "foods",
          "food",
          "kitchen",
          "farm",
          "farms",
          "market",
          "store",
          "shop",
          "shoppe",
          "outlet",
          "mart",
          "supply",
          "supplies",
          "depot",
          "center",
          "centre",
          "club",
          "hub",
          "lab",
          "labs",
          "works",
          "craft",
          "made",
          "living",
          "comfort",
          "soft",
          "clean",
          "clear",
          "bright",
          "happy",
          "little",
          "big",
          "mini",
          "micro",
          "baby",
          "kids",
          "kid",
          "junior",
          "pet",
          "pets",
          "city",
          "capital",
          "union",
          "united",
          "general",
          "standard",
          "special",
          "value",
          "budget",
          "discount",
          "luxury",
          "elite",
          "vip",
          "deluxe",
          "signature",
          "essentials",
          "essential",
          "basics",
          "daily",
          "everyday",
          "relief",
          "rapid",
          "instant",
          "advanced",
          "complete",
          "ultimate",
          "supreme",
          "grand",
          "magic",
          "wonder",
          "miracle",
          "joy",
          "love",
          "fine",
          "nice",
          "new",
          "modern",
          "vintage",
          "heritage",
          "legacy",
          "traditional",
          "spirit",
          "earth",
          "sun",
          "sunny",
          "wellness",
          "vital",
          "vita",
          "medical",
          "med",
          "care",
          "clinic",
          "lite",
          "light",
          "diet",
          "zero",
          "free",
          "mix",
          "blend",
          "spa",
          "salon",
          "studio",
          "boutique",
          "gallery",
          "collection",
          "line",
          "series",
          "edition",
          "plus",
          "xl",
          "xxl",
          "hd",
          "usa",
          "uk",
          "india",
          "china",
          "tm",
          // colours
          "red",
          "blue",
          "black",
          "white",
          "pink",
          "yellow",
          "orange",
          "purple",
          "grey",
          "gray",
          "brown",
          "violet",
          // places and nationalities, which buyers read as origin, not source
          "paris",
          "london",
          "york",
          "roma",
          "rome",
          "milano",
          "milan",
          "tokyo",
          "swiss",
          "italian",
          "italia",
          "french",
          "france",
          "english",
          "british",
          "indian",
          "european",
          "asian",
          "africa",
          "african",
          "japan",
          "japanese",
          "german",
          "spanish",
          "mexican",
          "california",
          "texas",
          "florida",
          "boston",
          "chicago",
          "brooklyn",
          "manhattan",
          "hollywood",
          "oriental",
          "western",
          "eastern",
          "northern",
          "southern",
          "north",
          "south",
          "east",
          "west");

  private final ToIntFunction<String> frequency;
  private final int markCount;
  private final Lexicon english = Lexicon.english();

  private Distinctiveness(ToIntFunction<String> frequency, int markCount) {
    this.frequency = frequency;
    this.markCount = markCount;
  }

  /** Weights from the words alone, for comparing two marks without a register. */
  public static Distinctiveness builtIn() {
    return new Distinctiveness(w -> 0, 0);
  }

  /**
   * Weights capped by how common each word is in a register of {@code markCount} marks, {@code
   * frequency} giving the number of marks a folded word appears in.
   */
  public static Distinctiveness learnedFrom(ToIntFunction<String> frequency, int markCount) {
    return new Distinctiveness(frequency, markCount);
  }

  /** The weight of a folded word, 0 to 1. */
  public double weight(String word) {
    double own = ownWeight(word);
    if (markCount < MIN_REGISTER || own == 0) {
      return own;
    }
    int df = frequency.applyAsInt(word);
    if (df <= 5) {
      return own;
    }
    double learned = Math.log((double) markCount / df) / Math.log(markCount / 5.0);
    return Math.max(0.05, Math.min(own, learned));
  }

  /** Below this weight a word counts for little: it is weak. */
  static final double WEAK_BELOW = 0.35;

  private double ownWeight(String word) {
    if (word.isEmpty() || CONNECTORS.contains(word)) {
      return 0;
    }
    if (WEAK.contains(word) || WEAK.contains(singular(word))) {
      return 0.2;
    }
    if (word.length() == 1 || isNumber(word)) {
      return 0.3;
    }
    char[] c = word.toCharArray();
    return english.containsWord(c, 0, c.length) ? 0.6 : 1.0;
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
