package com.clearmark.engine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Ordinary words of the languages listings are written in, from word lists that Debian ships under
 * licences that allow shipping them in this product; each list has a {@code
 * LANGUAGE-lexicon.NOTICE} beside it.
 *
 * <p>Screening asks two questions of it: is a mark an ordinary word (Apple, Dove, Shell), so that
 * it only counts where it reads as a brand; and is a listing word a real word, so that {@code nice}
 * is never taken for a misspelt NIKE, nor {@code jabon} or {@code savon} for a coined mark.
 *
 * <ul>
 *   <li>{@link #english()}: the lower-case entries of {@code wamerican} and {@code wbritish} (SCOWL
 *       size 50), about 65,000 words, loaded with the class.
 *   <li>{@link #otherLanguages()}: Spanish, French, Portuguese and Dutch in one table, about
 *       1,000,000 words, loaded on first use. The lists are made by {@code engine/lexicon/build.sh}
 *       from Hunspell dictionaries expanded into their word forms (plurals, feminines, and of verbs
 *       the infinitive, participles, gerund, imperative and present-tense forms), entries with a
 *       capital letter left out since those are names and brands. German and Italian are missing:
 *       Debian has them only under the GPL.
 * </ul>
 *
 * <p>Every word is stored folded as {@link Tokenizer} folds listing text (lower case, diacritics
 * removed: {@code algodón} is {@code algodon}), three letters or more, so a token's folded slice is
 * looked up as it is, in one {@link TermTable} probe and without allocation.
 *
 * <p>Loading the other languages inflates each gzipped, sorted list, merges the lists as sorted
 * runs of UTF-8 bytes straight into the table's key pool, dropping the words two languages share,
 * and rebuilds the hash slots with {@link TermTable#restore}: O(total characters), no {@code
 * String} per word. Measured on the 2-core build machine with Java 17, in a fresh JVM: about 0.4 s
 * of CPU, and 42 MB of heap for the 931,615 distinct words of 998,739 listed (key pool 19.6 MB,
 * hash slots 8.4 MB, per-word offsets, lengths and hashes 11.2 MB). The lists add 2.7 MB to the
 * jar.
 */
public final class Lexicon {

  /** The bundled languages; every one but English is in {@link #otherLanguages()}. */
  private static final List<String> LANGUAGES =
      List.of("english", "spanish", "french", "portuguese", "dutch");

  private static final Lexicon ENGLISH = load(LANGUAGES.subList(0, 1));

  private final TermTable words;

  private Lexicon(TermTable words) {
    this.words = words;
  }

  /** The bundled English lexicon. */
  public static Lexicon english() {
    return ENGLISH;
  }

  /**
   * One lexicon holding the words of every bundled language other than English (see {@link
   * #languages()}), loaded on the first call and shared after it.
   */
  public static Lexicon otherLanguages() {
    return OtherLanguages.LEXICON;
  }

  /**
   * The languages whose word lists are bundled, English first; {@link #otherLanguages()} holds all
   * the others. Each name is also the prefix of its resource, {@code spanish-lexicon.txt.gz}.
   */
  public static List<String> languages() {
    return LANGUAGES;
  }

  public boolean contains(char[] chars, int offset, int length) {
    return words.get(chars, offset, length) >= 0;
  }

  /** Whether a folded word is in the lexicon, also when it is a regular plural of one. */
  public boolean containsWord(char[] chars, int offset, int length) {
    if (contains(chars, offset, length)) {
      return true;
    }
    return length > 3 && chars[offset + length - 1] == 's' && contains(chars, offset, length - 1);
  }

  /** Whether every word of {@code text} (after folding) is an ordinary word of this lexicon. */
  public boolean isOrdinaryPhrase(String text) {
    var tokens = new Tokenizer();
    tokens.reset(text);
    return isOrdinaryPhrase(tokens);
  }

  /** Whether every token of an already tokenised text is an ordinary word of this lexicon. */
  public boolean isOrdinaryPhrase(Tokenizer tokens) {
    if (tokens.size() == 0) {
      return false;
    }
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.has(t, Tokenizer.HAS_DIGIT)
          || !containsWord(tokens.buffer(), tokens.normStart(t), tokens.normLength(t))) {
        return false;
      }
    }
    return true;
  }

  /** The {@code i}-th word, for building vocabularies; 0 ≤ i &lt; {@link #size()}. */
  public String word(int i) {
    return words.key(i);
  }

  public int size() {
    return words.size();
  }

  /** Holds the other languages, so that they are read when first asked for and never again. */
  private static final class OtherLanguages {
    static final Lexicon LEXICON = load(LANGUAGES.subList(1, LANGUAGES.size()));
  }

  private static Lexicon load(List<String> languages) {
    var lists = new WordList[languages.size()];
    for (int i = 0; i < lists.length; i++) {
      lists[i] = read(languages.get(i) + "-lexicon.txt.gz");
    }
    return merge(lists);
  }

  /**
   * A resource as its UTF-8 bytes: word {@code w} starts at byte {@code starts[w]} and ends at the
   * line break just before the next word's start.
   */
  private record WordList(String resource, byte[] utf8, int[] starts, int size) {}

  /** Inflates a gzipped list of lines and finds where each line starts. */
  private static WordList read(String resource) {
    byte[] utf8;
    try (var in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      utf8 = new GZIPInputStream(in, 1 << 16).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    int lines = 0;
    for (byte b : utf8) {
      if (b == '\n') {
        lines++;
      }
    }
    if (utf8.length > 0 && utf8[utf8.length - 1] != '\n') {
      throw new IllegalStateException(resource + " does not end with a line break");
    }
    int[] starts = new int[lines + 1];
    int size = 0;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '\n') {
        starts[++size] = i + 1;
      }
    }
    return new WordList(resource, utf8, starts, size);
  }

  /**
   * Merges sorted lists into one table, each word once. Each list has a cursor on its current word;
   * every step takes the smallest current word (ties go to the earlier list), appends it to the
   * pool unless it equals the word appended last, and advances that cursor. Words are compared as
   * UTF-8 bytes, whose order is that of code points, the order the build script sorts in, and
   * decoded into the pool only when appended: the lists hold only characters of the Basic
   * Multilingual Plane (the folding table maps surrogates to separators), so one to three bytes
   * make one {@code char}. A word smaller than the last one appended means a list is not sorted,
   * which would let duplicates in, and fails the load. O(total bytes × number of lists).
   */
  private static Lexicon merge(WordList[] lists) {
    int k = lists.length;
    byte[][] utf8 = new byte[k][];
    int[][] starts = new int[k][];
    int[] next = new int[k];
    int capacityChars = 0;
    int capacityWords = 0;
    for (int l = 0; l < k; l++) {
      utf8[l] = lists[l].utf8;
      starts[l] = lists[l].starts;
      capacityChars += lists[l].utf8.length;
      capacityWords += lists[l].size;
    }
    char[] pool = new char[capacityChars];
    int[] keyStart = new int[capacityWords + 1];
    int poolSize = 0;
    int size = 0;
    byte[] last = null;
    int lastFrom = 0;
    int lastTo = 0;
    while (true) {
      int min = -1;
      for (int l = 0; l < k; l++) {
        int w = next[l];
        if (w < lists[l].size
            && (min < 0
                || compare(
                        utf8[l],
                        starts[l][w],
                        starts[l][w + 1] - 1,
                        utf8[min],
                        starts[min][next[min]],
                        starts[min][next[min] + 1] - 1)
                    < 0)) {
          min = l;
        }
      }
      if (min < 0) {
        break;
      }
      byte[] bytes = utf8[min];
      int from = starts[min][next[min]];
      int to = starts[min][next[min] + 1] - 1;
      next[min]++;
      int order = last == null ? 1 : compare(bytes, from, to, last, lastFrom, lastTo);
      if (order < 0) {
        throw new IllegalStateException(
            lists[min].resource + " is not sorted at byte " + from + " of its text");
      }
      if (order > 0 && to > from) {
        keyStart[size++] = poolSize;
        poolSize = decode(lists[min].resource, bytes, from, to, pool, poolSize);
        last = bytes;
        lastFrom = from;
        lastTo = to;
      }
    }
    return new Lexicon(
        TermTable.restore(
            Arrays.copyOf(pool, poolSize), poolSize, Arrays.copyOf(keyStart, size), size));
  }

  /** Compares two byte slices as unsigned bytes. */
  private static int compare(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
    int n = Math.min(aTo - aFrom, bTo - bFrom);
    for (int i = 0; i < n; i++) {
      int d = (a[aFrom + i] & 0xFF) - (b[bFrom + i] & 0xFF);
      if (d != 0) {
        return d;
      }
    }
    return (aTo - aFrom) - (bTo - bFrom);
  }

  /** Decodes UTF-8 of the Basic Multilingual Plane into {@code out}; returns the new end. */
  private static int decode(String resource, byte[] in, int from, int to, char[] out, int n) {
    for (int i = from; i < to; ) {
      int b = in[i++];
      if (b >= 0) {
        out[n++] = (char) b;
      } else if ((b & 0xE0) == 0xC0 && continuation(in, i, 1, to)) {
        out[n++] = (char) ((b & 0x1F) << 6 | in[i] & 0x3F);
        i += 1;
      } else if ((b & 0xF0) == 0xE0 && continuation(in, i, 2, to)) {
        out[n++] = (char) ((b & 0x0F) << 12 | (in[i] & 0x3F) << 6 | in[i + 1] & 0x3F);
        i += 2;
      } else {
        throw new IllegalStateException(resource + ": not UTF-8 of the BMP at byte " + (i - 1));
      }
    }
    return n;
  }

  private static boolean continuation(byte[] in, int from, int count, int to) {
    if (from + count > to) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if ((in[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
