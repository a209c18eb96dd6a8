package com.clearmark.engine.index;

import com.clearmark.engine.text.EditDistance;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.Phonetic;
import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.Tokenizer;
import java.util.Arrays;
import java.util.List;

/**
 * Finds marks of a {@link MarkIndex} in text: as they are, and as look-alikes.
 *
 * <h2>Algorithm</h2>
 *
 * The text is tokenised once. At each token position the scanner tries, in order, and keeps the
 * first that matches:
 *
 * <ol>
 *   <li><b>Exact spans.</b> The folded characters of tokens {@code i..i+k-1} are joined without
 *       spaces for {@code k = 1, 2, ...} while the join is no longer than the longest key and can
 *       still lead to a key (an unknown token, a proper prefix of a key, the opening words of a
 *       mark, or a prefix that ends inside a later word of one: {@code Hello Kit-ty}), and each
 *       join is looked up (also without a final plural {@code s}). Joining is what makes {@code
 *       Coca Cola}, {@code CocaCola} and {@code Coca-Cola} the same mark. The longest match wins,
 *       unless its pieces show it is no spelling of the mark. A join with more tokens than the mark
 *       has words is a {@link MatchKind#SPACING} look-alike when letters are spelt out ({@code
 *       N.I.K.E}, {@code S-H-O-U-L-D-E-R-S}), punctuation splits the word ({@code Ro-lex}, {@code
 *       B-vlgari}) or a piece is not a word ({@code Za.ra}, {@code He inz}); the mark itself when
 *       every piece is a word and only spaces part them ({@code Play Station}); nothing when a lone
 *       letter sits beside a word ({@code Levi s}, {@code min I}). One written with Cyrillic, Greek
 *       or full-width letters is a {@link MatchKind#CONFUSABLE} look-alike; one that needed digits
 *       or symbols read as letters ({@code 1} as {@code i} and as {@code l}) is {@link
 *       MatchKind#LEET}, for marks of four letters or more written with at least as many letters as
 *       digits, and across words only for famous marks ({@code G3}, {@code D3 and} are codes).
 *   <li><b>Typos.</b> A token that is not an ordinary English word, at least 3 letters long, is
 *       looked up in the symmetric-delete table with itself and each of its single deletions; each
 *       key found is verified by {@link EditDistance} within the key's {@link
 *       MarkIndex#editBudget(int) budget} (one edit up to eight letters, two from nine) and must
 *       keep the first letter. Two adjacent tokens are also tried joined, for marks of several
 *       words ({@code Louis Vuiton}).
 *   <li><b>Sound.</b> Failing that, the token's {@link Phonetic} key is looked up; a key of five
 *       letters or more (four for a famous mark) is accepted within a typo's budget, or two edits
 *       for a famous mark that keeps the first letter ({@code Roleks}, {@code Nykee}).
 * </ol>
 *
 * <p>Skipping ordinary words before fuzzy matching is what keeps {@code nice}, {@code bike} and
 * {@code like} from being taken for NIKE: real words are never look-alikes. A word of another
 * shipped language ({@link Lexicon#otherLanguages()}) is skipped when the text is written in that
 * language (two such words or more) and otherwise matched against famous marks only. Whether a
 * match is a use of the mark that matters is not decided here: {@code MarkUseJudge} weighs it.
 *
 * <h2>Bounded work</h2>
 *
 * Work per token does not grow with the registry, nor with the length of the token beyond a
 * constant: exact spans join at most {@value #MAX_SPAN} tokens and no more characters than the
 * longest key; typos and sounds are looked for only in tokens no longer than {@link
 * MarkIndex#MAX_FUZZY_KEY_LENGTH} plus the edit budget, since a longer one is out of every key's
 * reach, so a single word of 200,000 letters costs one pass of folding and hashing. Fuzzy results
 * are remembered per word. The scanner reuses its buffers and is not thread-safe; use one per
 * thread.
 */
public final class MarkScanner {

  private static final int MAX_SPAN = 16;

