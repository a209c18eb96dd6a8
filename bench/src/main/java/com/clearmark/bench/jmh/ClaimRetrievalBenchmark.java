package com.clearmark.bench.jmh;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimText;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentIndex;
import com.clearmark.engine.patent.PatentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retrieving the patents a listing may read on: {@link PatentIndex#search} against a register of
 * generated patents (100,000 by default), milliseconds per listing.
 *
 * <p>Patents are generated from a seeded vocabulary of 6,000 words drawn with a Zipf-like skew
 * (common part names such as "body" and "lid" occur in most patents, as in real registers), each
 * with a title, three independent and three dependent claims of four to six elements, and CPC
 * classes of which about one in six falls under the water-bottle prefixes. Listings are built from
 * the same vocabulary, with a title, five bullets and a description, in the category "Kitchen &
 * Dining > Water Bottles", so the CPC filter applies.
 *
 * <p>{@code search} runs the index. The baseline of the same run, {@code baselineLinearScan},
 * scores the same BM25 formula over every patent's own term-frequency map, with the same query
 * terms and CPC filter: what retrieval costs without the inverted postings.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main ClaimRetrievalBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class ClaimRetrievalBenchmark {

  private static final int VOCABULARY = 6_000;
  private static final int LISTINGS = 256;
  private static final String CATEGORY = "Kitchen & Dining > Water Bottles";
  private static final String[] BOTTLE_CPC = {"A47G 19/2266", "B65D 47/06", "A45F 3/16"};
  private static final String[] OTHER_CPC = {
    "A01K 27/00", "A63H 33/00", "H04M 1/02", "B62J 11/00", "A47L 13/16", "F21V 33/00"
  };
  private static final String[] COMMON = {
    "body",
    "lid",
    "wall",
    "handle",
    "base",
    "cap",
    "straw",
    "loop",
    "seal",
    "spout",
    "chamber",
    "opening",
    "insulated",
    "double",
    "steel",
    "plastic",
    "silicone",
    "threaded",
    "removable",
    "bottle",
    "container",
    "cup",
    "vessel",
    "strap",
    "clip",
    "ring",
    "cover",
    "sleeve",
    "valve",
    "hinge"
  };
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  @Param({"100000"})
  int patents;

  private PatentIndex index;
  private Listing[] listings;
  private int next;

  private List<Map<String, Integer>> termsOf;
  private float[] lengthNorm;
  private boolean[] allowed;
  private Map<String, Integer> df;
  private String[][] queries;

  @Setup(Level.Trial)
  public void setUp() {
    String[] words = vocabulary();
    var random = new SplittableRandom(16);
    var register = new ArrayList<Patent>(patents);
    for (int i = 0; i < patents; i++) {
      register.add(patent(i, words, random));
    }
    index = PatentIndex.build(register);
    listings = new Listing[LISTINGS];
    for (int i = 0; i < LISTINGS; i++) {
      listings[i] = listing(i, words, random);
    }
    baseline(register);
  }

  @Benchmark
  public int search() {
    Listing l = listings[next++ & (LISTINGS - 1)];
    return index.search(l, 5).size();
  }

  @Benchmark
  public int baselineLinearScan() {
    int i = next++ & (LISTINGS - 1);
    String[] query = queries[i];
    int n = termsOf.size();
    int best = -1;
    double bestScore = 0;
    for (int d = 0; d < n; d++) {
      if (!allowed[d]) {
        continue;
      }
      Map<String, Integer> tf = termsOf.get(d);
      double score = 0;
      for (String t : query) {
        Integer f = tf.get(t);
        if (f != null) {
          int docs = df.getOrDefault(t, 1);
          double idf = Math.log(1 + (n - docs + 0.5) / (docs + 0.5));
          score += idf * f * (K1 + 1) / (f + lengthNorm[d]);
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  }

  private static String[] vocabulary() {
    String[] words = new String[VOCABULARY];
    System.arraycopy(COMMON, 0, words, 0, COMMON.length);
    var random = new SplittableRandom(7);
    String consonants = "bcdfgklmnprstvz";
    String vowels = "aeiou";
    for (int i = COMMON.length; i < VOCABULARY; i++) {
      var sb = new StringBuilder();
      int syllables = 2 + random.nextInt(2);
      for (int s = 0; s < syllables; s++) {
        sb.append(consonants.charAt(random.nextInt(consonants.length())));
        sb.append(vowels.charAt(random.nextInt(vowels.length())));
      }
      sb.append(consonants.charAt(random.nextInt(consonants.length())));
      words[i] = sb.toString();
    }
    return words;
  }

  /** A word with a Zipf-like skew: rank r drawn with probability about 1 / r. */
  private static String word(String[] words, SplittableRandom random) {
    double u = random.nextDouble();
    int rank = (int) Math.floor(Math.pow(words.length, u)) - 1;
    return words[Math.min(Math.max(rank, 0), words.length - 1)];
  }

  private static String phrase(String[] words, SplittableRandom random) {
    return word(words, random) + " " + word(words, random);
  }

  private static Patent patent(int i, String[] words, SplittableRandom random) {
    var claims = new ArrayList<Claim>();
    String product = phrase(words, random);
    for (int c = 0; c < 3; c++) {
      var text = new StringBuilder().append(claims.size() + 1).append(". A ").append(product);
      text.append(" comprising: ");
      int elements = 4 + random.nextInt(3);
      for (int e = 0; e < elements; e++) {
        if (e > 0) {
          text.append(e == elements - 1 ? "; and " : "; ");
        }
        text.append("a ").append(phrase(words, random)).append(" attached to the ");
        text.append(word(words, random));
      }
      claims.add(ClaimText.parse(claims.size() + 1, text.append('.').toString()));
      int independent = claims.size();
      claims.add(
          ClaimText.parse(
              claims.size() + 1,
              (claims.size() + 1)
                  + ". The "
                  + product
                  + " of claim "
                  + independent
                  + ", wherein the "
                  + word(words, random)
                  + " is "
                  + phrase(words, random)
                  + "."));
    }
    String cpc =
        random.nextInt(6) == 0
            ? BOTTLE_CPC[random.nextInt(BOTTLE_CPC.length)]
            : OTHER_CPC[random.nextInt(OTHER_CPC.length)];
    return new Patent(
        Integer.toString(10_000_000 + i),
        "B2",
        PatentType.UTILITY,
        phrase(words, random) + " " + product,
        "Assignee " + (i % 5000),
        LocalDate.of(2012, 1, 1).plusDays(i % 2500),
        LocalDate.of(2020, 1, 1).plusDays(i % 1500),
        null,
        0,
        false,
        null,
        null,
        List.of(cpc),
        claims);
  }

  private static Listing listing(int i, String[] words, SplittableRandom random) {
    var bullets = new String[5];
    for (int b = 0; b < bullets.length; b++) {
      bullets[b] =
          phrase(words, random) + " with " + phrase(words, random) + " " + word(words, random);
    }
    var description = new StringBuilder();
    for (int w = 0; w < 40; w++) {
      description.append(word(words, random)).append(' ');
    }
    return Listing.builder()
        .sku("SKU-" + i)
        .title(phrase(words, random) + " " + phrase(words, random) + " bottle")
        .bulletPoints(bullets)
        .description(description.toString().strip())
        .category(CATEGORY)
        .build();
  }

  /** Per-patent term maps weighted as the index weighs them, and the listings' query terms. */
  private void baseline(List<Patent> register) {
    termsOf = new ArrayList<>(register.size());
    df = new HashMap<>();
    lengthNorm = new float[register.size()];
    allowed = new boolean[register.size()];
    long total = 0;
    int[] lengths = new int[register.size()];
    for (int d = 0; d < register.size(); d++) {
      Patent p = register.get(d);
      Map<String, Integer> tf = new HashMap<>();
      int length = add(tf, p.title(), 3);
      for (Claim c : p.claims()) {
        length += add(tf, c.text(), c.independent() ? 2 : 1);
      }
      for (String t : tf.keySet()) {
        df.merge(t, 1, Integer::sum);
      }
      termsOf.add(tf);
      lengths[d] = length;
      total += length;
      allowed[d] =
          p.cpc().stream()
              .anyMatch(c -> c.startsWith("A47G") || c.startsWith("B65D") || c.startsWith("A45F"));
    }
    double average = (double) total / register.size();
    for (int d = 0; d < register.size(); d++) {
      lengthNorm[d] = (float) (K1 * (1 - B + B * lengths[d] / average));
    }
    queries = new String[LISTINGS][];
    for (int i = 0; i < LISTINGS; i++) {
      Listing l = listings[i];
      var terms = new java.util.LinkedHashSet<String>();
      collect(terms, l.title());
      l.bulletPoints().forEach(b -> collect(terms, b));
      collect(terms, l.description());
      queries[i] =
          terms.stream()
              .sorted((a, b) -> Integer.compare(df.getOrDefault(a, 0), df.getOrDefault(b, 0)))
              .limit(32)
              .toArray(String[]::new);
    }
  }

  private static int add(Map<String, Integer> tf, String text, int weight) {
    int n = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (w.length() > 1) {
        tf.merge(w, weight, Integer::sum);
        n += weight;
      }
    }
    return n;
  }

  private static void collect(java.util.Set<String> terms, String text) {
    Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
        .filter(w -> w.length() > 1)
        .forEach(terms::add);
  }
}
