package com.clearmark.engine.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a marketplace category to the Nice classes of the goods sold in it, from the table {@code
 * category-nice-classes.tsv} shipped with the engine. An ordinary-word mark such as DOVE (class 3)
 * counts in a Beauty listing and not in a Home &amp; Kitchen one.
 *
 * <p>A category is read as a path from the department down, as marketplaces write it: {@code home &
 * kitchen > Kitchen & Dining} (Amazon.in), {@code Clothing, Shoes & Jewelry › Women › Watches}
 * (Amazon browse nodes), {@code Beauty & Hygiene > Hair Care > Hair Oil & Serum} (bigbasket), or a
 * list such as {@code ['Health & Household', 'Vitamins']}. The algorithm:
 *
 * <ol>
 *   <li><b>Segments.</b> The path is cut at {@code >}, {@code ›} and {@code »} (or into the items
 *       of a bracketed list).
 *   <li><b>Words.</b> Each segment is folded: accents removed, lower case, apostrophes dropped
 *       ({@code Men's} = {@code mens}), every other non-letter a word break. {@code &}, {@code
 *       and}, {@code or}, commas, {@code /} and {@code +} also end a <em>conjunct</em>, so {@code
 *       Kitchen & Dining}, {@code Kitchen and Dining} and {@code Kitchen, Dining} read alike. A few
 *       stop words ({@code the}, {@code all}, {@code other}...) are dropped and each word is
 *       reduced to a singular stem by suffix rules ({@code watches} = {@code watch}, {@code
 *       accessories} = {@code accessory}, {@code cookies} = {@code cookie}, {@code knives} = {@code
 *       knife}).
 *   <li><b>Phrases.</b> The table's phrases, stemmed the same way, sit in a trie of words. A
 *       segment is matched leftmost-longest: at each word the longest phrase starting there wins
 *       and matching resumes after it, so {@code smart watch} (9) hides {@code watch} (14) and
 *       {@code pet food} is read before {@code food}. Phrases ignore conjunct breaks, so a
 *       department name such as {@code Car & Bike Care} can be one phrase.
 *   <li><b>Roles.</b> A phrase names {@code goods} (the default), a {@code qualifier} of who or
 *       what the goods are for ({@code baby}, {@code pet}, {@code car}, {@code fashion}), an {@code
 *       attribute} ({@code fresh}, {@code frozen}, {@code dried}), or {@code ambiguous} goods whose
 *       classes depend on where they are listed, given as all their senses ({@code keyboard} is 9
 *       or 15, {@code food} 29, 30 or 31, {@code collar} 18 or 25). Within a conjunct the goods'
 *       classes are united and then narrowed by each qualifier or attribute next to them, where the
 *       two overlap: {@code Pet Toys} is 28, {@code Pet Food} 31, {@code Fresh Fruits} 31, {@code
 *       Car Electronics} 9, while {@code Car Toys} stays 28. A qualifier alone means its own
 *       classes ({@code Baby Products}); an attribute alone means nothing. The segment's classes
 *       are the union over its conjuncts.
 *   <li><b>Deepest segment wins.</b> The last segment with any classes decides; segments that say
 *       nothing ({@code Cases}, {@code Women}, {@code Value Bazaar}) fall back to their parents. So
 *       {@code Home & Kitchen > Kitchen & Dining} is 8, 11 and 21, not every home class, and {@code
 *       Electronics > Cell Phones & Accessories > Cases} is 9. Parents never add classes. Only the
 *       senses of ambiguous phrases are then narrowed: by each parent segment in turn, nearest
 *       first, then by the rest of their own segment, wherever the two share classes. So {@code
 *       Musical Instruments > Keyboards} is 15 and {@code Computers > Keyboards} 9, {@code Pet
 *       Supplies > Dogs > Food} is 31.
 *   <li>A category in which no segment has a known meaning, or an empty one, gives no classes:
 *       relatedness is unknown, never guessed.
 * </ol>
 *
 * <p>Classes are held as bits of a {@code long} while matching. Matching costs O(w·p) for w words
 * and a longest phrase of p words; as catalogues use few categories, each result is remembered per
 * category string (up to {@value #CACHE_BOUND} of them), so {@link #classesOf} is a concurrent map
 * read for all but the first listing of a category. Instances are immutable apart from that cache
 * and safe to share between threads.
 */
final class CategoryClasses {

  static final int CACHE_BOUND = 10_000;

  private static final String TABLE = "category-nice-classes.tsv";

  private static final Pattern PATH_SEPARATOR = Pattern.compile("[>\u203a\u00bb]");
  private static final Pattern LIST_ITEM = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
  private static final String CONJUNCTIONS = "&,/+;";
  private static final Set<String> CONJUNCTION_WORDS = Set.of("and", "or");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "all", "amp", "an", "at", "by", "etc", "for", "in", "more", "of", "on", "other",
          "others", "the", "to", "with");
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("children", "child"),
          Map.entry("feet", "foot"),
          Map.entry("halves", "half"),
          Map.entry("knives", "knife"),
          Map.entry("leaves", "leaf"),
          Map.entry("lens", "lens"),
          Map.entry("lenses", "lens"),
          Map.entry("loaves", "loaf"),
          Map.entry("mangoes", "mango"),
          Map.entry("mice", "mouse"),
          Map.entry("potatoes", "potato"),
          Map.entry("scarves", "scarf"),
          Map.entry("shelves", "shelf"),
          Map.entry("teeth", "tooth"),
          Map.entry("tomatoes", "tomato"));

  // Loaded after the word constants above, which reading the table uses.
  private static final CategoryClasses SHIPPED = load(TABLE);

  /** What a phrase of the table says about a category segment. */
  enum Role {
    /** Names goods; its classes are theirs. */
    GOODS,
    /** Names who or what goods are for; narrows goods next to it, or stands for its classes. */
    QUALIFIER,
    /** Describes goods (fresh, frozen); narrows goods next to it, means nothing alone. */
    ATTRIBUTE,
    /** Names goods with several senses; the category path narrows it to the ones meant. */
    AMBIGUOUS
  }

  private record Phrase(String words, long classes, Role role) {}

  /** A word of a segment and the conjunct it belongs to. */
  private record Word(String stem, int conjunct) {}

  /** The classes a segment names: definite ones, and those of ambiguous phrases. */
  private record Meaning(long definite, long ambiguous) {
    static final Meaning NONE = new Meaning(0, 0);

    long all() {
      return definite | ambiguous;
    }
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    Phrase phrase;
  }

  private final Node root;
  private final int phrases;
  private final ConcurrentHashMap<String, Set<Integer>> seen = new ConcurrentHashMap<>();

  private CategoryClasses(Node root, int phrases) {
    this.root = root;
    this.phrases = phrases;
  }

  static CategoryClasses shipped() {
    return SHIPPED;
  }

  /**
   * Reads a table: one phrase a line, {@code words<TAB>classes[<TAB>role]}, classes separated by
   * {@code ;}, role one of {@code goods} (the default), {@code qualifier}, {@code attribute} or
   * {@code ambiguous}; blank lines and lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the line of the first malformed entry
   */
  static CategoryClasses parse(List<String> lines) {
    Node root = new Node();
    int count = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Phrase phrase = phrase(line, n + 1);
      Node node = root;
      for (String stem : phrase.words().split(" ")) {
        node = node.next.computeIfAbsent(stem, s -> new Node());
      }
      if (node.phrase != null) {
        throw new IllegalArgumentException(
            "line " + (n + 1) + ": '" + phrase.words() + "' is already in the table");
      }
      node.phrase = phrase;
      count++;
    }
    return new CategoryClasses(root, count);
  }

  /** How many phrases the table holds. */
  int size() {
    return phrases;
  }

  /** How many category strings are remembered. */
  int remembered() {
    return seen.size();
  }

  /** The classes of a category; empty when the category is empty or unknown. */
  Set<Integer> classesOf(String category) {
    if (category == null || category.isBlank()) {
      return Set.of();
    }
    Set<Integer> known = seen.get(category);
    if (known != null) {
      return known;
    }
    Set<Integer> classes = toSet(match(category));
    if (seen.size() < CACHE_BOUND) {
      Set<Integer> raced = seen.putIfAbsent(category, classes);
      return raced == null ? classes : raced;
    }
    return classes;
  }

  private long match(String category) {
    List<String> segments = segments(category);
    var meanings = new Meaning[segments.size()];
    for (int i = 0; i < meanings.length; i++) {
      meanings[i] = meaning(words(segments.get(i)));
    }
    for (int i = meanings.length - 1; i >= 0; i--) {
      if (meanings[i].all() == 0) {
        continue;
      }
      // An ambiguous phrase means the senses its context shares: the parents, nearest first,
      // then the rest of its own segment.
      long ambiguous = meanings[i].ambiguous();
      for (int parent = i - 1; parent >= 0; parent--) {
        ambiguous = Conjunct.narrow(ambiguous, meanings[parent].definite());
      }
      ambiguous = Conjunct.narrow(ambiguous, meanings[i].definite());
      return meanings[i].definite() | ambiguous;
    }
    return 0;
  }

  /** Matches a segment's words leftmost-longest and folds the phrases of each conjunct. */
  private Meaning meaning(List<Word> words) {
    long definite = 0;
    long ambiguous = 0;
    Conjunct current = null;
    int i = 0;
    while (i < words.size()) {
      Phrase best = null;
      int end = i;
      Node node = root;
      for (int j = i; j < words.size(); j++) {
        node = node.next.get(words.get(j).stem());
        if (node == null) {
          break;
        }
        if (node.phrase != null) {
          best = node.phrase;
          end = j + 1;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int first = words.get(i).conjunct();
      if (current == null || first > current.last) {
        if (current != null) {
          Meaning m = current.meaning();
          definite |= m.definite();
          ambiguous |= m.ambiguous();
        }
        current = new Conjunct();
      }
      current.add(best);
      current.last = words.get(end - 1).conjunct();
      i = end;
    }
    if (current == null) {
      return Meaning.NONE;
    }
    Meaning m = current.meaning();
    return new Meaning(definite | m.definite(), ambiguous | m.ambiguous());
  }

  /** The phrases found in one conjunct, or in several joined by a phrase spanning them. */
  private static final class Conjunct {
    int last;
    long goods;
    long ambiguous;
    boolean named;
    final List<Phrase> narrowing = new ArrayList<>(2);

    void add(Phrase p) {
      switch (p.role()) {
        case GOODS -> {
          goods |= p.classes();
          named = true;
        }
        case AMBIGUOUS -> {
          ambiguous |= p.classes();
          named = true;
        }
        case QUALIFIER, ATTRIBUTE -> narrowing.add(p);
      }
    }

    Meaning meaning() {
      long definite = goods;
      long senses = ambiguous;
      int from = 0;
      if (!named) {
        // No goods named: the first qualifier stands for them; attributes alone mean nothing.
        while (from < narrowing.size() && narrowing.get(from).role() != Role.QUALIFIER) {
          from++;
        }
        if (from == narrowing.size()) {
          return Meaning.NONE;
        }
        definite = narrowing.get(from++).classes();
        for (int k = 0; k < from - 1; k++) {
          definite = narrow(definite, narrowing.get(k).classes());
        }
      }
      long all = definite | senses;
      for (int k = from; k < narrowing.size(); k++) {
        all = narrow(all, narrowing.get(k).classes());
      }
      return new Meaning(definite & all, senses & all);
    }

    static long narrow(long classes, long by) {
      long shared = classes & by;
      return shared == 0 ? classes : shared;
    }
  }

  /** The segments of a category path, department first. */
  private static List<String> segments(String category) {
    String c = category.replace("&amp;", "&").strip();
    var segments = new ArrayList<String>();
    if (c.startsWith("[") && c.endsWith("]")) {
      Matcher m = LIST_ITEM.matcher(c);
      while (m.find()) {
        segments.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
      if (!segments.isEmpty()) {
        return segments;
      }
      c = c.substring(1, c.length() - 1);
    }
    for (String s : PATH_SEPARATOR.split(c)) {
      if (!s.isBlank()) {
        segments.add(s);
      }
    }
    return segments;
  }

  /** The stemmed words of a segment, each with the number of its conjunct. */
  private static List<Word> words(String segment) {
    String s = Normalizer.normalize(segment, Normalizer.Form.NFD);
    var words = new ArrayList<Word>();
    var word = new StringBuilder();
    int conjunct = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      if (c == '\'' || c == '\u2019' || c == '\u02bc') {
        continue;
      }
      if (!word.isEmpty()) {
        String w = word.toString();
        word.setLength(0);
        if (CONJUNCTION_WORDS.contains(w)) {
          conjunct++;
        } else if (!STOP_WORDS.contains(w)) {
          words.add(new Word(stem(w), conjunct));
        }
      }
      if (CONJUNCTIONS.indexOf(c) >= 0) {
        conjunct++;
      }
    }
    return words;
  }

  /**
   * A singular stem, the same for a word's singular and plural: {@code -ies} and a final {@code
   * -ie} or {@code -y} become {@code -i} (accessory, accessories; cookie, cookies), {@code
   * -sses/-ches/-shes/-xes} lose {@code -es}, other final {@code -s} go except after {@code s},
   * {@code u} or {@code i}.
   */
  private static String stem(String word) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    String w = word;
    int n = w.length();
    if (n <= 2) {
      return w;
    }
    if (w.endsWith("ies") && n > 3) {
      w = w.substring(0, n - 3) + "i";
    } else if (w.endsWith("sses")
        || w.endsWith("ches")
        || w.endsWith("shes")
        || w.endsWith("xes")) {
      w = w.substring(0, n - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, n - 1);
    }
    n = w.length();
    if (n > 2 && w.endsWith("ie")) {
      w = w.substring(0, n - 1);
    } else if (n > 2 && w.endsWith("y")) {
      w = w.substring(0, n - 1) + "i";
    }
    return w;
  }

  private static Phrase phrase(String line, int n) {
    String[] parts = line.split("\t");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(
          "line " + n + ": expected words<TAB>classes[<TAB>role], got '" + line + "'");
    }
    var stems = new StringBuilder();
    for (Word w : words(parts[0])) {
      stems.append(stems.isEmpty() ? "" : " ").append(w.stem());
    }
    if (stems.isEmpty()) {
      throw new IllegalArgumentException("line " + n + ": no words in '" + parts[0] + "'");
    }
    long classes = 0;
    for (String c : parts[1].split(";")) {
      int niceClass;
      try {
        niceClass = Integer.parseInt(c.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("line " + n + ": '" + c + "' is not a Nice class", e);
      }
      if (niceClass < 1 || niceClass > 45) {
        throw new IllegalArgumentException(
            "line " + n + ": Nice classes run from 1 to 45, got " + niceClass);
      }
      if (niceClass == 35) {
        throw new IllegalArgumentException(
            "line " + n + ": class 35 (retail) would relate every mark to every listing");
      }
      classes |= 1L << niceClass;
    }
    Role role;
    try {
      role =
          parts.length == 3 ? Role.valueOf(parts[2].strip().toUpperCase(Locale.ROOT)) : Role.GOODS;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + n + ": unknown role '" + parts[2] + "'", e);
    }
    return new Phrase(stems.toString(), classes, role);
  }

  private static Set<Integer> toSet(long classes) {
    var list = new ArrayList<Integer>(Long.bitCount(classes));
    for (long bits = classes; bits != 0; bits &= bits - 1) {
      list.add(Long.numberOfTrailingZeros(bits));
    }
    return Set.copyOf(list);
  }

  private static CategoryClasses load(String resource) {
    try (var in = CategoryClasses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(resource + ", " + e.getMessage(), e);
    }
  }
}