  private final MarkIndex index;
  private final Lexicon lexicon;
  private final Lexicon foreign;
  private final Tokenizer tokens = new Tokenizer();
  private final EditDistance distance = new EditDistance();
  private char[] plain = new char[64];
  private int[] vocabIds = new int[64];
  private char[] decoded = new char[64];
  private char[] decodedL = new char[64];
  private char[] scratch = new char[64];
  private char[] sound = new char[160];

  public MarkScanner(MarkIndex index) {
    this.index = index;
    this.lexicon = Lexicon.english();
    this.foreign = Lexicon.otherLanguages();
  }

  /** The tokens of the text scanned last, for callers that look at context around a hit. */
  public Tokenizer tokens() {
    return tokens;
  }

  /** Appends every mark found in {@code text} to {@code hits}, left to right. */
  public void scan(String text, List<MarkHit> hits) {
    scan(text, hits, false);
  }

  /**
   * Scans text that names a brand, such as a listing's brand field, where two ordinary words may
   * also be a misspelt mark of two words ({@code Under Armor}). Elsewhere that check would run on
   * nearly every pair of words for nearly nothing.
   */
  public void scanBrand(String text, List<MarkHit> hits) {
    scan(text, hits, true);
  }

  private boolean brandLike;

  /** Lookups in the deletion and sound tables since the scanner was made; the work tests count. */
  private long fuzzyLookups;

  long fuzzyLookups() {
    return fuzzyLookups;
  }

  private String text = "";

  private void scan(String text, List<MarkHit> hits, boolean brandLike) {
    this.brandLike = brandLike;
    this.text = text;
    tokens.reset(text);
    int n = tokens.size();
    if (vocabIds.length < n) {
      vocabIds = new int[Math.max(n, vocabIds.length * 2)];
    }
    char[] buf = tokens.buffer();
    for (int t = 0; t < n; t++) {
      vocabIds[t] =
          index.vocabulary(buf, tokens.normStart(t), tokens.normLength(t), tokens.hash(t));
    }
    foreignText = -1;
    int i = 0;
    while (i < n) {
      int next = exactSpan(i, hits);
      if (next < 0) {
        next = lookalike(i, hits);
      }
      i = next < 0 ? i + 1 : next;
    }
  }

