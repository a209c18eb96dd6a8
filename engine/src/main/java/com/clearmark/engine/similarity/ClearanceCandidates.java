package com.clearmark.engine.similarity;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.EditDistance;
import com.clearmark.engine.text.Phonetic;
import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds, among every mark of a registry, the few that a proposed brand could be confused with, so
 * that a clearance search scores a few hundred marks instead of a million.
 *
 * <h2>What is indexed</h2>
 *
 * Each mark is normalised as the engine does: its words are the {@link Tokenizer} terms of its name
 * and its compact key is those words joined ({@code Coca-Cola} gives {@code cocacola}). Everything
 * lives in flat arrays, with no object per mark:
 *
 * <ul>
 *   <li>the compact keys, one after another in a {@code char[]}, and a bitset marking where a word
 *       ends inside them;
 *   <li><b>gram postings</b>: for each gram, the ascending ids of the marks having it, each mark
 *       once. The grams of a name ({@link #grams}) are the trigrams of its compact key padded with
 *       a boundary at each end ({@code #ebay#} gives {@code #eb eba bay ay#}, so that a key of one
 *       or two letters still has some), the boundary trigrams of each word inside a longer name
 *       ({@code ps#} and {@code #so} in {@code philips|sonicare}), and the padded bigrams of each
 *       word of at most {@value #SHORT_WORD} letters (a substitution inside a four-letter word
 *       leaves one of its four trigrams but three of its five bigrams). A character is coded in 6
 *       bits (letters, digits, then 27 codes shared by other scripts and symbols), so a gram is a
 *       number below 2<sup>18</sup> + 2<sup>12</sup> that indexes the offset array directly. A gram
 *       found in {@code df} marks weighs {@code 1 + round(2·ln((n+1) / (df+1)))}; each mark keeps
 *       its numbers of distinct grams and their summed weights, packed in two ints;
 *   <li><b>word postings</b>: for each distinct word, the marks containing it, which also gives
 *       {@link #wordFrequency};
 *   <li><b>sound postings</b>: for each {@link Phonetic} key of two codes or more, the marks whose
 *       whole compact key sounds so, and the marks of several words one of whose words does.
 * </ul>
 *
 * Building reads each name twice and is linear in their total length: postings are collected as
 * (term, mark) pairs in mark order and counting-sorted, so every list comes out ascending.
 *
 * <h2>A query</h2>
 *
 * The proposed name is normalised the same way. Evidence is gathered in a reused pair of ints per
 * mark (shared trigram and bigram counts, the best word pre-score and route flags; the shared
 * weights), and a bitset records which marks were touched so that only they are read and reset:
 *
 * <ol>
 *   <li><b>Spelling.</b> The query's distinct grams are taken in order of increasing posting length
 *       and each list is counted in until {@value #GRAM_BUDGET} postings have been read; the longer
 *       lists left over are skipped. In a name of several words, a gram inside a word weighs its
 *       weight times {@code (idf(word) / idf(rarest word))²}, so that the generic word of {@code
 *       GOSCH LABS} does not outweigh the one that matters.
 *   <li><b>Sound.</b> The {@link Phonetic} key of the proposed compact key, and of each of its
 *       words when it has several, is looked up in the sound postings; lists longer than {@value
 *       #SOUND_CAP} (a skeleton that common tells nothing) are skipped and at most {@value
 *       #SOUND_BUDGET} postings are read: {@code LAKOSTE} meets {@code LACOSTE}.
 *   <li><b>Words.</b> The proposed words, and the words {@code equivalents} gives for each
 *       (translations: {@code lobo} for {@code wolf}), are looked up in the word postings, rarest
 *       first. A word in more than {@value #COMMON_WORD} marks is used only when every word of the
 *       proposed name is that common; at most {@value #WORD_BUDGET} postings are read, so such a
 *       word contributes its first (oldest) marks.
 *   <li><b>Selection.</b> The touched marks are walked in id order. A mark is <em>spelt alike</em>
 *       when it shares at least two in five of the trigrams of whichever name has fewer, and two in
 *       five of the lighter one's trigram weight; or the same of trigrams and bigrams together,
 *       when both names have a short word. Most touched marks share a gram or two and nothing else,
 *       and are rejected on the packed counts alone. When lists were skipped, counts are lower
 *       bounds: a mark that could still qualify if it shared every skipped gram, and could then
 *       still enter the heap, has its grams counted exactly from its key against the query's gram
 *       table (prefix filtering: with {@code s} lists skipped, a mark needing more than {@code s}
 *       shared grams is always seen in a scanned list, so only marks whose few shared grams are all
 *       very common are lost). A survivor's spelling is refined by {@link EditDistance} within
 *       {@value #EDIT_BOUND} edits when the shared trigrams allow it (an edit changes at most
 *       three). <b>Containment</b>: when the shorter key has at least {@value #MIN_CONTAINED}
 *       letters and the longer has all its trigrams but the two boundary ones, a substring search
 *       confirms it: {@code EBAY} in {@code PERFUMEBAY}, {@code SUNNYFARM} in {@code THESUNNYFARM}.
 *       For a name of several words, a proposed word within two edits of a word of the mark counts
 *       too ({@code KARBCHER STORE} and {@code KARCHER}).
 * </ol>
 *
 * The pre-score of a mark is the best of its routes, with {@code sim} the larger of the weighted
 * Dice coefficient {@code 2·shared / (w_proposed + w_mark)} and the edit-distance spelling {@code 1
 * − d / max(length)}: {@code sim} when spelt alike; 1 for identical keys and {@code 0.7 +
 * 0.25·|shorter| / |longer|} for containment; {@code 0.55 + 0.45·sim} when the whole keys sound
 * alike and {@code 0.45 + 0.4·sim} when a word does; for a shared word {@code 0.2 + 0.7·idf²·(0.5 +
 * 0.5·cover)} ({@code 0.15 + …} for a translation), {@code idf = 1 − ln f / ln(n + 1)} with {@code
 * f} the word's marks and {@code cover} its share of the proposed name, plus {@code 0.1·sim}; for a
 * misspelt word {@code spelling·(0.5 + 0.5·cover)·φ}. It is raised by 0.05 when the keys begin with
 * the same letter. The best {@code max} are kept in a bounded heap, ties going to the lower (older)
 * id. The pre-score only orders the cut; the caller scores what is returned.
 *
 * <h2>Bounds</h2>
 *
 * Per query, with {@code L ≤ }{@value Mark#MAX_NAME_LENGTH} the proposed name's length: O(L)
 * normalising and at most {@code 4·L} grams; at most {@value #GRAM_BUDGET} + {@value #SOUND_BUDGET}
 * + {@value #WORD_BUDGET} postings read, O(1) each; one pass over the touched-mark bitset ({@code
 * markCount / 64} words) and, per touched mark, O(1) work plus O(log max) in the heap; and at most
 * {@value #VERIFY_BUDGET} character operations, all told, for exact counts, edit distances and
 * substring searches, after which marks are taken on their counted grams alone. Nothing is
 * allocated per posting or per mark; the result array and the strings of the proposed words (for
 * {@code equivalents}) are allocated per query. At most {@value #MAX_SOURCES} words (proposed and
 * equivalent) are looked up.
 *
 * <p>The index is immutable once built and safe to query from many threads: each thread gets its
 * own scratch through a {@link ThreadLocal}, about {@code 8.1·markCount} bytes (the evidence pairs
 * and the touched bitset) plus 0.3 MB.
 */
public final class ClearanceCandidates {

  /** Gram postings read per query, at most. */
  static final int GRAM_BUDGET = 250_000;

  /** A word in more marks than this is not a source unless the query has no other. */
  static final int COMMON_WORD = 20_000;

  /** Word postings read per query, at most. */
  static final int WORD_BUDGET = 60_000;

  /** Sound lists longer than this are skipped. */
  static final int SOUND_CAP = 10_000;

  /** Sound postings read per query, at most. */
  static final int SOUND_BUDGET = 40_000;

  /** Character comparisons spent on exact gram counts and substring checks, at most. */
  static final int VERIFY_BUDGET = 4_000_000;

  /** The shortest key looked for inside another, or that another is looked for inside. */
  static final int MIN_CONTAINED = 3;

  /** Proposed words a misspelt word of a mark is looked for, at most. */
  static final int MAX_SPELLED_WORDS = 8;

  /** Words (proposed and equivalent) looked up per query, at most. */
  static final int MAX_SOURCES = 256;

  private static final int MIN_SOUND = 2;

  /** Words of at most this many characters also have bigrams. */
  static final int SHORT_WORD = 7;

  /** Bigram codes follow the 2^18 trigram codes. */
  static final int BIGRAM_BASE = 1 << 18;

  private static final int GRAM_SPACE = BIGRAM_BASE + (1 << 12);

  /** Edits within which a survivor's spelling is measured by {@link EditDistance}. */
  static final int EDIT_BOUND = 2;

  // Evidence per mark during a query, in one int: shared trigrams (bits 0-10; a name of 500
  // characters has at most 1,500), shared bigrams (11-19; at most 501), the best word pre-score
  // (20-27, 0..255), then route flags. A second int holds the shared weights: trigrams in the low
  // 16 bits, bigrams in the high 16 (at most 1,500 · 29 and 501 · 29).
  private static final int TRIGRAM_MASK = 0x7FF;
  private static final int BIGRAM_SHIFT = 11;
  private static final int BIGRAM_MASK = 0x1FF;
  private static final int WORD_SHIFT = 20;
  private static final int SOUND_WHOLE = 1 << 28;
  private static final int SOUND_WORD = 1 << 29;
  private static final int TOUCHED = 1 << 30;
  static final int MAX_GRAMS = 4 * Mark.MAX_NAME_LENGTH;

  private final int markCount;
  private final char[] keyChars;
  private final int[] keyStart;
  private final long[] wordEnds;
  // Per mark, packed so that rejecting a touched mark costs one read: distinct trigrams (bits
  // 0-10, word edges included), of which those of the compact key (11-19), distinct bigrams
  // (20-29); and the summed weights of its trigrams (low 16 bits) and bigrams (high 16 bits).
  private final int[] gramCounts;
  private final int[] gramWeights;
  private final byte[] gramWeight;
  private final int[] gramStart;
  private final int[] gramMarks;
  private final TermTable words;
  private final Postings wordMarks;
  private final TermTable sounds;
  private final Postings wholeSoundMarks;
  private final Postings wordSoundMarks;
  private final ThreadLocal<Scratch> scratch;

  private ClearanceCandidates(Builder b) {
    this.markCount = b.markCount;
    this.keyChars = Arrays.copyOf(b.keyChars, b.keyUsed);
    this.keyStart = b.keyStart;
    this.wordEnds = Arrays.copyOf(b.wordEnds, (b.keyUsed >>> 6) + 1);
    this.gramCounts = b.gramCounts;
    this.gramWeights = b.gramWeights;
    this.gramWeight = b.gramWeight;
    this.gramStart = b.gramStart;
    this.gramMarks = b.gramMarks;
    this.words = b.words;
    this.wordMarks = b.wordMarks;
    this.sounds = b.sounds;
    this.wholeSoundMarks = b.wholeSoundMarks;
    this.wordSoundMarks = b.wordSoundMarks;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(markCount));
  }

  /** Indexes {@code marks}; the id of a mark is its position in the list. */
  public static ClearanceCandidates build(List<Mark> marks) {
    Objects.requireNonNull(marks, "marks");
    var b = new Builder(marks.size());
    b.collect(marks);
    b.indexGrams();
    return new ClearanceCandidates(b);
  }

  public int markCount() {
    return markCount;
  }

  /** How many marks contain the word, written as the {@link Tokenizer} folds it ({@code sunny}). */
  public int wordFrequency(String foldedWord) {
    Objects.requireNonNull(foldedWord, "foldedWord");
    int w = words.get(foldedWord);
    return w < 0 ? 0 : wordMarks.length(w);
  }

  /** {@link #candidates(String, Function, int)} without translations. */
  public int[] candidates(String proposed, int max) {
    return candidates(proposed, word -> List.of(), max);
  }

  /**
   * The ids of at most {@code max} marks that could be confused with {@code proposed}, best first
   * by the pre-score described above.
   *
   * @param equivalents the words that translate a folded word of the proposed name, or an empty
   *     list
   * @throws IllegalArgumentException when {@code max} is negative or the name is longer than a mark
   *     name may be
   */
  public int[] candidates(String proposed, Function<String, List<String>> equivalents, int max) {
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(equivalents, "equivalents");
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, got " + max);
    }
    if (proposed.length() > Mark.MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "a proposed name has at most " + Mark.MAX_NAME_LENGTH + " characters");
    }
    if (max == 0 || markCount == 0) {
      return new int[0];
    }
    Scratch s = scratch.get();
    try {
      s.tokens.reset(proposed);
      s.queryLength = 0;
      for (int t = 0; t < s.tokens.size(); t++) {
        System.arraycopy(
            s.tokens.buffer(),
            s.tokens.normStart(t),
            s.query,
            s.queryLength,
            s.tokens.normLength(t));
        s.wordStart[t] = s.queryLength;
        s.queryLength += s.tokens.normLength(t);
        if (t + 1 < s.tokens.size()) {
          setBit(s.queryEnds, s.queryLength - 1);
        }
      }
      if (s.queryLength == 0) {
        return new int[0];
      }
      s.verifyLeft = VERIFY_BUDGET;
      int skipped = scanGrams(s);
      scanSounds(s);
      scanWords(s, equivalents);
      return select(s, skipped, max);
    } finally {
      s.clear();
    }
  }

  /** Counts shared grams, shortest lists first; returns how many of the query's were skipped. */
  private int scanGrams(Scratch s) {
    int n = grams(s.query, 0, s.queryLength, s.queryEnds, true, s.codes);
    s.queryCodes = n;
    weighQueryGrams(s, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      int code = s.codes[i];
      int weight = (int) Math.max(1, Math.round(gramWeight[code] * s.codeFactor[i]));
      if (s.queryWeight[code] == 0) {
        long length = gramStart[code + 1] - gramStart[code];
        s.order[distinct++] = length << 20 | code;
      }
      s.queryWeight[code] = (byte) Math.max(s.queryWeight[code], weight);
      if (i == s.queryLength - 1) {
        s.queryCompactTrigrams = distinct;
      }
    }
    int bigrams = 0;
    s.queryTrigramWeight = 0;
    s.queryBigramWeight = 0;
    for (int i = 0; i < distinct; i++) {
      int code = (int) (s.order[i] & ((1 << 20) - 1));
      if (code >= BIGRAM_BASE) {
        bigrams++;
        s.queryBigramWeight += s.queryWeight[code];
      } else {
        s.queryTrigramWeight += s.queryWeight[code];
      }
    }
    s.queryTrigrams = distinct - bigrams;
    s.queryBigrams = bigrams;
    Arrays.sort(s.order, 0, distinct);
    int read = 0;
    int scanned = 0;
    int[] evidence = s.evidence;
    for (; scanned < distinct; scanned++) {
      int code = (int) (s.order[scanned] & ((1 << 20) - 1));
      int from = gramStart[code];
      int to = gramStart[code + 1];
      if (read + (to - from) > GRAM_BUDGET) {
        break;
      }
      read += to - from;
      boolean bigram = code >= BIGRAM_BASE;
      int one = bigram ? 1 << BIGRAM_SHIFT : 1;
      int weight = bigram ? s.queryWeight[code] << 16 : s.queryWeight[code];
      for (int p = from; p < to; p++) {
        int slot = gramMarks[p] << 1;
        int e = evidence[slot];
        if (e == 0) {
          s.touch(gramMarks[p]);
        }
        evidence[slot] = (e | TOUCHED) + one;
        evidence[slot + 1] += weight;
      }
    }
    s.skippedTrigrams = 0;
    s.skippedBigrams = 0;
    s.skippedTrigramWeight = 0;
    s.skippedBigramWeight = 0;
    for (int i = scanned; i < distinct; i++) {
      int code = (int) (s.order[i] & ((1 << 20) - 1));
      if (code >= BIGRAM_BASE) {
        s.skippedBigrams++;
        s.skippedBigramWeight += s.queryWeight[code];
      } else {
        s.skippedTrigrams++;
        s.skippedTrigramWeight += s.queryWeight[code];
      }
    }
    return distinct - scanned;
  }

  /**
   * Sets {@code s.codeFactor[i]} for each query gram, in the order {@link #grams} wrote them: in a
   * name of several words, a gram inside a word weighs {@code (idf(word) / idf(rarest word))²} of
   * its own weight, {@code idf(w) = ln((n+1) / (f+1))} with {@code f} the marks containing the
   * word. So in {@code GOSCH LABS} the grams of {@code labs}, a word of hundreds of marks, count
   * for little and {@code BOSCH} outranks every {@code … LABS}. A gram across two words takes the
   * larger factor.
   */
  private void weighQueryGrams(Scratch s, int n) {
    Tokenizer tokens = s.tokens;
    int words = tokens.size();
    double rarest = 0;
    for (int t = 0; t < words; t++) {
      int w =
          this.words.getHashed(
              tokens.buffer(), tokens.normStart(t), tokens.normLength(t), tokens.hash(t));
      int f = w < 0 ? 0 : wordMarks.length(w);
      s.wordFactor[t] = Math.log((markCount + 1.0) / (f + 1.0));
      rarest = Math.max(rarest, s.wordFactor[t]);
    }
    for (int t = 0; t < words; t++) {
      double ratio = words == 1 || rarest == 0 ? 1 : s.wordFactor[t] / rarest;
      s.wordFactor[t] = ratio * ratio;
    }
    // The words a misspelt-word match is looked for: in a name of several words, the most
    // distinctive ones of four letters or more.
    s.spellableWords = 0;
    for (int t = 0; t < words && words > 1; t++) {
      if (tokens.normLength(t) < 4 || s.wordFactor[t] < 0.25) {
        continue;
      }
      int k = Math.min(s.spellableWords, MAX_SPELLED_WORDS - 1);
      if (s.spellableWords == MAX_SPELLED_WORDS
          && s.wordFactor[s.spellable[k]] >= s.wordFactor[t]) {
        continue;
      }
      while (k > 0 && s.wordFactor[s.spellable[k - 1]] < s.wordFactor[t]) {
        s.spellable[k] = s.spellable[k - 1];
        k--;
      }
      s.spellable[k] = t;
      s.spellableWords = Math.min(s.spellableWords + 1, MAX_SPELLED_WORDS);
    }
    int len = s.queryLength;
    int p = 0;
    for (int t = 0; t < words; t++) {
      for (int k = 0; k < tokens.normLength(t); k++) {
        s.charWord[p++] = t;
      }
    }
    int i = 0;
    for (; i < len && i < n; i++) {
      double f = s.wordFactor[s.charWord[i]];
      if (i > 0) {
        f = Math.max(f, s.wordFactor[s.charWord[i - 1]]);
      }
      if (i + 1 < len) {
        f = Math.max(f, s.wordFactor[s.charWord[i + 1]]);
      }
      s.codeFactor[i] = f;
    }
    for (int t = 0; t + 1 < words; t++) {
      s.codeFactor[i++] = s.wordFactor[t];
      s.codeFactor[i++] = s.wordFactor[t + 1];
    }
    for (int t = 0; t < words; t++) {
      if (tokens.normLength(t) <= SHORT_WORD) {
        for (int k = 0; k <= tokens.normLength(t); k++) {
          s.codeFactor[i++] = s.wordFactor[t];
        }
      }
    }
  }

  private void scanSounds(Scratch s) {
    s.soundLeft = SOUND_BUDGET;
    int len = Phonetic.encode(s.query, 0, s.queryLength, s.sound);
    soundPostings(s, len, SOUND_WHOLE, SOUND_WORD);
    Tokenizer tokens = s.tokens;
    if (tokens.size() > 1) {
      for (int t = 0; t < tokens.size(); t++) {
        len = Phonetic.encode(tokens.buffer(), tokens.normStart(t), tokens.normLength(t), s.sound);
        soundPostings(s, len, SOUND_WORD, SOUND_WORD);
      }
    }
  }

  private void soundPostings(Scratch s, int len, int wholeFlag, int wordFlag) {
    if (len < MIN_SOUND) {
      return;
    }
    int id = sounds.get(s.sound, 0, len);
    if (id < 0) {
      return;
    }
    flag(s, wholeSoundMarks, id, wholeFlag);
    flag(s, wordSoundMarks, id, wordFlag);
  }

  private void flag(Scratch s, Postings postings, int term, int bit) {
    int from = postings.start(term);
    int to = postings.end(term);
    if (to - from > SOUND_CAP || to - from > s.soundLeft) {
      return;
    }
    s.soundLeft -= to - from;
    int[] evidence = s.evidence;
    for (int p = from; p < to; p++) {
      int id = postings.mark(p);
      int e = evidence[id << 1];
      if (e == 0) {
        s.touch(id);
      }
      evidence[id << 1] = e | TOUCHED | bit;
    }
  }

  private void scanWords(Scratch s, Function<String, List<String>> equivalents) {
    Tokenizer tokens = s.tokens;
    s.sources = 0;
    // A common word is a source only when every word of the proposed name is common.
    boolean anyDistinctive = false;
    for (int t = 0; t < tokens.size() && s.sources < MAX_SOURCES; t++) {
      int w =
          words.getHashed(
              tokens.buffer(), tokens.normStart(t), tokens.normLength(t), tokens.hash(t));
      if (tokens.normLength(t) >= 2 && (w < 0 || wordMarks.length(w) <= COMMON_WORD)) {
        anyDistinctive = true;
      }
      if (w >= 0 && tokens.normLength(t) >= 2) {
        s.addSource(w, false, tokens.normLength(t));
      }
      List<String> translated = equivalents.apply(tokens.term(t));
      if (translated == null) {
        continue;
      }
      for (int i = 0; i < translated.size() && s.sources < MAX_SOURCES; i++) {
        Tokenizer eq = s.equivalentTokens;
        eq.reset(translated.get(i));
        for (int k = 0; k < eq.size() && s.sources < MAX_SOURCES; k++) {
          int e = words.getHashed(eq.buffer(), eq.normStart(k), eq.normLength(k), eq.hash(k));
          if (e >= 0 && eq.normLength(k) >= 2) {
            s.addSource(e, true, tokens.normLength(t));
          }
        }
      }
    }
    // Rarest first, so the budget goes to the words that tell most.
    for (int i = 0; i < s.sources; i++) {
      s.order[i] = (long) wordMarks.length(s.sourceWord[i]) << 32 | i;
    }
    Arrays.sort(s.order, 0, s.sources);
    int left = WORD_BUDGET;
    int[] evidence = s.evidence;
    double logCount = Math.log(markCount + 1.0);
    for (int i = 0; i < s.sources && left > 0; i++) {
      int source = (int) s.order[i];
      int w = s.sourceWord[source];
      int from = wordMarks.start(w);
      int length = wordMarks.length(w);
      if (anyDistinctive && length > COMMON_WORD) {
        continue;
      }
      int to = from + Math.min(length, left);
      left -= to - from;
      double idf = 1 - Math.log(length) / logCount;
      double coverage = (double) s.sourceChars[source] / s.queryLength;
      double score =
          (s.sourceTranslated[source] ? 0.15 : 0.2) + 0.7 * idf * idf * (0.5 + 0.5 * coverage);
      int quantised = (int) Math.round(Math.min(1.0, score) * 255);
      for (int p = from; p < to; p++) {
        int id = wordMarks.mark(p);
        int e = evidence[id << 1];
        if (e == 0) {
          s.touch(id);
        }
        int best = (e >>> WORD_SHIFT) & 0xFF;
        if (quantised > best) {
          e = (e & ~(0xFF << WORD_SHIFT)) | quantised << WORD_SHIFT;
        }
        evidence[id << 1] = e | TOUCHED;
      }
    }
  }

  /**
   * Pre-scores every touched mark, resets its evidence and keeps the best {@code max}. When lists
   * were skipped, a mark is first scored optimistically, as if it shared every skipped gram; only
   * one that could then still enter the heap has its grams counted exactly.
   */
  private int[] select(Scratch s, int skipped, int max) {
    s.heapSize = 0;
    s.ensureHeap(Math.min(max, s.touched));
    long[] touchedBits = s.touchedBits;
    for (int word = 0; word < touchedBits.length; word++) {
      long bits = touchedBits[word];
      touchedBits[word] = 0;
      while (bits != 0) {
        int id = word << 6 | Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        consider(s, id, skipped, max);
      }
    }
    s.touched = 0;
    Arrays.sort(s.heap, 0, s.heapSize);
    int[] ids = new int[s.heapSize];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = Integer.MAX_VALUE - (int) s.heap[s.heapSize - 1 - i];
    }
    return ids;
  }

  /** Pre-scores one touched mark, resets its evidence and offers it to the heap. */
  private void consider(Scratch s, int id, int skipped, int max) {
    int[] evidence = s.evidence;
    int e = evidence[id << 1];
    int w = evidence[(id << 1) + 1];
    evidence[id << 1] = 0;
    evidence[(id << 1) + 1] = 0;
    int counts = gramCounts[id];
    int markTrigrams = counts & 0x7FF;
    int markCompact = (counts >>> 11) & 0x1FF;
    // Bigrams count only when both names have a short word.
    int markBigrams = s.queryBigrams > 0 ? counts >>> 20 : 0;
    int trigrams = e & TRIGRAM_MASK;
    int bigrams = markBigrams > 0 ? (e >>> BIGRAM_SHIFT) & BIGRAM_MASK : 0;
    if (skipped > 0) {
      // What the skipped lists could add: an upper bound until counted exactly.
      trigrams = Math.min(trigrams + s.skippedTrigrams, Math.min(s.queryTrigrams, markTrigrams));
      bigrams =
          markBigrams > 0
              ? Math.min(bigrams + s.skippedBigrams, Math.min(s.queryBigrams, markBigrams))
              : 0;
    }
    int needTrigrams = need(s.queryTrigrams, markTrigrams);
    int needAll =
        markBigrams > 0
            ? need(s.queryTrigrams + s.queryBigrams, markTrigrams + markBigrams)
            : Integer.MAX_VALUE;
    boolean otherRoute = (e & (SOUND_WHOLE | SOUND_WORD | 0xFF << WORD_SHIFT)) != 0;
    // Most touched marks share a gram or two and nothing else: reject them on what is at hand,
    // taking the laxer of the two containment thresholds.
    if (!otherRoute
        && trigrams < needTrigrams
        && trigrams + bigrams < needAll
        && trigrams < Math.min(markCompact, s.queryCompactTrigrams) - 2) {
      return;
    }
    int lm = keyStart[id + 1] - keyStart[id];
    int lq = s.queryLength;
    if (lm == 0) {
      return;
    }
    boolean markShorter = lm <= lq;
    boolean mayContain =
        Math.min(lm, lq) >= MIN_CONTAINED
            && trigrams >= Math.max(1, (markShorter ? markCompact : s.queryCompactTrigrams) - 2);
    boolean first = keyChars[keyStart[id]] == s.query[0];
    double misspelt = s.spellableWords > 0 ? misspeltWord(s, id, lm, first, max) : 0;
    int weights = gramWeights[id];
    int markTrigramWeight = weights & 0xFFFF;
    int markBigramWeight = markBigrams > 0 ? weights >>> 16 : 0;
    int trigramWeight = w & 0xFFFF;
    int bigramWeight = markBigrams > 0 ? w >>> 16 : 0;
    if (skipped > 0) {
      boolean spelt = trigrams >= needTrigrams || trigrams + bigrams >= needAll;
      if (!otherRoute && !spelt && !mayContain) {
        return;
      }
      trigramWeight =
          Math.min(
              trigramWeight + s.skippedTrigramWeight,
              Math.min(s.queryTrigramWeight, markTrigramWeight));
      bigramWeight =
          markBigrams > 0
              ? Math.min(
                  bigramWeight + s.skippedBigramWeight,
                  Math.min(s.queryBigramWeight, markBigramWeight))
              : 0;
      double optimistic =
          preScore(
              e,
              Math.max(
                  dice(s, trigramWeight, bigramWeight, markTrigramWeight, markBigramWeight),
                  spellingBound(trigrams, lm, lq)),
              spelt,
              mayContain,
              misspelt,
              lm,
              lq,
              first);
      if (s.heapSize == max && key(optimistic, id) <= s.heap[0]) {
        return;
      }
      // A key of lm letters has at most 5·lm grams, and each costs two reads.
      if (s.verifyLeft >= 10 * lm) {
        exactOverlap(s, id, markBigrams > 0);
        trigrams = s.exactTrigrams;
        bigrams = s.exactBigrams;
        trigramWeight = s.exactTrigramWeight;
        bigramWeight = s.exactBigramWeight;
      } else {
        // Out of budget: what the scanned lists counted.
        trigrams = e & TRIGRAM_MASK;
        bigrams = markBigrams > 0 ? (e >>> BIGRAM_SHIFT) & BIGRAM_MASK : 0;
        trigramWeight = w & 0xFFFF;
        bigramWeight = markBigrams > 0 ? w >>> 16 : 0;
      }
      mayContain =
          Math.min(lm, lq) >= MIN_CONTAINED
              && trigrams >= Math.max(1, (markShorter ? markCompact : s.queryCompactTrigrams) - 2);
    }
    boolean spelt =
        (trigrams >= needTrigrams
                && 5 * trigramWeight >= 2 * Math.min(s.queryTrigramWeight, markTrigramWeight))
            || (trigrams + bigrams >= needAll
                && 5 * (trigramWeight + bigramWeight)
                    >= 2
                        * Math.min(
                            s.queryTrigramWeight + s.queryBigramWeight,
                            markTrigramWeight + markBigramWeight));
    double similarity = dice(s, trigramWeight, bigramWeight, markTrigramWeight, markBigramWeight);
    double bound = spellingBound(trigrams, lm, lq);
    if (bound > similarity) {
      if (s.heapSize == max
          && key(preScore(e, bound, true, mayContain, misspelt, lm, lq, first), id) <= s.heap[0]) {
        return;
      }
      int d = editDistance(s, id, lm);
      if (d <= EDIT_BOUND) {
        similarity = Math.max(similarity, 1.0 - (double) d / Math.max(lm, lq));
        spelt = true;
      }
    }
    boolean contained = false;
    if (mayContain) {
      double best = preScore(e, similarity, spelt, true, misspelt, lm, lq, first);
      if (s.heapSize < max || key(best, id) > s.heap[0]) {
        contained =
            markShorter
                ? contains(s, s.query, 0, lq, keyChars, keyStart[id], lm)
                : contains(s, keyChars, keyStart[id], lm, s.query, 0, lq);
      }
    }
    double score = preScore(e, similarity, spelt, contained, misspelt, lm, lq, first);
    if (score > 0) {
      s.offer(key(score, id), max);
    }
  }

  /**
   * The misspelt-word route of a proposed name of several words: the best, over one of its {@link
   * #MAX_SPELLED_WORDS} most distinctive words of four letters or more and a word of the mark
   * within {@value #EDIT_BOUND} edits of it, of {@code spelling · (0.5 + 0.5·cover) · φ}, where
   * {@code cover} is the mean share of each name the two words make up and {@code φ} the proposed
   * word's distinctiveness factor ({@code KARBCHER STORE} takes up {@code KARCHER}; {@code … HOME}
   * and {@code VOME} count for little). A pair whose best possible value could not enter a full
   * heap is not measured.
   */
  private double misspeltWord(Scratch s, int id, int lm, boolean first, int max) {
    double floor = s.heapSize == max ? (s.heap[0] >>> 32) / 1_000_000.0 - (first ? 0.05 : 0) : 0;
    double best = 0;
    int start = keyStart[id];
    int from = 0;
    for (int i = 0; i < lm; i++) {
      if (i < lm - 1 && !bit(wordEnds, start + i)) {
        continue;
      }
      int markWord = i + 1 - from;
      for (int k = 0; k < s.spellableWords && markWord >= 4; k++) {
        int t = s.spellable[k];
        int word = s.tokens.normLength(t);
        int longer = Math.max(word, markWord);
        int gap = Math.abs(word - markWord);
        if (gap > EDIT_BOUND) {
          continue;
        }
        double weight =
            (0.5 + 0.25 * ((double) word / s.queryLength + (double) markWord / lm))
                * s.wordFactor[t];
        if ((1.0 - (double) gap / longer) * weight <= Math.max(best, floor)) {
          continue;
        }
        int cost = (2 * EDIT_BOUND + 1) * longer;
        if (s.verifyLeft < cost) {
          return best;
        }
        s.verifyLeft -= cost;
        int d =
            s.distance.distance(
                s.query, s.wordStart[t], word, keyChars, start + from, markWord, EDIT_BOUND);
        if (d <= EDIT_BOUND) {
          best = Math.max(best, (1.0 - (double) d / longer) * weight);
        }
      }
      from = i + 1;
    }
    return best;
  }

  /** At least two in five of the grams of the name that has fewer. */
  private static int need(int queryGrams, int markGrams) {
    return Math.max(1, (2 * Math.min(queryGrams, markGrams) + 4) / 5);
  }

  /** Weighted Dice over trigrams, or over trigrams and bigrams when that is higher. */
  private static double dice(
      Scratch s, int trigramWeight, int bigramWeight, int markTrigramWeight, int markBigramWeight) {
    double dice = 2.0 * trigramWeight / (s.queryTrigramWeight + markTrigramWeight);
    if (markBigramWeight > 0) {
      double all =
          2.0
              * (trigramWeight + bigramWeight)
              / (s.queryTrigramWeight + s.queryBigramWeight + markTrigramWeight + markBigramWeight);
      dice = Math.max(dice, all);
    }
    return dice;
  }

  /**
   * The best spelling {@code 1 − d / max(lm, lq)} that {@code d ≤ }{@value #EDIT_BOUND} edits could
   * give, or 0 when that many edits are out of reach. Each edit changes at most three padded
   * trigrams, so {@code d ≥ (max − shared) / 3}, and {@code d ≥ |lm − lq|}.
   */
  private static double spellingBound(int sharedTrigrams, int lm, int lq) {
    int longer = Math.max(lm, lq);
    int d = Math.max(Math.abs(lm - lq), (longer - sharedTrigrams + 2) / 3);
    return d > EDIT_BOUND ? 0 : 1.0 - (double) d / longer;
  }

  /** The edit distance to the mark's key, or more than the bound; charged to the budget. */
  private int editDistance(Scratch s, int id, int lm) {
    int cost = (2 * EDIT_BOUND + 1) * Math.max(lm, s.queryLength);
    if (s.verifyLeft < cost) {
      return EDIT_BOUND + 1;
    }
    s.verifyLeft -= cost;
    return s.distance.distance(s.query, 0, s.queryLength, keyChars, keyStart[id], lm, EDIT_BOUND);
  }

  /**
   * The best of a mark's routes, 0 when none holds: {@code dice} (weighted shared grams) when spelt
   * alike, containment, whole or word sound, shared word; plus 0.05 for the same first letter.
   */
  private static double preScore(
      int evidence,
      double dice,
      boolean spelt,
      boolean contained,
      double misspelt,
      int lm,
      int lq,
      boolean sameFirst) {
    double score = Math.max(spelt ? dice : 0, misspelt);
    if (contained) {
      double part = (double) Math.min(lm, lq) / Math.max(lm, lq);
      score = Math.max(score, lm == lq ? 1.0 : 0.7 + 0.25 * part);
    }
    if ((evidence & SOUND_WHOLE) != 0) {
      score = Math.max(score, 0.55 + 0.45 * dice);
    }
    if ((evidence & SOUND_WORD) != 0) {
      score = Math.max(score, 0.45 + 0.4 * dice);
    }
    int word = (evidence >>> WORD_SHIFT) & 0xFF;
    if (word > 0) {
      score = Math.max(score, word / 255.0 + 0.1 * dice);
    }
    return score > 0 && sameFirst ? score + 0.05 : score;
  }

  /** Heap key: the pre-score in millionths, then the lower id first. */
  private static long key(double score, int id) {
    return (long) (score * 1_000_000) << 32 | (Integer.MAX_VALUE - id);
  }

  /**
   * Counts the mark's distinct grams that the query has, reading its key, into {@code
   * s.exactTrigrams}, {@code s.exactBigrams} and their weights.
   */
  private void exactOverlap(Scratch s, int id, boolean bigrams) {
    int len = keyStart[id + 1] - keyStart[id];
    int n = grams(keyChars, keyStart[id], len, wordEnds, bigrams, s.markCodes);
    s.verifyLeft -= 2 * n;
    s.exactTrigrams = 0;
    s.exactBigrams = 0;
    s.exactTrigramWeight = 0;
    s.exactBigramWeight = 0;
    for (int i = 0; i < n; i++) {
      int code = s.markCodes[i];
      if (s.queryWeight[code] != 0 && !s.seen(code)) {
        s.setSeen(code);
        if (code >= BIGRAM_BASE) {
          s.exactBigrams++;
          s.exactBigramWeight += s.queryWeight[code];
        } else {
          s.exactTrigrams++;
          s.exactTrigramWeight += s.queryWeight[code];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      s.clearSeen(s.markCodes[i]);
    }
  }

  /** Whether {@code needle} occurs in {@code hay}, charging the comparisons to the budget. */
  private static boolean contains(
      Scratch s, char[] hay, int hayOff, int hayLen, char[] needle, int needleOff, int needleLen) {
    int last = hayLen - needleLen;
    int spent = 0;
    boolean found = false;
    for (int i = 0; i <= last && spent + needleLen + 1 <= s.verifyLeft; i++) {
      int k = 0;
      while (k < needleLen && hay[hayOff + i + k] == needle[needleOff + k]) {
        k++;
      }
      spent += k + 1;
      if (k == needleLen) {
        found = true;
        break;
      }
    }
    s.verifyLeft -= spent;
    return found;
  }

  /**
   * Writes the gram codes of the key {@code chars[off, off+len)} into {@code out} and returns how
   * many:
   *
   * <ol>
   *   <li>the {@code len} trigrams of the key padded with a boundary at each end;
   *   <li>at each word end marked in the bitset {@code ends} (indexed by position in {@code
   *       chars}), the two boundary trigrams the words would have on their own: {@code ps#} and
   *       {@code #so} for {@code philips|sonicare}, so that a misspelt word inside a longer name
   *       still shares its edges with a mark;
   *   <li>when {@code bigrams}, for each word of at most {@value #SHORT_WORD} letters, the bigrams
   *       of the word padded at both ends, coded from {@link #BIGRAM_BASE}: a substitution inside a
   *       four-letter word leaves one of its trigrams but three of its five bigrams.
   * </ol>
   *
   * At most {@link #MAX_GRAMS}; none for an empty key.
   */
  static int grams(char[] chars, int off, int len, long[] ends, boolean bigrams, int[] out) {
    if (len == 0) {
      return 0;
    }
    int a = 0;
    int b = charCode(chars[off]);
    for (int i = 1; i <= len; i++) {
      int c = i < len ? charCode(chars[off + i]) : 0;
      out[i - 1] = a << 12 | b << 6 | c;
      a = b;
      b = c;
    }
    int n = len;
    int wordStart = 0;
    for (int i = 0; i < len - 1; i++) {
      if (bit(ends, off + i)) {
        int before = i > wordStart ? charCode(chars[off + i - 1]) : 0;
        out[n++] = before << 12 | charCode(chars[off + i]) << 6;
        boolean single = i + 2 == len || bit(ends, off + i + 1);
        int second = single ? 0 : charCode(chars[off + i + 2]);
        out[n++] = charCode(chars[off + i + 1]) << 6 | second;
        wordStart = i + 1;
      }
    }
    if (bigrams) {
      int from = 0;
      for (int i = 0; i < len; i++) {
        if (i == len - 1 || bit(ends, off + i)) {
          if (i + 1 - from <= SHORT_WORD) {
            int previous = 0;
            for (int k = from; k <= i + 1; k++) {
              int c = k <= i ? charCode(chars[off + k]) : 0;
              out[n++] = BIGRAM_BASE | previous << 6 | c;
              previous = c;
            }
          }
          from = i + 1;
        }
      }
    }
    return n;
  }

  private static boolean bit(long[] bits, int i) {
    return (bits[i >>> 6] & 1L << i) != 0;
  }

  private static void setBit(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  /** 1–26 for letters, 27–36 for digits, 37–63 shared by everything else; 0 is the boundary. */
  private static int charCode(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 27;
    }
    return 37 + c % 27;
  }

  /**
   * The weight of a gram found in {@code df} of {@code n} marks: {@code 1 + round(2·ln((n+1) /
   * (df+1)))}, from 1 for a gram every mark has to 29 for one in a single mark of a million.
   */
  static int weight(int df, int n) {
    return 1 + (int) Math.round(2 * Math.log((n + 1.0) / (df + 1.0)));
  }

  /** Int lists keyed by a dense term id, frozen into one flat array with offsets. */
  private static final class Postings {
    private final int[] start;
    private final int[] marks;

    /** Counting sort of the (term, mark) pairs; marks given in ascending order stay ascending. */
    Postings(IntBuffer terms, IntBuffer markIds, int termCount) {
      start = new int[termCount + 1];
      for (int i = 0; i < terms.size; i++) {
        start[terms.values[i] + 1]++;
      }
      for (int t = 0; t < termCount; t++) {
        start[t + 1] += start[t];
      }
      marks = new int[terms.size];
      int[] cursor = Arrays.copyOf(start, termCount);
      for (int i = 0; i < terms.size; i++) {
        marks[cursor[terms.values[i]]++] = markIds.values[i];
      }
    }

    int start(int term) {
      return start[term];
    }

    int end(int term) {
      return start[term + 1];
    }

    int length(int term) {
      return start[term + 1] - start[term];
    }

    int mark(int p) {
      return marks[p];
    }
  }

  /** A growable int array for building. */
  private static final class IntBuffer {
    int[] values = new int[1024];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /** Build state: one pass over the names, then two over the compact keys. */
  private static final class Builder {
    final int markCount;
    char[] keyChars;
    long[] wordEnds;
    int keyUsed;
    final int[] keyStart;
    int[] gramCounts;
    int[] gramWeights;
    byte[] gramWeight;
    int[] gramStart;
    int[] gramMarks;
    final TermTable words = new TermTable();
    final TermTable sounds = new TermTable();
    Postings wordMarks;
    Postings wholeSoundMarks;
    Postings wordSoundMarks;

    Builder(int markCount) {
      this.markCount = markCount;
      this.keyChars = new char[Math.max(1024, markCount * 10)];
      this.wordEnds = new long[(keyChars.length >>> 6) + 1];
      this.keyStart = new int[markCount + 1];
    }

    void collect(List<Mark> marks) {
      var tokens = new Tokenizer();
      var wordTerms = new IntBuffer();
      var wordIds = new IntBuffer();
      var wholeTerms = new IntBuffer();
      var wholeIds = new IntBuffer();
      var partTerms = new IntBuffer();
      var partIds = new IntBuffer();
      int[] lastWordMark = new int[1024];
      int[] lastSoundMark = new int[1024];
      char[] sound = new char[2 * Mark.MAX_NAME_LENGTH + 2];
      for (int m = 0; m < markCount; m++) {
        tokens.reset(marks.get(m).name());
        keyStart[m] = keyUsed;
        for (int t = 0; t < tokens.size(); t++) {
          int len = tokens.normLength(t);
          if (keyUsed + len > keyChars.length) {
            keyChars = Arrays.copyOf(keyChars, Math.max(keyChars.length * 2, keyUsed + len));
            wordEnds = Arrays.copyOf(wordEnds, (keyChars.length >>> 6) + 1);
          }
          System.arraycopy(tokens.buffer(), tokens.normStart(t), keyChars, keyUsed, len);
          keyUsed += len;
          if (t + 1 < tokens.size()) {
            setBit(wordEnds, keyUsed - 1);
          }
          int w = words.add(tokens.buffer(), tokens.normStart(t), len);
          lastWordMark = fit(lastWordMark, w);
          if (lastWordMark[w] != m + 1) {
            lastWordMark[w] = m + 1;
            wordTerms.add(w);
            wordIds.add(m);
          }
        }
        int len = Phonetic.encode(keyChars, keyStart[m], keyUsed - keyStart[m], sound);
        if (len >= MIN_SOUND) {
          wholeTerms.add(sounds.add(sound, 0, len));
          wholeIds.add(m);
        }
        if (tokens.size() > 1) {
          for (int t = 0; t < tokens.size(); t++) {
            len =
                Phonetic.encode(tokens.buffer(), tokens.normStart(t), tokens.normLength(t), sound);
            if (len < MIN_SOUND) {
              continue;
            }
            int id = sounds.add(sound, 0, len);
            lastSoundMark = fit(lastSoundMark, id);
            if (lastSoundMark[id] != m + 1) {
              lastSoundMark[id] = m + 1;
              partTerms.add(id);
              partIds.add(m);
            }
          }
        }
      }
      keyStart[markCount] = keyUsed;
      wordMarks = new Postings(wordTerms, wordIds, words.size());
      wholeSoundMarks = new Postings(wholeTerms, wholeIds, sounds.size());
      wordSoundMarks = new Postings(partTerms, partIds, sounds.size());
    }

    private static int[] fit(int[] a, int index) {
      return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, a.length * 2));
    }

    /** Two passes over the keys: count each mark's distinct grams per list, then fill. */
    void indexGrams() {
      int[] counts = new int[GRAM_SPACE + 1];
      int[] last = new int[GRAM_SPACE];
      int[] codes = new int[MAX_GRAMS];
      gramCounts = new int[markCount];
      for (int m = 0; m < markCount; m++) {
        int len = keyStart[m + 1] - keyStart[m];
        int n = grams(keyChars, keyStart[m], len, wordEnds, true, codes);
        int trigrams = 0;
        int bigrams = 0;
        int compact = 0;
        for (int i = 0; i < n; i++) {
          int code = codes[i];
          if (last[code] != m + 1) {
            last[code] = m + 1;
            counts[code + 1]++;
            if (code >= BIGRAM_BASE) {
              bigrams++;
            } else {
              trigrams++;
            }
          }
          if (i == len - 1) {
            compact = trigrams;
          }
        }
        // A name of 500 characters has at most 1,500 trigrams, 500 of its compact key and 501
        // bigrams, so each count fits its field.
        gramCounts[m] = trigrams | compact << 11 | bigrams << 20;
      }
      for (int c = 0; c < GRAM_SPACE; c++) {
        counts[c + 1] += counts[c];
      }
      gramStart = counts;
      gramMarks = new int[counts[GRAM_SPACE]];
      gramWeight = new byte[GRAM_SPACE];
      for (int c = 0; c < GRAM_SPACE; c++) {
        gramWeight[c] = (byte) weight(counts[c + 1] - counts[c], markCount);
      }
      gramWeights = new int[markCount];
      int[] cursor = Arrays.copyOf(counts, GRAM_SPACE);
      Arrays.fill(last, 0);
      for (int m = 0; m < markCount; m++) {
        int len = keyStart[m + 1] - keyStart[m];
        int n = grams(keyChars, keyStart[m], len, wordEnds, true, codes);
        int trigramSum = 0;
        int bigramSum = 0;
        for (int i = 0; i < n; i++) {
          int code = codes[i];
          if (last[code] != m + 1) {
            last[code] = m + 1;
            gramMarks[cursor[code]++] = m;
            if (code >= BIGRAM_BASE) {
              bigramSum += gramWeight[code];
            } else {
              trigramSum += gramWeight[code];
            }
          }
        }
        gramWeights[m] = Math.min(trigramSum, 0xFFFF) | Math.min(bigramSum, 0xFFFF) << 16;
      }
    }
  }

  /** Per-thread query state, reused from one query to the next. */
  private static final class Scratch {
    final Tokenizer tokens = new Tokenizer();
    final Tokenizer equivalentTokens = new Tokenizer();
    final char[] query = new char[Mark.MAX_NAME_LENGTH];
    final long[] queryEnds = new long[(Mark.MAX_NAME_LENGTH >>> 6) + 1];
    int queryLength;
    int queryCodes;
    int queryTrigrams;
    int queryCompactTrigrams;
    int queryBigrams;
    int queryTrigramWeight;
    int queryBigramWeight;
    int skippedTrigrams;
    int skippedBigrams;
    int skippedTrigramWeight;
    int skippedBigramWeight;
    int exactTrigrams;
    int exactBigrams;
    int exactTrigramWeight;
    int exactBigramWeight;
    final EditDistance distance = new EditDistance();
    final char[] sound = new char[2 * Mark.MAX_NAME_LENGTH + 2];
    final int[] codes = new int[MAX_GRAMS];
    final int[] markCodes = new int[MAX_GRAMS];
    final long[] order = new long[Math.max(MAX_GRAMS, MAX_SOURCES)];
    final byte[] queryWeight = new byte[GRAM_SPACE];
    final double[] codeFactor = new double[MAX_GRAMS];
    final double[] wordFactor = new double[Mark.MAX_NAME_LENGTH];
    final int[] charWord = new int[Mark.MAX_NAME_LENGTH];
    final int[] wordStart = new int[Mark.MAX_NAME_LENGTH];
    final int[] spellable = new int[MAX_SPELLED_WORDS];
    int spellableWords;
    final long[] seenBits = new long[GRAM_SPACE / 64];
    final int[] evidence;
    final long[] touchedBits;
    int touched;
    final int[] sourceWord = new int[MAX_SOURCES];
    final boolean[] sourceTranslated = new boolean[MAX_SOURCES];
    final int[] sourceChars = new int[MAX_SOURCES];
    int sources;
    int soundLeft;
    int verifyLeft;
    long[] heap = new long[16];
    int heapSize;

    Scratch(int markCount) {
      evidence = new int[2 * markCount];
      touchedBits = new long[(markCount >>> 6) + 1];
    }

    /** Notes a mark seen for the first time in this query. */
    void touch(int id) {
      touchedBits[id >>> 6] |= 1L << id;
      touched++;
    }

    boolean seen(int code) {
      return (seenBits[code >>> 6] & 1L << code) != 0;
    }

    void setSeen(int code) {
      seenBits[code >>> 6] |= 1L << code;
    }

    void clearSeen(int code) {
      seenBits[code >>> 6] &= ~(1L << code);
    }

    /** Adds a word to look up, {@code chars} the length of the proposed word it stands for. */
    void addSource(int word, boolean translated, int chars) {
      for (int i = 0; i < sources; i++) {
        if (sourceWord[i] == word) {
          sourceTranslated[i] &= translated;
          sourceChars[i] = Math.max(sourceChars[i], chars);
          return;
        }
      }
      sourceWord[sources] = word;
      sourceTranslated[sources] = translated;
      sourceChars[sources] = chars;
      sources++;
    }

    void ensureHeap(int size) {
      if (heap.length < size) {
        heap = new long[size];
      }
    }

    /** Keeps the {@code max} largest keys in a min-heap whose root is the worst kept. */
    void offer(long key, int max) {
      if (heapSize < max) {
        int i = heapSize++;
        while (i > 0) {
          int parent = (i - 1) >>> 1;
          if (heap[parent] <= key) {
            break;
          }
          heap[i] = heap[parent];
          i = parent;
        }
        heap[i] = key;
      } else if (key > heap[0]) {
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
          int child = 2 * i + 1;
          if (child + 1 < heapSize && heap[child + 1] < heap[child]) {
            child++;
          }
          if (heap[child] >= key) {
            break;
          }
          heap[i] = heap[child];
          i = child;
        }
        heap[i] = key;
      }
    }

    /** Resets what a query left behind, also after an exception thrown by the caller's function. */
    void clear() {
      if (touched > 0) {
        for (int word = 0; word < touchedBits.length; word++) {
          long bits = touchedBits[word];
          touchedBits[word] = 0;
          while (bits != 0) {
            int id = word << 6 | Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            evidence[id << 1] = 0;
            evidence[(id << 1) + 1] = 0;
          }
        }
      }
      touched = 0;
      for (int i = 0; i < queryCodes; i++) {
        queryWeight[codes[i]] = 0;
      }
      queryCodes = 0;
      queryLength = 0;
      Arrays.fill(queryEnds, 0);
    }
  }
}
