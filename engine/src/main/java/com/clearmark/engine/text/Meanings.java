package com.clearmark.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Words that share a meaning across English, Spanish, French, Italian, German and Portuguese, for
 * the doctrine of foreign equivalents: LOBO and WOLF, CHAT and CAT, NOIR and BLACK, QUATRE and 4.
 *
 * <p>Three kinds of tables are shipped as resources beside this class, each with its {@code
 * .NOTICE}:
 *
 * <ul>
 *   <li>{@code translations-LANGUAGE.tsv.gz}: a folded foreign word and its English translations,
 *       best first, at most four, chosen by {@code eval/meaning/build.py} from the Open
 *       Multilingual Wordnet and Wiktionary so that each is the word's main sense and an English
 *       reader's main sense of the translation (see that script for the rules);
 *   <li>{@code synonyms-english.tsv.gz}: English words whose first WordNet senses coincide (BIG and
 *       LARGE);
 *   <li>{@code numerals.tsv}: the numbers 0 to 20, the tens, hundred and thousand, as words in the
 *       six languages, written by hand; the digits are the number itself.
 * </ul>
 *
 * <p>At load every word of every table is given its list of equivalents once, best first, so that
 * {@link #equivalents(String)} is one hash lookup:
 *
 * <ol>
 *   <li>the same number in other words or in digits ({@link Kind#NUMERAL});
 *   <li>its translations: the English words of a foreign word, in the table's order and then by
 *       language, or the foreign words that translate an English word, those that give it first
 *       before those that give it second ({@link Kind#TRANSLATION});
 *   <li>its English synonyms ({@link Kind#SYNONYM});
 *   <li>foreign words, of any of the five languages, that share one of a foreign word's English
 *       translations, where that translation is the first one of at least one of the two (LOBO and
 *       LUPO through WOLF, {@link Kind#TRANSLATION}); at most {@value #PIVOT_FAN_OUT} through one
 *       English word.
 * </ol>
 *
 * <p>A word met twice keeps its first, best, reason; the list stops at {@value #MAX_EQUIVALENTS}.
 * Translations are not chained further (a synonym of a translation is not an equivalent), so that
 * each equivalence stands on one dictionary fact or two that meet in the same English word.
 *
 * <p>Words are stored folded as {@link Tokenizer} folds text (lower case, diacritics removed, ß and
 * œ kept, with their {@code ss} and {@code oe} spellings listed too, and German umlauts also spelt
 * {@code ae oe ue}), so a token's folded form is looked up as it is.
 *
 * <p>Loading parses 76,000 table lines into 92,500 words with equivalents: O(total pairs), with the
 * pairing through an English word bounded by {@value #PIVOT_FAN_OUT}. Measured on the 2-core build
 * machine with Java 17 in a fresh JVM: about 0.5 s on first use (0.2 s once the JIT has compiled
 * the loader) and 21 MB of heap; a lookup then takes about 10 ns. The tables add 0.7 MB to the jar.
 * Once loaded they are immutable and shared by all threads.
 */
public final class Meanings {

  /** The most equivalents {@link #equivalents(String)} returns for one word. */
  public static final int MAX_EQUIVALENTS = 64;

  /** The most foreign words one English translation links a foreign word to. */
  static final int PIVOT_FAN_OUT = 32;

  private static final List<String> NONE = List.of();

  private static final Kind[] KINDS = Kind.values();

  /** Why two words share a meaning. */
  public enum Kind {
    /** One word translates the other, or both translate the same English word. */
    TRANSLATION,
    /** Both write the same number, in words or in digits. */
    NUMERAL,
    /** Two English words whose first senses are the same. */
    SYNONYM
  }

  /**
   * Two folded words that share a meaning, and why.
   *
   * @param a the first word, as asked
   * @param b the second word, as asked
   * @param kind why they share a meaning
   * @param language the language or languages in which the non-English word or words carry it
   *     ({@code Spanish}, {@code Spanish and Portuguese}); {@code English} when both are English or
   *     one is English and the other digits
   * @param english the English word that gives the shared meaning: the translation, or the first
   *     word of two synonyms; for a numeral, the number in digits
   */
  public record Equivalence(String a, String b, Kind kind, String language, String english) {

    public Equivalence {
      requireWord(a, "a");
      requireWord(b, "b");
      Objects.requireNonNull(kind, "kind");
      requireWord(language, "language");
      requireWord(english, "english");
      if (a.equals(b)) {
        throw new IllegalArgumentException("a word is not an equivalent of itself: " + a);
      }
      if (kind == Kind.NUMERAL && !isDigits(english)) {
        throw new IllegalArgumentException("a numeral's number is written in digits: " + english);
      }
    }

    /**
     * A sentence for a report: {@code LOBO means WOLF in Spanish}, {@code QUATRE is the number 4 in
     * French}, {@code 4 and FOUR are the same number}, {@code CYCLONE and TORNADO mean the same}.
     */
    public String reason() {
      String x = a.toUpperCase(Locale.ROOT);
      String y = b.toUpperCase(Locale.ROOT);
      String e = english.toUpperCase(Locale.ROOT);
      return switch (kind) {
        case SYNONYM -> x + " and " + y + " mean the same";
        case TRANSLATION -> {
          if (english.equals(b)) {
            yield x + " means " + y + " in " + language;
          }
          if (english.equals(a)) {
            yield y + " means " + x + " in " + language;
          }
          yield x + " and " + y + " both mean " + e + " in " + language;
        }
        case NUMERAL -> {
          boolean aDigits = isDigits(a);
          if (aDigits || isDigits(b)) {
            yield Language.ENGLISH.name.equals(language)
                ? x + " and " + y + " are the same number"
                : (aDigits ? y : x) + " is the number " + e + " in " + language;
          }
          yield x + " and " + y + " are both the number " + e + " in " + language;
        }
      };
    }

    private static void requireWord(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must be a word");
      }
    }
  }

  /** The languages of the tables, in the order lists and reasons name them. */
  enum Language {
    ENGLISH("English"),
    SPANISH("Spanish"),
    FRENCH("French"),
    ITALIAN("Italian"),
    GERMAN("German"),
    PORTUGUESE("Portuguese");

    final String name;
    final int bit;

    Language(String name) {
      this.name = name;
      this.bit = 1 << ordinal();
    }

    /** The resource name's stem: {@code spanish}. */
    String stem() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** {@code Spanish}, {@code Spanish and Portuguese}, {@code Spanish, Italian and German}. */
    static String names(int mask) {
      var names = new ArrayList<String>();
      for (Language l : values()) {
        if ((mask & l.bit) != 0) {
          names.add(l.name);
        }
      }
      if (names.isEmpty()) {
        return ENGLISH.name;
      }
      int last = names.size() - 1;
      return last == 0
          ? names.get(0)
          : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }
  }

  /**
   * A word's equivalents, as an immutable list, and at the same index why: the kind, the languages
   * in which the word and the equivalent carry the meaning (bits of {@link Language}, 0 for
   * digits), and the English word or, for a numeral, the digits. Four objects a word.
   */
  private static final class Entry extends AbstractList<String> implements RandomAccess {
    private final String[] words;
    private final String[] via;
    private final byte[] why; // kind, own languages, other languages: three bytes an equivalent

    Entry(String[] words, String[] via, byte[] why) {
      this.words = words;
      this.via = via;
      this.why = why;
    }

    @Override
    public String get(int index) {
      return words[index];
    }

    @Override
    public int size() {
      return words.length;
    }

    @Override
    public int indexOf(Object o) {
      for (int i = 0; i < words.length; i++) {
        if (words[i].equals(o)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public boolean contains(Object o) {
      return indexOf(o) >= 0;
    }
  }

  private final Map<String, Entry> entries;

  private Meanings(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The shipped tables, read from the resources on the first call and shared after it. */
  public static Meanings shipped() {
    return Shipped.MEANINGS;
  }

  private static final class Shipped {
    static final Meanings MEANINGS = read(Meanings.class::getResourceAsStream);
  }

  /**
   * Every other word that shares a meaning with a folded word, best first (see the class comment),
   * at most {@value #MAX_EQUIVALENTS}; an empty list when there is none. One hash lookup; nothing
   * is allocated.
   */
  public List<String> equivalents(String word) {
    Entry entry = entries.get(word);
    return entry == null ? NONE : entry;
  }

  /**
   * Why two folded words share a meaning, or {@code null} when they share none, which is also the
   * answer for a word and itself. Non-null exactly when {@code b} is among {@link
   * #equivalents(String) equivalents(a)}.
   */
  public Equivalence explain(String a, String b) {
    Entry entry = entries.get(a);
    if (entry == null) {
      return null;
    }
    int i = entry.indexOf(b);
    if (i < 0) {
      return null;
    }
    Kind kind = KINDS[entry.why[3 * i]];
    int own = entry.why[3 * i + 1];
    int other = entry.why[3 * i + 2];
    String language;
    if (kind == Kind.NUMERAL && (own == 0 || other == 0)) {
      int word = own | other;
      language = (word & Language.ENGLISH.bit) != 0 ? Language.ENGLISH.name : Language.names(word);
    } else if (kind == Kind.NUMERAL) {
      language = Language.names(own | other);
    } else {
      language = Language.names((own | other) & ~Language.ENGLISH.bit);
    }
    return new Equivalence(a, b, kind, language, entry.via[i]);
  }

  /** How many words have equivalents. */
  int size() {
    return entries.size();
  }

  /** Every word that has equivalents, for tests and reports. */
  Set<String> words() {
    return entries.keySet();
  }

  /**
   * Reads the tables through {@code resources}, which opens a resource by the name it has beside
   * this class and returns {@code null} when it is missing.
   */
  static Meanings read(Function<String, InputStream> resources) {
    var tables = new Tables();
    tables.readNumerals(lines(resources, "numerals.tsv", false));
    for (Language l : Language.values()) {
      if (l != Language.ENGLISH) {
        tables.readTranslations(l, lines(resources, "translations-" + l.stem() + ".tsv.gz", true));
      }
    }
    tables.readSynonyms(lines(resources, "synonyms-english.tsv.gz", true));
    return new Meanings(tables.entries());
  }

  private static List<String> lines(
      Function<String, InputStream> resources, String name, boolean gzipped) {
    try (InputStream raw = resources.apply(name)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw;
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      var out = new ArrayList<String>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  static boolean isDigits(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The tables as read, and the work of giving each word its list. Used once, at load. */
  private static final class Tables {

    /** One string per distinct word, so the lists of many words share it. */
    private final Map<String, String> canonical = new HashMap<>();

    /** A foreign word's English translations, indexed by {@link Language#ordinal()}. */
    private final Map<String, String[][]> translations = new HashMap<>();

    /** An English word's foreign translations, ordered once all tables are read. */
    private final Map<String, List<Foreign>> reverse = new HashMap<>();

    private final Map<String, String[]> synonyms = new HashMap<>();

    /** A number's words: the digits first, then the words with their languages. */
    private final List<String[]> numbers = new ArrayList<>();

    private final List<byte[]> numberLanguages = new ArrayList<>();

    /** A word's number, as an index into {@link #numbers}. */
    private final Map<String, Integer> numberOf = new HashMap<>();

    /** A foreign word that gives an English word as its translation number {@code rank}. */
    private record Foreign(String word, int languages, int rank) {}

    private String canonical(String word) {
      if (word.isEmpty() || word.length() > 64) {
        throw new IllegalStateException("bad word in meaning tables: '" + word + "'");
      }
      return canonical.computeIfAbsent(word, w -> w);
    }

    void readNumerals(List<String> lines) {
      for (String line : lines) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 1 + Language.values().length || !isDigits(cells[0])) {
          throw new IllegalStateException("bad numerals line: " + line);
        }
        var words = new ArrayList<String>();
        var languages = new ArrayList<Integer>();
        words.add(canonical(cells[0]));
        languages.add(0);
        for (Language l : Language.values()) {
          String cell = cells[1 + l.ordinal()];
          if (cell.isEmpty()) {
            continue;
          }
          for (String w : cell.split(",")) {
            String word = canonical(w);
            int at = words.indexOf(word);
            if (at >= 0) {
              languages.set(at, languages.get(at) | l.bit);
            } else {
              words.add(word);
              languages.add(l.bit);
            }
          }
        }
        byte[] bits = new byte[languages.size()];
        for (int i = 0; i < bits.length; i++) {
          bits[i] = (byte) (int) languages.get(i);
        }
        for (String word : words) {
          if (numberOf.putIfAbsent(word, numbers.size()) != null) {
            throw new IllegalStateException("a word of two numbers: " + word);
          }
        }
        numbers.add(words.toArray(String[]::new));
        numberLanguages.add(bits);
      }
    }

    void readTranslations(Language language, List<String> lines) {
      for (String line : lines) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException("bad " + language.stem() + " line: " + line);
        }
        String word = canonical(line.substring(0, tab));
        String[] english = commaSeparated(line, tab + 1);
        for (int i = 0; i < english.length; i++) {
          reverse
              .computeIfAbsent(english[i], e -> new ArrayList<>())
              .add(new Foreign(word, language.bit, i));
        }
        translations
                .computeIfAbsent(word, w -> new String[Language.values().length][])[
                language.ordinal()] =
            english;
      }
    }

    void readSynonyms(List<String> lines) {
      for (String line : lines) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException("bad synonyms line: " + line);
        }
        String[] others = commaSeparated(line, tab + 1);
        synonyms.put(canonical(line.substring(0, tab)), others);
      }
    }

    /**
     * Orders each English word's foreign translations (those that give it first, then by language
     * and word), merging a word that several languages share into one with all their bits.
     */
    private void orderReverse() {
      var order =
          Comparator.comparingInt(Foreign::rank)
              .thenComparingInt(f -> Integer.numberOfTrailingZeros(f.languages))
              .thenComparing(Foreign::word);
      for (List<Foreign> list : reverse.values()) {
        list.sort(order);
        int kept = 0;
        for (int i = 0; i < list.size(); i++) {
          Foreign f = list.get(i);
          int same = -1;
          for (int j = 0; j < kept && same < 0; j++) {
            if (list.get(j).word.equals(f.word)) {
              same = j;
            }
          }
          if (same < 0) {
            list.set(kept++, f);
          } else {
            Foreign first = list.get(same);
            list.set(same, new Foreign(f.word, first.languages | f.languages, first.rank));
          }
        }
        list.subList(kept, list.size()).clear();
      }
    }

    Map<String, Entry> entries() {
      orderReverse();
      var words = new HashSet<String>();
      words.addAll(translations.keySet());
      words.addAll(reverse.keySet());
      words.addAll(synonyms.keySet());
      words.addAll(numberOf.keySet());
      var out = new HashMap<String, Entry>(words.size() * 2);
      var list = new Accumulator();
      for (String word : words) {
        list.clear(word);
        addNumerals(word, list);
        addTranslations(word, list);
        addSynonyms(word, list);
        addPivots(word, list);
        if (list.size > 0) {
          out.put(word, list.entry());
        }
      }
      return Map.copyOf(out);
    }

    private void addNumerals(String word, Accumulator list) {
      Integer n = numberOf.get(word);
      if (n == null) {
        return;
      }
      String[] group = numbers.get(n);
      byte[] bits = numberLanguages.get(n);
      int own = bits[indexOf(group, group.length, word)];
      // English words first, then the digits, then the other languages in their order.
      for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < group.length; i++) {
          boolean english = (bits[i] & Language.ENGLISH.bit) != 0;
          boolean digits = bits[i] == 0;
          if (pass == 0 && english || pass == 1 && digits || pass == 2 && !english && !digits) {
            list.add(group[i], Kind.NUMERAL, own, bits[i], group[0]);
          }
        }
      }
    }

    /** The comma-separated words of {@code line} from {@code from} on, each made canonical. */
    private String[] commaSeparated(String line, int from) {
      int count = 1;
      for (int i = from; i < line.length(); i++) {
        if (line.charAt(i) == ',') {
          count++;
        }
      }
      String[] out = new String[count];
      for (int k = 0, start = from; k < count; k++) {
        int end = line.indexOf(',', start);
        if (end < 0) {
          end = line.length();
        }
        out[k] = canonical(line.substring(start, end));
        start = end + 1;
      }
      return out;
    }

    private static int indexOf(String[] words, int count, String word) {
      for (int i = 0; i < count; i++) {
        if (words[i].equals(word)) {
          return i;
        }
      }
      return -1;
    }

    /** The languages in which {@code word} gives {@code english} as a translation. */
    private int languagesOf(String[][] byLanguage, String english) {
      int bits = 0;
      for (Language l : Language.values()) {
        String[] list = byLanguage[l.ordinal()];
        if (list != null && indexOf(list, list.length, english) >= 0) {
          bits |= l.bit;
        }
      }
      return bits;
    }

    private void addTranslations(String word, Accumulator list) {
      String[][] byLanguage = translations.get(word);
      if (byLanguage != null) {
        for (int rank = 0; rank < 4; rank++) {
          for (Language l : Language.values()) {
            String[] english = byLanguage[l.ordinal()];
            if (english != null && rank < english.length) {
              String e = english[rank];
              list.add(e, Kind.TRANSLATION, languagesOf(byLanguage, e), Language.ENGLISH.bit, e);
            }
          }
        }
      }
      List<Foreign> foreign = reverse.get(word);
      if (foreign != null) {
        for (Foreign f : foreign) {
          list.add(f.word, Kind.TRANSLATION, Language.ENGLISH.bit, f.languages, word);
        }
      }
    }

    private void addSynonyms(String word, Accumulator list) {
      String[] others = synonyms.get(word);
      if (others != null) {
        for (String other : others) {
          list.add(other, Kind.SYNONYM, Language.ENGLISH.bit, Language.ENGLISH.bit, word);
        }
      }
    }

    private void addPivots(String word, Accumulator list) {
      String[][] byLanguage = translations.get(word);
      if (byLanguage == null) {
        return;
      }
      String[] done = new String[2 * Language.values().length];
      int doneCount = 0;
      for (int rank = 0; rank < 2; rank++) {
        for (Language l : Language.values()) {
          String[] english = byLanguage[l.ordinal()];
          if (english == null || rank >= english.length) {
            continue;
          }
          String e = english[rank];
          if (indexOf(done, doneCount, e) >= 0) {
            continue;
          }
          done[doneCount++] = e;
          int own = languagesOf(byLanguage, e);
          int linked = 0;
          // Sorted by rank: past the first rank that may pair with this one, nothing does.
          for (Foreign f : reverse.getOrDefault(e, List.of())) {
            if (linked == PIVOT_FAN_OUT || rank + f.rank > 1) {
              break;
            }
            if (!f.word.equals(word)) {
              linked++;
              list.add(f.word, Kind.TRANSLATION, own, f.languages, e);
            }
          }
        }
      }
    }
  }

  /** Collects one word's equivalents in order, each once, up to {@value #MAX_EQUIVALENTS}. */
  private static final class Accumulator {
    private final String[] words = new String[MAX_EQUIVALENTS];
    private final byte[] kinds = new byte[MAX_EQUIVALENTS];
    private final byte[] own = new byte[MAX_EQUIVALENTS];
    private final byte[] other = new byte[MAX_EQUIVALENTS];
    private final String[] via = new String[MAX_EQUIVALENTS];
    private String word;
    private int size;

    void clear(String word) {
      this.word = word;
      size = 0;
    }

    void add(String word, Kind kind, int ownLanguages, int otherLanguages, String by) {
      if (size == MAX_EQUIVALENTS || word.equals(this.word)) {
        return;
      }
      // Lists are short: a scan is cheaper than a set.
      for (int i = 0; i < size; i++) {
        if (words[i].equals(word)) {
          return;
        }
      }
      words[size] = word;
      kinds[size] = (byte) kind.ordinal();
      own[size] = (byte) ownLanguages;
      other[size] = (byte) otherLanguages;
      via[size] = by;
      size++;
    }

    Entry entry() {
      byte[] why = new byte[3 * size];
      for (int i = 0; i < size; i++) {
        why[3 * i] = kinds[i];
        why[3 * i + 1] = own[i];
        why[3 * i + 2] = other[i];
      }
      return new Entry(Arrays.copyOf(words, size), Arrays.copyOf(via, size), why);
    }
  }
}