  private int exactSpan(int first, List<MarkHit> hits) {
    int n = tokens.size();
    int limit = index.maxKeyLength() + 1;
    ensure(limit + 64);
    int len = 0;
    boolean anyLeet = false;
    boolean allSingle = true;
    int bestKey = -1;
    int bestEnd = -1;
    boolean bestLeet = false;
    MatchKind bestSpread = null;
    for (int k = 1; k <= MAX_SPAN && first + k <= n; k++) {
      int t = first + k - 1;
      int tl = tokens.normLength(t);
      if (len + tl > limit) {
        break;
      }
      System.arraycopy(tokens.buffer(), tokens.normStart(t), plain, len, tl);
      if (tokens.isLeet(t)) {
        anyLeet = true;
        tokens.decodeLeet(t);
        System.arraycopy(tokens.leetBuffer(), tokens.normStart(t), decoded, len, tl);
        // A 1 stands for an l as often as for an i: Ke11ogg's, He1lo Kitty.
        for (int c = 0; c < tl; c++) {
          char raw = tokens.buffer()[tokens.normStart(t) + c];
          decodedL[len + c] = raw == '1' ? 'l' : decoded[len + c];
        }
      } else {
        System.arraycopy(tokens.buffer(), tokens.normStart(t), decoded, len, tl);
        System.arraycopy(tokens.buffer(), tokens.normStart(t), decodedL, len, tl);
      }
      len += tl;
      allSingle &= tl == 1;
      int key;
      if (k == 1) {
        int v = vocabIds[t];
        key =
            v >= 0
                ? (index.vocabKey(v) >= 0 ? index.vocabKey(v) : index.vocabPluralKey(v))
                // Every key is in the vocabulary: an unknown word can only be a key's plural.
                : len > 3 && plain[len - 1] == 's' ? index.exact(plain, 0, len - 1) : -1;
      } else {
        key = lookupWithPlural(plain, len);
      }
      boolean leet = false;
      if (key < 0 && anyLeet) {
        key = lookupWithPlural(decoded, len);
        if (key < 0) {
          key = lookupWithPlural(decodedL, len);
        }
        leet = key >= 0 && isLeetImitation(first, first + k, key);
        if (!leet) {
          key = -1;
        }
      }
      // A longer join wins, unless its pieces show it is no spelling of the mark (Levi s).
      MatchKind spread =
          key >= 0 && k > index.keyWords(key) ? spacing(first, first + k, key) : null;
      if (key >= 0 && (k <= index.keyWords(key) || spread != null)) {
        bestKey = key;
        bestEnd = first + k;
        bestLeet = leet;
        bestSpread = spread;
      }
      // Join a third token or more only where it can still lead somewhere: letters spelt out
      // one by one (N.I.K.E), or the opening words of a mark of several words.
      boolean more =
          (k == 1 && canJoin(first))
              || allSingle
              || index.isWordPrefix(plain, 0, len)
              // Only a join of two tokens or more that opens with a mark's first word can end
              // inside a later word of that mark (Hello Kit-ty).
              || (k >= 2
                  && has(first, MarkIndex.FIRST_WORD)
                  && index.isPartialPrefix(plain, 0, len))
              || (anyLeet
                  && (index.isWordPrefix(decoded, 0, len)
                      || index.isWordPrefix(decodedL, 0, len)
                      || (k >= 2 && index.isPartialPrefix(decodedL, 0, len))));
      if (!more) {
        break;
      }
    }
    if (bestKey < 0) {
      return -1;
    }
    MatchKind kind;
    if (bestSpread != null) {
      kind = bestSpread;
    } else if (bestLeet) {
      kind = MatchKind.LEET;
    } else if (written(first, bestEnd, Tokenizer.CONFUSABLE)
        || (written(first, bestEnd, Tokenizer.ACCENTED) && isAscii(index.markOf(bestKey).name()))) {
      kind = MatchKind.CONFUSABLE;
    } else {
      kind = MatchKind.EXACT;
    }
    hits.add(
        new MarkHit(
            bestKey, first, bestEnd, tokens.start(first), tokens.end(bestEnd - 1), kind, 0));
    return bestEnd;
  }

  /**
   * Whether joining the next token to this one can reach a key: the token is unknown, a proper
   * prefix of some key ({@code ro} of {@code rolex}, {@code coca} of {@code cocacola}), a single
   * letter, or the next token is one ({@code Levi s}); or the token needs its digits read.
   */
  private boolean canJoin(int t) {
    if (t + 1 >= tokens.size()) {
      return false;
    }
    int v = vocabIds[t];
    return v < 0
        || index.vocabHas(v, MarkIndex.JOIN_STARTER)
        || tokens.normLength(t) == 1
        || tokens.normLength(t + 1) == 1
        || tokens.isLeet(t);
  }

  /**
   * How a mark spread over more tokens than it has words was written, or null when the split is a
   * coincidence. Letters spelt out one by one ({@code N.I.K.E}) and pieces that are not all words
   * ({@code Fi-la}, {@code Za.ra}, {@code He inz}, {@code Hello Kit-ty}) are a spacing game; a mark
   * written as one word whose pieces are all words ({@code Play Station}) is the mark itself; a
   * lone letter beside a word ({@code min I}, {@code Levi s}) is not the mark at all.
   */
  private MatchKind spacing(int from, int to, int key) {
    int singles = 0;
    boolean allWords = true;
    for (int t = from; t < to; t++) {
      if (tokens.normLength(t) == 1) {
        singles++;
      } else if (!isWord(t)) {
        allWords = false;
      }
    }
    int k = to - from;
    if (singles == k) {
      return k >= 3 ? MatchKind.SPACING : null;
    }
    // A word spelt out letter by letter inside a longer mark (Head & S-H-O-U-L-D-E-R-S), or a
    // letter split off with punctuation (B-vlgari), is a spacing game; a lone letter beside a
    // word with only a space between (Levi s, min I) is not the mark.
    if (singles > 0 && singles < 3 && !splitByPunctuation(from, to)) {
      return null;
    }
    if (singles > 0) {
      return MatchKind.SPACING;
    }
    if (!allWords || splitByPunctuation(from, to)) {
      return MatchKind.SPACING;
    }
    return index.keyWords(key) == 1 && index.keyLength(key) >= 6 ? MatchKind.EXACT : null;
  }

