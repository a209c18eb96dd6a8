package com.clearmark.engine.index;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.Phonetic;
import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.Tokenizer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registry compiled for screening: every mark reduced to a normalised key, with exact, fuzzy
 * and phonetic lookup structures over those keys.
 *
 * <h2>Keys</h2>
 *
 * A mark's key is its words folded by {@link com.clearmark.engine.text.TextFolding} and joined
 * without spaces ({@code Coca-Cola → cocacola}, {@code LEVI'S → levi}); a mark starting with {@code
 * The} also gets the key without it. Marks sharing a key (the same word registered by several
 * owners or offices) share one key id. Marks and listing text go through the same tokenizer, so
 * look-alike forms need no variant lists: {@code N1ke}, {@code Ｎｉｋｅ} and {@code N.I.K.E} all fold
 * onto {@code nike} at scan time.
 *
 * <h2>Lookup structures</h2>
 *
 * <ul>
 *   <li><b>Exact</b>: a {@link TermTable} from key to key id; O(length) per lookup.
 *   <li><b>Fuzzy</b>: a symmetric-delete table. Each key of length ≥ 4 is stored with all its
 *       single-character deletions. A candidate word generates its own deletions and looks each up;
 *       any pair within one edit (insertion, omission, replacement, adjacent transposition) shares
 *       an entry, and many pairs within two. Hits are verified with {@link
 *       com.clearmark.engine.text.EditDistance} against the key's budget: 1 edit for keys of 4 to 7
 *       letters, 2 from 8. Cost per candidate word of length n: n+1 hash lookups plus verification
 *       of the few keys found, independent of the registry size.
 *   <li><b>Phonetic</b>: a table from {@link Phonetic} key to key ids, for keys whose sound key has
 *       at least 3 codes.
 * </ul>
 *
 * <p>Memory is O(total key length × average key length) for the delete table, which is the largest
 * structure. The index is immutable once built and safe to share between threads; each thread scans
 * with its own {@link MarkScanner}.
 */
public final class MarkIndex {

  static final int MIN_FUZZY_LENGTH = 4;

  /**
   * Bumped whenever folding, tokenising, keying or the lexicon change what a key is, so that an
   * index file built by another version is refused rather than silently misread.
   */
  static final int KEY_VERSION = 7;

  /**
   * The longest key, in folded characters, that typos and sound-alikes are looked for. Deletion
   * variants cost the square of a key's length, and a slogan of forty letters misspelt by two is
   * not the look-alike a buyer is misled by; longer keys are matched exactly only. A token longer
   * than this plus the edit budget cannot be within reach of any key and is not searched at all.
   */
  public static final int MAX_FUZZY_KEY_LENGTH = 40;

  private final List<Mark> marks;
  private TermTable keys = new TermTable();
  private Postings keyMarks = new Postings();
  private TermTable deletes = new TermTable();
  private Postings deleteKeys = new Postings();
  private TermTable sounds = new TermTable();
  private Postings soundKeys = new Postings();
  private TermTable firstWords = new TermTable();
  private PrefixSet wordPrefixes = new PrefixSet();
  private TermTable markWords = new TermTable();
  private PrefixSet partialPrefixes = new PrefixSet();
  private TermTable vocab = new TermTable();
  private int[] vocabKey = new int[0];
  private int[] vocabPluralKey = new int[0];
  private byte[] vocabFlags = new byte[0];
  private int[] keyWords = new int[64];
  private boolean[] keyOrdinary = new boolean[64];
  private boolean[] keyFamous = new boolean[64];
  private boolean[] keyForeign = new boolean[64];
  private int maxWords = 1;
  private int maxKeyLength = 1;

  private MarkIndex(List<Mark> marks) {
    this.marks = List.copyOf(marks);
  }

  /** Writes the compiled index to {@code out}, in the order {@link #read} reads it. */
  void writeStructures(DataOutputStream out) throws IOException {
    out.writeInt(maxWords);
    out.writeInt(maxKeyLength);
    keys.write(out);
    keyMarks.write(out);
    deletes.write(out);
    deleteKeys.write(out);
    sounds.write(out);
    soundKeys.write(out);
    firstWords.write(out);
    wordPrefixes.write(out);
    markWords.write(out);
    partialPrefixes.write(out);
    for (int k = 0; k < keys.size(); k++) {
      out.writeInt(keyWords[k]);
    }
    for (int k = 0; k < keys.size(); k++) {
      out.writeBoolean(keyOrdinary[k]);
    }
    for (int k = 0; k < keys.size(); k++) {
      out.writeBoolean(keyFamous[k]);
    }
    for (int k = 0; k < keys.size(); k++) {
      out.writeBoolean(keyForeign[k]);
    }
    vocab.write(out);
    for (int v = 0; v < vocab.size(); v++) {
      out.writeInt(vocabKey[v]);
    }
    for (int v = 0; v < vocab.size(); v++) {
      out.writeInt(vocabPluralKey[v]);
    }
    out.write(vocabFlags, 0, vocab.size());
  }

  /** Rebuilds an index from its marks and the structures {@link #writeStructures} wrote. */
  static MarkIndex read(List<Mark> marks, IndexInput in) {
    var index = new MarkIndex(marks);
    index.maxWords = in.getInt();
    index.maxKeyLength = in.getInt();
    index.keys = table(in);
    index.keyMarks = Postings.read(in);
    index.deletes = table(in);
    index.deleteKeys = Postings.read(in);
    index.sounds = table(in);
    index.soundKeys = Postings.read(in);
    index.firstWords = table(in);
    index.wordPrefixes = PrefixSet.read(in);
    index.markWords = table(in);
    index.partialPrefixes = PrefixSet.read(in);
    int n = index.keys.size();
    index.keyWords = in.ints(n);
    index.keyOrdinary = new boolean[Math.max(n, 1)];
    for (int k = 0; k < n; k++) {
      index.keyOrdinary[k] = in.get() != 0;
    }
    index.keyFamous = new boolean[Math.max(n, 1)];
    for (int k = 0; k < n; k++) {
      index.keyFamous[k] = in.get() != 0;
    }
    index.keyForeign = new boolean[Math.max(n, 1)];
    for (int k = 0; k < n; k++) {
      index.keyForeign[k] = in.get() != 0;
    }
    index.vocab = table(in);
    int words = index.vocab.size();
    index.vocabKey = in.ints(words);
    index.vocabPluralKey = in.ints(words);
    index.vocabFlags = new byte[Math.max(words, 1)];
    in.get(index.vocabFlags, 0, words);
    return index;
  }

  private static TermTable table(IndexInput in) {
    int size = in.getInt();
    int poolSize = in.getInt();
    char[] pool = in.chars(poolSize);
    int[] starts = in.ints(size);
    return TermTable.restore(pool, poolSize, starts, size);
  }

  /**
   * Compiles the marks to screen. Dead marks are left out unless {@code includeDead}; ids returned
   * by {@link #mark(int)} index the kept marks in their given order.
   */
  public static MarkIndex build(List<Mark> all, boolean includeDead) {
    var kept = new ArrayList<Mark>(all.size());
    for (Mark m : all) {
      if (includeDead || m.isLive()) {
        kept.add(m);
      }
    }
    var index = new MarkIndex(kept);
    index.compile();
    return index;
  }

  private void compile() {
    var tokens = new Tokenizer();
    var lexicon = Lexicon.english();
    var foreign = Lexicon.otherLanguages();
    for (int m = 0; m < marks.size(); m++) {
      tokens.reset(marks.get(m).name());
      if (tokens.size() == 0) {
        continue;
      }
      // A mark written as one word (RAY-BAN, CocaCola) is coined even when its parts are words.
      String name = marks.get(m).name();
      boolean asWords = tokens.size() == 1 || name.strip().contains(" ");
      boolean ordinary = lexicon.isOrdinaryPhrase(tokens) && asWords;
      boolean foreignWords = !ordinary && asWords && foreign.isOrdinaryPhrase(tokens);
      int from = 0;
      addKey(tokens, from, m, ordinary, foreignWords);
      if (tokens.size() > 1 && tokens.term(0).equals("the")) {
        addKey(tokens, 1, m, ordinary, foreignWords);
      }
    }
    keyMarks.freeze(keys.size());
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.key(k);
      if (key.length() >= MIN_FUZZY_LENGTH && key.length() <= MAX_FUZZY_KEY_LENGTH) {
        char[] chars = key.toCharArray();
        char[] scratch = new char[chars.length];
        deleteKeys.add(deletes.add(chars, 0, chars.length), k);
        for (int skip = 0; skip < chars.length; skip++) {
          if (skip > 0 && chars[skip] == chars[skip - 1]) {
            continue;
          }
          int n = deletion(chars, chars.length, skip, scratch);
          deleteKeys.add(deletes.add(scratch, 0, n), k);
        }
        char[] sound = new char[chars.length * 2 + 1];
        int len = Phonetic.encode(chars, 0, chars.length, sound);
        if (len >= 2) {
          soundKeys.add(sounds.add(sound, 0, len), k);
        }
      }
    }
    deleteKeys.freeze(deletes.size());
    soundKeys.freeze(sounds.size());
    compileVocabulary(lexicon);
  }

  /** Vocabulary flag: an ordinary English word (or a regular plural of one). */
  static final int LEXICON = 1;

  /** Vocabulary flag: a word of some mark of several words. */
  static final int MARK_WORD = 2;

  /** Vocabulary flag: the first word of some mark of several words. */
  static final int FIRST_WORD = 4;

  /** Vocabulary flag: a proper prefix of some key, so joining the next word may reach it. */
  static final int JOIN_STARTER = 8;

  /**
   * Builds the vocabulary: every word the scanner must know something about (English words, keys,
   * words of multi-word marks), each with its exact key, its key without a plural {@code s}, and
   * flags. One lookup per token then answers what used to take four or five. Plurals of keys are
   * not stored (a million more entries); an unknown word ending in {@code s} costs the scanner a
   * second lookup instead.
   */
  private void compileVocabulary(Lexicon lexicon) {
    vocab = new TermTable();
    for (int i = 0; i < lexicon.size(); i++) {
      vocab.add(lexicon.word(i));
    }
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.key(k);
      vocab.add(key);
    }
    for (int w = 0; w < markWords.size(); w++) {
      vocab.add(markWords.key(w));
    }
    int n = vocab.size();
    vocabKey = new int[n];
    vocabPluralKey = new int[n];
    vocabFlags = new byte[n];
    for (int v = 0; v < n; v++) {
      String word = vocab.key(v);
      char[] c = word.toCharArray();
      vocabKey[v] = keys.get(c, 0, c.length);
      vocabPluralKey[v] =
          c.length > 3 && c[c.length - 1] == 's' ? keys.get(c, 0, c.length - 1) : -1;
      int flags = 0;
      if (lexicon.containsWord(c, 0, c.length)) {
        flags |= LEXICON;
      }
      if (markWords.get(c, 0, c.length) >= 0) {
        flags |= MARK_WORD;
      }
      if (firstWords.get(c, 0, c.length) >= 0) {
        flags |= FIRST_WORD;
      }
      vocabFlags[v] = (byte) flags;
    }
    // Each proper prefix is looked up with its hash extended by one character, so a key costs
    // time linear in its length; a long key stops at the longest word the vocabulary holds.
    int longestWord = 0;
    for (int v = 0; v < n; v++) {
      longestWord = Math.max(longestWord, vocab.keyLength(v));
    }
    for (int k = 0; k < keys.size(); k++) {
      char[] c = keys.key(k).toCharArray();
      int hash = 0;
      int last = Math.min(c.length - 1, longestWord);
      for (int p = 1; p <= last; p++) {
        hash = 31 * hash + c[p - 1];
        int v = vocab.getHashed(c, 0, p, hash);
        if (v >= 0) {
          vocabFlags[v] |= JOIN_STARTER;
        }
      }
    }
  }

  /** The vocabulary id of a word, or -1 for a word the registry and the lexicon do not know. */
  int vocabulary(char[] chars, int off, int len, int polynomialHash) {
    return vocab.getHashed(chars, off, len, polynomialHash);
  }

  int vocabKey(int v) {
    return vocabKey[v];
  }

  int vocabPluralKey(int v) {
    return vocabPluralKey[v];
  }

  boolean vocabHas(int v, int flag) {
    return (vocabFlags[v] & flag) != 0;
  }

  private void addKey(
      Tokenizer tokens, int from, int mark, boolean ordinary, boolean foreignWords) {
    var sb = new StringBuilder();
    for (int t = from; t < tokens.size(); t++) {
      sb.append(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
    }
    int before = keys.size();
    int k = keys.add(sb);
    if (k == before) {
      if (k >= keyWords.length) {
        keyWords = Arrays.copyOf(keyWords, keyWords.length * 2);
        keyOrdinary = Arrays.copyOf(keyOrdinary, keyOrdinary.length * 2);
        keyFamous = Arrays.copyOf(keyFamous, keyFamous.length * 2);
        keyForeign = Arrays.copyOf(keyForeign, keyForeign.length * 2);
      }
      keyWords[k] = tokens.size() - from;
      keyOrdinary[k] = ordinary;
      keyForeign[k] = foreignWords;
    } else {
      keyOrdinary[k] &= ordinary;
      keyForeign[k] &= foreignWords;
    }
    keyFamous[k] |= marks.get(mark).famous();
    keyMarks.add(k, mark);
    if (tokens.size() - from > 1) {
      firstWords.add(tokens.buffer(), tokens.normStart(from), tokens.normLength(from));
      for (int t = from; t < tokens.size(); t++) {
        markWords.add(tokens.buffer(), tokens.normStart(t), tokens.normLength(t));
      }
      // Joined opening words (hellokit of hellokitty), and prefixes that end inside a later
      // word, so that a hyphen or space inside one of the mark's words (Hello Kit-ty) can still be
      // joined up to the whole key. One pass over the key extends the hash a character at a time.
      int firstEnd = tokens.normLength(from);
      int wordEnd = firstEnd;
      int nextWord = from + 1;
      long hash = PrefixSet.EMPTY;
      for (int p = 1; p < sb.length(); p++) {
        hash = PrefixSet.extend(hash, sb.charAt(p - 1));
        if (p == wordEnd) {
          wordPrefixes.add(hash);
          wordEnd += tokens.normLength(nextWord++);
        }
        if (p > firstEnd) {
          partialPrefixes.add(hash);
        }
      }
    }
    maxWords = Math.max(maxWords, tokens.size() - from);
    maxKeyLength = Math.max(maxKeyLength, sb.length());
  }

  /** Writes {@code chars} without the character at {@code skip} into {@code out}. */
  static int deletion(char[] chars, int length, int skip, char[] out) {
    System.arraycopy(chars, 0, out, 0, skip);
    System.arraycopy(chars, skip + 1, out, skip, length - skip - 1);
    return length - 1;
  }

  /**
   * The edit budget of a key: 0 under 4 letters, 1 from 4 to 8, 2 from 9. At register density two
   * edits on an eight-letter word reach ordinary words of other brands (BURBERRY: bumberry,
   * CONVERSE: converte), so the second edit waits for nine letters.
   */
  public static int editBudget(int keyLength) {
    if (keyLength < MIN_FUZZY_LENGTH) {
      return 0;
    }
    return keyLength < 9 ? 1 : 2;
  }

  public int markCount() {
    return marks.size();
  }

  public Mark mark(int id) {
    return marks.get(id);
  }

  public List<Mark> marks() {
    return marks;
  }

  public int keyCount() {
    return keys.size();
  }

  /** How many marks are registered under a key. */
  public int markCountOf(int key) {
    return keyMarks.end(key) - keyMarks.start(key);
  }

  /** The {@code i}-th mark registered under a key, without allocating. */
  public Mark markOf(int key, int i) {
    return marks.get(keyMarks.value(keyMarks.start(key) + i));
  }

  /** The first (representative) mark of a key. */
  public Mark markOf(int key) {
    return marks.get(keyMarks.value(keyMarks.start(key)));
  }

  public String key(int key) {
    return keys.key(key);
  }

  /** The number of words of the mark the key was made from. */
  public int keyWords(int key) {
    return keyWords[key];
  }

  /**
   * Whether every word of the mark is an ordinary English word (Apple, Shell, Under Armour): such
   * marks count only where the text reads as a brand.
   */
  public boolean isOrdinaryWords(int key) {
    return keyOrdinary[key];
  }

  /**
   * Whether every word of the mark is an ordinary word of another language the engine knows (LUNA,
   * SOL, VITA) and not of English; such marks are weak, like {@link #isOrdinaryWords}, unless
   * famous.
   */
  public boolean isForeignWords(int key) {
    return keyForeign[key];
  }

  /** Whether any mark registered under the key is famous. */
  public boolean isFamous(int key) {
    return key >= 0 && keyFamous[key];
  }

  /** The key id of a compact normalised form, or -1. */
  public int findKey(String compactKey) {
    return keys.get(compactKey);
  }

  /** Whether the slice is the joined opening words of some mark of several words. */
  boolean isWordPrefix(char[] chars, int off, int len) {
    return wordPrefixes.contains(chars, off, len);
  }

  /**
   * Whether the slice is a prefix of a mark of several words that ends inside one of its later
   * words ({@code hellokit} of {@code hellokitty}).
   */
  boolean isPartialPrefix(char[] chars, int off, int len) {
    return partialPrefixes.contains(chars, off, len);
  }

  /** The key length in characters. */
  public int keyChars(int key) {
    return keys.keyLength(key);
  }

  int exact(char[] chars, int off, int len) {
    return keys.get(chars, off, len);
  }

  int deletesTerm(char[] chars, int off, int len) {
    return deletes.get(chars, off, len);
  }

  Postings deleteKeys() {
    return deleteKeys;
  }

  int soundTerm(char[] chars, int off, int len) {
    return sounds.get(chars, off, len);
  }

  Postings soundKeys() {
    return soundKeys;
  }

  void copyKey(int key, char[] out) {
    keys.copyKey(key, out);
  }

  int keyLength(int key) {
    return keys.keyLength(key);
  }

  int maxWords() {
    return maxWords;
  }

  int maxKeyLength() {
    return maxKeyLength;
  }

  /** How many joined-prefix hashes the index holds; the tests check it is linear in the keys. */
  int prefixEntries() {
    return wordPrefixes.size() + partialPrefixes.size();
  }

  /** The longest key typos and sound-alikes are looked for. */
  int maxFuzzyKeyLength() {
    return Math.min(maxKeyLength, MAX_FUZZY_KEY_LENGTH);
  }
}
