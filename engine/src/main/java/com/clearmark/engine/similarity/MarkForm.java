package com.clearmark.engine.similarity;

import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.Meanings;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mark prepared once for comparison with many others: its folded words, the compact key they
 * make, the key it shows once look-alike characters are read as letters, its {@link SoundKey}, and,
 * for a mark written as one run-together word, the ordinary words it splits into.
 *
 * <p>A word whose digits or symbols all sit between letters is read as the letters they imitate
 * (N1KE is NIKE, R0L3X is ROLEX), as a buyer reads it; a number at the edge of a word stays a
 * number (TRUE1, 32RED).
 *
 * <p>Two kinds of noise are taken off first, since examiners give them no weight: a company suffix
 * at the end of a mark of several words (ACME INC) and, for a mark written as a domain name, the
 * scheme, {@code www} and the top-level domain ({@code www.perfumebay.com} is PERFUMEBAY, and
 * hyphens in it separate words).
 *
 * <p>Splitting ({@link #parts()}) tries every way of cutting a single word of 6 to 24 letters that
 * is not itself an ordinary English word (nor a word {@link Meanings} knows) into two or three
 * ordinary English words of at least three letters (CLEANHOME is CLEAN HOME, PERFUMEBAY is PERFUME
 * BAY), keeping the cut whose shortest part is longest: at most 24 × 24 lexicon probes, done once
 * per mark.
 */
public final class MarkForm {

  /** Marks are compared on at most this many words; the rest of a longer mark is ignored. */
  static final int MAX_WORDS = 12;

  /** A domain name has at most 253 characters; longer text is never read as one. */
  static final int MAX_DOMAIN = 253;

  /** Keys are compared on at most this many characters, so one comparison is bounded. */
  static final int MAX_KEY = 64;

  private static final Pattern DOMAIN =
      Pattern.compile(
          "^(?:https?://)?(?:www\\.)?([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*)\\.([a-z]{2,12})/?$");

  /**
   * Top-level domains a mark written as a web address ends in: the generic ones sellers use and the
   * country codes of the marketplaces' countries. J.ESTINA or TY.PHOO is not a domain.
   */
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "com", "net", "org", "info", "biz", "co", "io", "shop", "store", "online", "site", "app",
          "xyz", "club", "top", "live", "life", "world", "tv", "me", "us", "uk", "ca", "au", "nz",
          "in", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "pt",
          "ie", "eu", "jp", "cn", "sg", "ae", "sa", "br", "mx", "ru", "za", "kr", "hk", "tw");

  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "ac", "gov", "ltd", "plc");

  final String written;
  final String compact;
  final String visual;
  final String sound;
  final List<String> words;
  final List<String> parts;
  final boolean domain;
  final boolean lookalike;

  private MarkForm(
      String written,
      List<String> words,
      String visual,
      List<String> parts,
      boolean domain,
      boolean lookalike) {
    this.lookalike = lookalike;
    this.written = written;
    this.words = words;
    this.compact = clip(String.join("", words));
    this.visual = clip(visual);
    this.sound = SoundKey.of(this.compact);
    this.parts = parts;
    this.domain = domain;
  }

  /** The mark as it was written. */
  public String written() {
    return written;
  }

  /** Folded letters and digits of the mark, without spaces. */
  public String compact() {
    return compact;
  }

  /** The folded words compared. */
  public List<String> words() {
    return words;
  }

  /** The ordinary words a run-together mark splits into, or an empty list. */
  public List<String> parts() {
    return parts;
  }

  /** Whether the mark was written as a domain name. */
  public boolean isDomain() {
    return domain;
  }

  public static MarkForm of(String mark) {
    String text = mark.strip();
    boolean domain = false;
    var m = DOMAIN.matcher(text.length() <= MAX_DOMAIN ? text.toLowerCase(Locale.ROOT) : "");
    if (text.length() <= MAX_DOMAIN
        && !text.contains(" ")
        && m.matches()
        && TOP_LEVEL.contains(m.group(2))) {
      String name = m.group(1);
      int dot = name.lastIndexOf('.');
      if (dot > 0 && SECOND_LEVEL.contains(name.substring(dot + 1))) {
        name = name.substring(0, dot);
      }
      text = name.replace('.', ' ').replace('-', ' ');
      domain = true;
    }
    var tokens = new Tokenizer();
    tokens.reset(text);
    var words = new ArrayList<String>();
    var visual = new StringBuilder();
    boolean lookalike = false;
    int count = Math.min(tokens.size(), MAX_WORDS);
    for (int t = 0; t < count; t++) {
      String w = tokens.term(t);
      if (t == count - 1 && count > 1 && Distinctiveness.CONNECTORS.contains(w) && t > 0) {
        continue;
      }
      tokens.decodeLeet(t);
      String decoded = new String(tokens.leetBuffer(), tokens.normStart(t), tokens.normLength(t));
      if (tokens.isLeet(t) && embedded(w)) {
        // N1KE and R0L3X are read as NIKE and ROLEX; TRUE1 and 32RED keep their numbers.
        lookalike = true;
        w = decoded;
      }
      // Words are clipped like keys, so no word comparison costs more than MAX_KEY².
      words.add(clip(w));
      visual.append(clip(decoded));
    }
    String v = visual.toString();
    List<String> parts = words.size() == 1 ? split(words.get(0)) : List.of();
    return new MarkForm(mark, List.copyOf(words), v, parts, domain, lookalike);
  }

  /** Whether every character that is not a letter sits between two letters. */
  private static boolean embedded(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))
          && (i == 0
              || i == w.length() - 1
              || !Character.isLetter(w.charAt(i - 1))
              || !Character.isLetter(w.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String word) {
    int n = word.length();
    if (n < 6 || n > 24) {
      return List.of();
    }
    Lexicon english = Lexicon.english();
    char[] c = word.toCharArray();
    if (english.containsWord(c, 0, n) || !Meanings.shipped().equivalents(word).isEmpty()) {
      return List.of();
    }
    int bestMin = 0;
    int bestI = -1;
    for (int i = 3; i <= n - 3; i++) {
      if (Math.min(i, n - i) > bestMin
          && english.containsWord(c, 0, i)
          && english.containsWord(c, i, n - i)) {
        bestMin = Math.min(i, n - i);
        bestI = i;
      }
    }
    if (bestI > 0) {
      return List.of(word.substring(0, bestI), word.substring(bestI));
    }
    int bestJ = -1;
    for (int i = 3; i <= n - 6; i++) {
      if (!english.containsWord(c, 0, i)) {
        continue;
      }
      for (int j = i + 3; j <= n - 3; j++) {
        int shortest = Math.min(i, Math.min(j - i, n - j));
        if (shortest > bestMin
            && english.containsWord(c, i, j - i)
            && english.containsWord(c, j, n - j)) {
          bestMin = shortest;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI < 0) {
      return List.of();
    }
    return List.of(word.substring(0, bestI), word.substring(bestI, bestJ), word.substring(bestJ));
  }

  private static String clip(String s) {
    return s.length() <= MAX_KEY ? s : s.substring(0, MAX_KEY);
  }
}