  /** Whether a hyphen, dot or underscore joins the pieces (Oak-ley), not only spaces. */
  private boolean splitByPunctuation(int from, int to) {
    for (int t = from + 1; t < to; t++) {
      for (int c = tokens.end(t - 1); c < tokens.start(t); c++) {
        char ch = text.charAt(c);
        if (ch == '-' || ch == '.' || ch == '_' || ch == '\u2010' || ch == '\u2011') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether digits or symbols read as letters make a deliberate imitation rather than a model code:
   * the mark has at least four letters and the written form keeps at least as many letters as it
   * has digits and symbols ({@code N1ke}, {@code Ke11ogg}; not {@code G3} or {@code 54P}).
   */
  private boolean isLeetImitation(int from, int to, int key) {
    if (index.keyLength(key) < 4) {
      return false;
    }
    // Across words, digits read as letters make marks out of model codes and units ("D3 and",
    // "V3 IS"); only a famous mark is worth that much imitation.
    if (to - from > 1 && !index.isFamous(key)) {
      return false;
    }
    int letters = 0;
    int others = 0;
    char[] buf = tokens.buffer();
    for (int t = from; t < to; t++) {
      for (int c = tokens.normStart(t); c < tokens.normStart(t) + tokens.normLength(t); c++) {
        if (buf[c] >= 'a' && buf[c] <= 'z') {
          letters++;
        } else {
          others++;
        }
      }
    }
    return letters >= 2 && others <= letters;
  }

  private int lookupWithPlural(char[] chars, int len) {
    int key = index.exact(chars, 0, len);
    if (key < 0 && len > 3 && chars[len - 1] == 's') {
      key = index.exact(chars, 0, len - 1);
    }
    return key;
  }

  private boolean written(int from, int to, int flag) {
    for (int t = from; t < to; t++) {
      if (tokens.has(t, flag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private int lookalike(int t, List<MarkHit> hits) {
    if (!isFuzzyCandidate(t)) {
      return -1;
    }
    char[] buf = tokens.buffer();
    int off = tokens.normStart(t);
    int len = tokens.normLength(t);
    if (t + 1 < tokens.size()
        && (has(t, MarkIndex.MARK_WORD) || has(t + 1, MarkIndex.MARK_WORD))
        && isFuzzyCandidate(t + 1)) {
      int len2 = tokens.normLength(t + 1);
      // Two words are tried joined only when one of them belongs to a mark of several words
      // (Louis Vuiton, Coka Cola); two ordinary words only where a brand is named. The word
      // checks come last: they are the dearest test here and the rarest to be needed.
      boolean joinable =
          (brandLike && has(t, MarkIndex.FIRST_WORD)) || !isWord(t) || !isWord(t + 1);
      if (joinable && len + len2 >= 6 && len + len2 <= index.maxFuzzyKeyLength() + 2) {
        ensure(len + len2);
        System.arraycopy(buf, off, plain, 0, len);
        System.arraycopy(buf, tokens.normStart(t + 1), plain, len, len2);
        int key = bestTypo(plain, 0, len + len2, 2);
        if (key >= 0) {
          hits.add(hit(key, t, t + 2, MatchKind.TYPO, len + len2, plain, 0));
          return t + 2;
        }
        key = bySound(plain, 0, len + len2, 2);
        if (key >= 0) {
          hits.add(hit(key, t, t + 2, MatchKind.PHONETIC, len + len2, plain, 0));
          return t + 2;
        }
      }
    }
    // The longer match wins, as with exact spans: "Tomy Hilfiger" is TOMMY HILFIGER misspelt,
    // not some mark near "Tomy".
    int single;
    if (vocabIds[t] >= 0 && index.vocabHas(vocabIds[t], MarkIndex.LEXICON)) {
      single = NONE;
    } else {
      single = singleLookalike(buf, off, len);
      if (single != NONE && (single & FOREIGN_FLAG) != 0) {
        // A word of another language is that word in a text written in that language; in an
        // English text it is still checked against famous marks (Adidos is Portuguese too).
        single = isForeignText() ? NONE : single & ~FOREIGN_FLAG;
      }
    }
    if (single != NONE) {
      int key = single & ~PHONETIC_FLAG;
      MatchKind kind = (single & PHONETIC_FLAG) == 0 ? MatchKind.TYPO : MatchKind.PHONETIC;
      hits.add(hit(key, t, t + 1, kind, len, buf, off));
      return t + 1;
    }
    return -1;
  }

  private boolean has(int t, int flag) {
    return vocabIds[t] >= 0 && index.vocabHas(vocabIds[t], flag);
  }

  /** Whether the token is an ordinary English word, or a regular plural of one. */
  private boolean isEnglish(int t) {
    int v = vocabIds[t];
    if (v >= 0) {
      return index.vocabHas(v, MarkIndex.LEXICON);
    }
    return lexicon.containsWord(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
  }

  private boolean isForeign(int t) {
    return foreign.containsWord(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
  }

  /** The famous mark a word of another language misspells, or {@link #NONE}; not remembered. */
  private int foreignLookalike(char[] buf, int off, int len) {
    int key = bestTypo(buf, off, len, 1, true);
    if (key >= 0) {
      return key;
    }
    if (len >= 4) {
      key = bySound(buf, off, len, 1, true);
      return key < 0 ? NONE : key | PHONETIC_FLAG;
    }
    return NONE;
  }

  /**
   * Whether the scanned text is written in another language: at least two of its words are words of
   * another shipped language and not English ones.
   */
  private int foreignText = -1;

  /** {@link #looksForeign()} of the text being scanned, worked out on first need only. */
  private boolean isForeignText() {
    if (foreignText < 0) {
      foreignText = looksForeign() ? 1 : 0;
    }
    return foreignText == 1;
  }

  private boolean looksForeign() {
    int n = tokens.size();
    int found = 0;
    for (int t = 0; t < n && found < 2; t++) {
      if (tokens.normLength(t) >= 3
          && tokens.has(t, Tokenizer.HAS_LETTER)
          && !isEnglish(t)
          && isForeign(t)) {
        found++;
      }
    }
    return found >= 2;
  }

  /**
   * Whether the token is an ordinary word of English or of another shipped language; unknown words
   * only as a plural of one.
   */
  private boolean isWord(int t) {
    int v = vocabIds[t];
    if (v >= 0 && index.vocabHas(v, MarkIndex.LEXICON)) {
      return true;
    }
    char[] buf = tokens.buffer();
    int off = tokens.normStart(t);
    int len = tokens.normLength(t);
    return (v < 0 && lexicon.containsWord(buf, off, len)) || foreign.containsWord(buf, off, len);
  }

  private static final int NONE = -1;
  private static final int PHONETIC_FLAG = 1 << 30;

  /** Marks a remembered result whose word belongs to another language (see lookalike). */
  private static final int FOREIGN_FLAG = 1 << 29;

  private static final int CACHE_LIMIT = 1 << 16;
  private TermTable cache = new TermTable();
  private int[] cached = new int[1024];

  /**
   * The typo or sound-alike match of a single word that is not an ordinary English word, as a key
   * id (with {@link #PHONETIC_FLAG} set for a sound match, and {@link #FOREIGN_FLAG} for a word of
   * another language, matched against famous marks only) or {@link #NONE}. Listing vocabulary
   * repeats (product words, model names, brands), so results are remembered per scanner, up to
   * {@value #CACHE_LIMIT} words, after which the memory starts afresh.
   */
  private int singleLookalike(char[] buf, int off, int len) {
    int id = cache.get(buf, off, len);
    if (id >= 0) {
      return cached[id];
    }
    int result;
    if (lexicon.containsWord(buf, off, len)) {
      result = NONE;
    } else if (foreign.containsWord(buf, off, len)) {
      int key = foreignLookalike(buf, off, len);
      result = key == NONE ? NONE : key | FOREIGN_FLAG;
    } else {
      result = bestTypo(buf, off, len, 1);
      if (result < 0 && len >= 4) {
        int key = bySound(buf, off, len, 1);
        result = key < 0 ? NONE : key | PHONETIC_FLAG;
      } else if (result < 0) {
        result = NONE;
      }
    }
    if (cache.size() >= CACHE_LIMIT) {
      cache = new TermTable();
    }
    id = cache.add(buf, off, len);
    if (id >= cached.length) {
      cached = Arrays.copyOf(cached, cached.length * 2);
    }
    cached[id] = result;
    return result;
  }

  /**
   * Whether a token can be a typo or sound-alike of some key: letters only, and of a length within
   * the edit budget of a key typos are looked for. The length bound is what keeps the work per
   * token bounded whatever the input: a token of 200,000 letters is passed over at once instead of
   * being searched deletion by deletion.
   */
  private boolean isFuzzyCandidate(int t) {
    int f = tokens.flags(t);
    int len = tokens.normLength(t);
    return (f & Tokenizer.HAS_LETTER) != 0
        && (f & (Tokenizer.HAS_DIGIT | Tokenizer.HAS_SYMBOL)) == 0
        && len >= 3
        && len <= index.maxFuzzyKeyLength() + 2;
  }

  private MarkHit hit(int key, int from, int to, MatchKind kind, int len, char[] buf, int off) {
    int keyLength = index.keyLength(key);
    int d = distance.distance(buf, off, len, keyChars(key), 0, keyLength, keyLength + len);
    return new MarkHit(key, from, to, tokens.start(from), tokens.end(to - 1), kind, d);
  }

  private char[] keyBuffer = new char[64];

  private char[] keyChars(int key) {
    int length = index.keyLength(key);
    if (keyBuffer.length < length) {
      keyBuffer = new char[length * 2];
    }
    index.copyKey(key, keyBuffer);
    return keyBuffer;
  }

  /**
   * The closest key within its budget of the slice, or -1. Keys of at least {@code minWords} words
   * only.
   */
  private int bestTypo(char[] buf, int off, int len, int minWords) {
    return bestTypo(buf, off, len, minWords, false);
  }

  private int bestTypo(char[] buf, int off, int len, int minWords, boolean famousOnly) {
    if (len + 2 < MarkIndex.MIN_FUZZY_LENGTH || len > index.maxFuzzyKeyLength() + 2) {
      return -1;
    }
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    Postings postings = index.deleteKeys();
    ensureScratch(len);
    for (int skip = -1; skip < len; skip++) {
      int n;
      if (skip < 0) {
        System.arraycopy(buf, off, scratch, 0, len);
        n = len;
      } else {
        if (skip > 0 && buf[off + skip] == buf[off + skip - 1]) {
          continue;
        }
        System.arraycopy(buf, off, scratch, 0, skip);
        System.arraycopy(buf, off + skip + 1, scratch, skip, len - skip - 1);
        n = len - 1;
      }
      fuzzyLookups++;
      int term = index.deletesTerm(scratch, 0, n);
      if (term < 0) {
        continue;
      }
      for (int p = postings.start(term); p < postings.end(term); p++) {
        int key = postings.value(p);
        if (key == best || index.keyWords(key) < minWords || (famousOnly && !index.isFamous(key))) {
          continue;
        }
        int keyLength = index.keyLength(key);
        int budget = MarkIndex.editBudget(keyLength);
        char[] kc = keyChars(key);
        // Misspellings keep the first letter: a different first letter is a different word.
        if (kc[0] != buf[off]) {
          continue;
        }
        int d = distance.distance(buf, off, len, kc, 0, keyLength, budget);

        // On a tie the famous mark wins: it is the one look-alikes are made of.
        boolean better =
            d < bestDistance || (d == bestDistance && index.isFamous(key) && !index.isFamous(best));
        if (d >= 1 && d <= budget && better) {
          best = key;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /**
   * Whether {@code a} is {@code b} with one letter doubled ({@code nikke}) or two adjacent letters
   * swapped ({@code nkie}).
   */
  public static boolean isDoublingOrSwap(char[] a, int off, int aLen, char[] b, int bLen) {
    if (aLen == bLen + 1) {
      for (int i = 1; i < aLen; i++) {
        if (a[off + i] == a[off + i - 1]) {
          boolean same = true;
          for (int j = 0, k = 0; j < aLen && same; j++) {
            if (j == i) {
              continue;
            }
            same = a[off + j] == b[k++];
          }
          if (same) {
            return true;
          }
        }
      }
      return false;
    }
    if (aLen == bLen) {
      int diff = -1;
      for (int i = 0; i < aLen; i++) {
        if (a[off + i] != b[i]) {
          diff = i;
          break;
        }
      }
      return diff >= 0
          && diff + 1 < aLen
          && a[off + diff] == b[diff + 1]
          && a[off + diff + 1] == b[diff]
          && Arrays.equals(a, off + diff + 2, off + aLen, b, diff + 2, bLen);
    }
    return false;
  }

  /**
   * A key of at least {@code minWords} words that sounds like the slice, or -1. Sound keys of two
   * codes (PUMA: {@code PM}) are trusted only for marks of four letters or more and within two
   * edits.
   */
  private int bySound(char[] buf, int off, int len, int minWords) {
    return bySound(buf, off, len, minWords, false);
  }

  private int bySound(char[] buf, int off, int len, int minWords, boolean famousOnly) {
    if (len > index.maxFuzzyKeyLength() + 2) {
      return -1;
    }
    if (sound.length < len * 2 + 1) {
      sound = new char[len * 2 + 1];
    }
    int n = Phonetic.encode(buf, off, len, sound);
    if (n < 3) {
      return -1;
    }
    fuzzyLookups++;
    int term = index.soundTerm(sound, 0, n);
    if (term < 0) {
      return -1;
    }
    Postings postings = index.soundKeys();
    for (int p = postings.start(term); p < postings.end(term); p++) {
      int key = postings.value(p);
      int keyLength = index.keyLength(key);
      boolean famous = index.isFamous(key);
      if (famousOnly && !famous) {
        continue;
      }
      if (keyLength < (famous ? 4 : 5)
          || Math.abs(keyLength - len) > 2
          || index.keyWords(key) < minWords) {
        continue;
      }
      char[] kc = keyChars(key);
      // Sounding alike is not enough (HAYDEN and HOWDEN share a skeleton): the spelling must be
      // as close as a typo's; a famous mark, the one sound-alikes are made of, allows a second
      // edit when the first letter stays (Roleks, Ribok, Nykee).
      int budget = MarkIndex.editBudget(keyLength);
      if (famous && kc[0] == buf[off]) {
        budget = 2;
      }
      int d = distance.distance(buf, off, len, kc, 0, keyLength, budget);
      if (d >= 1 && d <= budget) {
        return key;
      }
    }
    return -1;
  }

  private void ensure(int capacity) {
    if (plain.length < capacity) {
      plain = new char[capacity * 2];
      decoded = new char[capacity * 2];
      decodedL = new char[capacity * 2];
    }
  }

  private void ensureScratch(int capacity) {
    if (scratch.length < capacity) {
      scratch = new char[capacity * 2];
    }
  }
}
