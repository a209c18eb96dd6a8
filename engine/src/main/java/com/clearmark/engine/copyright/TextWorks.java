package com.clearmark.engine.copyright;

import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.fingerprint.Signature;
import com.clearmark.engine.fingerprint.SignatureIndex;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Registered texts (a brand's own listing copy, product descriptions, packaging text) and the
 * search for a listing field that copies a passage of one of them.
 *
 * <p><b>Windows.</b> A text is read as its sequence of word 3-shingles, hashed as {@link
 * MinHasher#shingles} hashes them, so that case, accents, punctuation and look-alike letters do not
 * hide a copy. A copy is usually a passage, a sentence or a paragraph lifted into a bullet or a
 * description, not the whole text: the Jaccard similarity of a short bullet with a long work is
 * small even when every word of the bullet comes from the work. So each work is cut into windows of
 * {@value #WINDOW_SHINGLES} consecutive shingles (about 22 words) starting every {@value
 * #WORK_STEP} shingles, the last one ending with the text; a text shorter than a window is one
 * window. Each window gets its own MinHash signature in a {@link SignatureIndex}. Any run of up to
 * {@value #WORK_STEP} shingles then lies wholly inside one work window.
 *
 * <p>A field is cut into windows of {@value #QUERY_WINDOW_SHINGLES} shingles, half a work window,
 * starting every {@value #QUERY_STEP} shingles. A field window wholly inside a copied passage lies
 * wholly inside a work window too, so the pair has a Jaccard similarity of at least 0.5, which the
 * index's 42 bands of 3 slots find with probability 0.996, and a passage of 16 words or more holds
 * such a field window wherever it starts. A copied passage of 12 words (10 shingles) shares at
 * least 8 shingles with one field window, similarity 0.36 or more (found with probability 0.85 per
 * pair, and its neighbour window is a second chance). Field windows of the work window's size would
 * do worse on short passages: the passage's 10 shingles among 20 others, similarity 0.33. The
 * evaluation (docs/evaluation.md, "Copied text") measures what this gives: about nine copied
 * passages of 12 words in ten are found, and all but one or two in a hundred longer ones.
 *
 * <p><b>Verification.</b> The LSH bands only nominate candidates. Every candidate work (at most
 * {@value #MAX_CANDIDATES}, those of best estimate) is then compared exactly with the field on the
 * 32-bit shingle hashes kept for it: the share of the field's shingles that occur anywhere in the
 * work (the verified overlap) and the longest run of consecutive field shingles that also occur
 * consecutively in the work (the copied passage), found by the longest-common-substring recurrence
 * {@code run(i, j) = run(i − 1, j − 1) + 1} evaluated only where the shingles are equal: the work's
 * positions of each hash are chained in descending order, so that one array of run lengths serves
 * every row. That costs {@code O(field + work + equal pairs)}, with the equal pairs bounded by
 * {@value #MAX_STEPS} per candidate against repetitive text.
 *
 * <p><b>Standard statements.</b> Some passages are printed word for word by many brands: a
 * regulator's disclaimer on supplements, a label warning, a marketplace's shipping notice. A field
 * holding one copies none of them in particular, so such a passage alone must make no finding. A
 * passage of {@value #PHRASE_SHINGLES} consecutive shingles (10 words) is a phrase; when works are
 * added, the register counts for every phrase the distinct owners whose texts hold it ({@link
 * PhraseOwners}). A phrase held by {@value #STANDARD_OWNERS} or more distinct owners is standard,
 * and a field's shingles covered by a standard phrase are left out of the verification: they
 * neither extend a copied passage nor count towards the overlap, which is the share of the field's
 * other shingles found in the work; a copied passage that touches a standard one ends at the last
 * word before it. A field window mostly of standard shingles is not asked of the index, so the
 * works holding a statement do not crowd the candidates out. The owner counted is the work's owner
 * compared case- and punctuation-insensitively (only letters and digits, lower-cased), and a work
 * without owner is its own owner. Owners, not works, are counted: a brand's own paragraph repeated
 * across many of its texts is still its wording, and exactly what a copier takes. Why three: two
 * owners sharing a passage is the very shape of a copy (the original and the text that took it), so
 * two must not make a passage standard; a third owner holding the same ten words or more in the
 * same order is the mark of a statement none of them wrote. The cost is that a passage registered
 * under three owners is no longer evidence against anybody, which is right when three brands print
 * it. A phrase of ten words is shorter than the twelve words a finding needs ({@link
 * TextCopyCheck}), so every standard passage long enough to make one is covered, and longer than
 * the common phrases distinct brands share by chance (made of stainless steel for long lasting use
 * is eight words). Marking a field costs one table probe per shingle.
 *
 * <p><b>Bounded work.</b> A work is read up to {@value #MAX_WORK_CHARS} characters and {@value
 * #MAX_WORK_SHINGLES} shingles, a field up to {@value #MAX_FIELD_CHARS} characters and {@value
 * #MAX_FIELD_SHINGLES} shingles; each field window asks the index for at most {@value
 * #WINDOW_MATCHES} windows, and a window repeating an earlier one of the same text is neither
 * stored nor asked twice, so that a text repeating one phrase costs no more than the phrase.
 * Scratch arrays (about 300 KB) are kept per thread and shared by every register, so that one
 * register per organization costs no buffers of its own.
 *
 * <p><b>Memory.</b> About 1 KB per window in the signature index, 4 bytes per shingle and about 50
 * bytes per phrase in the owner counts ({@link PhraseOwners}): a work of 300 words takes about 45
 * KB, a bullet-length work about 2 KB.
 *
 * <p><b>Threads.</b> Queries and {@link #size()} run concurrently under a shared read lock; {@link
 * #add} and {@link #remove} take the write lock, so one writer at a time changes the register and a
 * query sees a work either wholly or not at all. Signing a work's windows, the costly part of
 * adding it, happens before the lock is taken.
 */
public final class TextWorks {

  /** The shingles of one window of a work. */
  public static final int WINDOW_SHINGLES = 20;

  /** The consecutive shingles of a phrase whose owners are counted: ten words. */
  public static final int PHRASE_SHINGLES = 8;

  /**
   * The distinct owners whose texts must hold a phrase for it to be a standard statement rather
   * than one owner's wording (see the class comment for why three).
   */
  public static final int STANDARD_OWNERS = 3;

  /** The distance between the starts of two windows of a work. */
  static final int WORK_STEP = 10;

  /** The distance between the starts of two windows of a queried field. */
  static final int QUERY_STEP = 5;

  /** The shingles of one window of a queried field: half a work window. */
  static final int QUERY_WINDOW_SHINGLES = 10;

  /** The characters of a registered text that are read. */
  public static final int MAX_WORK_CHARS = 60_000;

  /** The shingles of a registered text that are kept; about as many words. */
  public static final int MAX_WORK_SHINGLES = 5_000;

  /** The characters of a listing field that are read. */
  public static final int MAX_FIELD_CHARS = 20_000;

  /** The shingles of a listing field that are compared. */
  public static final int MAX_FIELD_SHINGLES = 2_000;

  /** The most candidate works a query verifies. */
  public static final int MAX_CANDIDATES = 16;

  /** The estimated window similarity below which the index's matches are not candidates. */
  static final double MIN_ESTIMATE = 0.2;

  static final int WINDOW_MATCHES = 32;
  static final int MAX_STEPS = 1 << 18;

  /** Window numbers are packed under the work's slot in the index's ids. */
  private static final int WINDOW_BITS = 10;

  private static final int NONE = -1;

  /**
   * A registered text that a queried field copies from.
   *
   * @param id the work's id
   * @param estimated the best MinHash similarity of a field window and a window of the work, 0 to
   *     1: what the index saw
   * @param overlap the verified share of the field's shingles found in the work, 0 to 1
   * @param shared how many of the field's shingles were found in the work
   * @param start offset in the field of the first character of the copied passage
   * @param end offset just past its last character
   * @param words the words of the copied passage
   * @param firstWord index of the passage's first word among the field's words
   * @param workWord index of the passage's first word among the work's words
   */
  public record Candidate(
      long id,
      double estimated,
      double overlap,
      int shared,
      int start,
      int end,
      int words,
      int firstWord,
      int workWord) {}

  private static final Comparator<Candidate> LONGEST_FIRST =
      Comparator.comparingInt(Candidate::words)
          .thenComparingDouble(Candidate::overlap)
          .reversed()
          .thenComparingLong(Candidate::id);

  private record Entry(long id, int[] shingles, int windows, int owner) {}

  private final MinHasher hasher = MinHasher.standard();
  private final SignatureIndex index = new SignatureIndex();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Long, Integer> slotOfId = new HashMap<>();
  private final PhraseOwners phraseOwners = new PhraseOwners();

  /**
   * One per thread, shared by every register: a call uses it from start to end, never two at once.
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Entry[] entries = new Entry[64];
  private int used;
  private int[] free = new int[16];
  private int freeCount;

  /** How many works are registered. */
  public int size() {
    lock.readLock().lock();
    try {
      return slotOfId.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Registers {@code text} as work {@code id} without an owner, so that it is its own owner,
   * replacing what was registered under it. A text without a word registers nothing, but still
   * replaces.
   */
  public void add(long id, String text) {
    add(id, null, text);
  }

  /**
   * Registers {@code text} of {@code owner} as work {@code id}, replacing what was registered under
   * it; a null or blank owner makes the work its own owner. A text without a word registers
   * nothing, but still replaces.
   */
  public void add(long id, String owner, String text) {
    int ownerKey = ownerKey(id, owner);
    Scratch s = SCRATCH.get();
    int count = s.read(text, MAX_WORK_CHARS, MAX_WORK_SHINGLES);
    int[] starts = windowStarts(count, WORK_STEP, WINDOW_SHINGLES);
    Signature[] windows = new Signature[starts.length];
    for (int w = 0; w < starts.length; w++) {
      windows[w] = hasher.sign(s.shingles, starts[w], Math.min(starts[w] + WINDOW_SHINGLES, count));
    }
    int[] folded = new int[count];
    for (int i = 0; i < count; i++) {
      folded[i] = fold(s.shingles[i]);
    }
    lock.writeLock().lock();
    try {
      removeLocked(id);
      if (count == 0) {
        return;
      }
      int slot = allocate();
      entries[slot] = new Entry(id, folded, windows.length, ownerKey);
      for (int p = 0; p + PHRASE_SHINGLES <= count; p++) {
        phraseOwners.add(phrase(folded, p), ownerKey);
      }
      Set<Signature> added = new HashSet<>();
      for (int w = 0; w < windows.length; w++) {
        // A window repeating an earlier one of the same text would only lengthen the index's
        // chains.
        if (added.add(windows[w])) {
          index.add(key(slot, w), windows[w]);
        }
      }
      slotOfId.put(id, slot);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets work {@code id}; nothing happens when there is none. */
  public void remove(long id) {
    lock.writeLock().lock();
    try {
      removeLocked(id);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * The registered works that {@code field} copies from, longest copied passage first (then greater
   * overlap, then smaller id), at most {@code limit}. A work is returned when its windows are near
   * a window of the field; whether the copy is long enough to matter is the caller's judgement
   * ({@link TextCopyCheck}).
   */
  public List<Candidate> query(CharSequence field, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("the limit must not be negative");
    }
    Scratch s = SCRATCH.get();
    int count = s.read(field, MAX_FIELD_CHARS, MAX_FIELD_SHINGLES);
    if (count == 0 || limit == 0) {
      return List.of();
    }
    int[] query = s.query;
    for (int i = 0; i < count; i++) {
      query[i] = fold(s.shingles[i]);
    }
    int[] starts = windowStarts(count, QUERY_STEP, QUERY_WINDOW_SHINGLES);
    Signature[] windows = new Signature[starts.length];
    for (int w = 0; w < starts.length; w++) {
      windows[w] =
          hasher.sign(s.shingles, starts[w], Math.min(starts[w] + QUERY_WINDOW_SHINGLES, count));
    }
    lock.readLock().lock();
    try {
      boolean[] standard = s.standard;
      int own = markStandard(query, count, standard);
      if (own == 0) {
        return List.of();
      }
      Map<Integer, Double> estimates = new HashMap<>();
      Set<Signature> asked = new HashSet<>();
      for (int w = 0; w < windows.length; w++) {
        Signature window = windows[w];
        if (mostlyStandard(standard, starts[w], Math.min(starts[w] + QUERY_WINDOW_SHINGLES, count))
            || !asked.add(window)) {
          continue;
        }
        for (SignatureIndex.Match m : index.query(window, MIN_ESTIMATE, WINDOW_MATCHES)) {
          estimates.merge((int) (m.id() >>> WINDOW_BITS), m.similarity(), Math::max);
        }
      }
      List<Map.Entry<Integer, Double>> best = new ArrayList<>(estimates.entrySet());
      best.sort(
          Map.Entry.<Integer, Double>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      List<Candidate> found = new ArrayList<>();
      for (int c = 0; c < best.size() && c < MAX_CANDIDATES; c++) {
        Entry entry = entries[best.get(c).getKey()];
        Candidate candidate = s.verify(entry, count, own, best.get(c).getValue());
        if (candidate != null) {
          found.add(candidate);
        }
      }
      found.sort(LONGEST_FIRST);
      return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Where the windows of {@code size} shingles of a text of {@code count} shingles start: every
   * {@code step} shingles, the last window ending with the text; one window for a text no longer
   * than a window.
   */
  static int[] windowStarts(int count, int step, int size) {
    if (count == 0) {
      return new int[0];
    }
    if (count <= size) {
      return new int[] {0};
    }
    int last = count - size;
    int n = (last + step - 1) / step + 1;
    int[] starts = new int[n];
    for (int w = 0; w < n - 1; w++) {
      starts[w] = w * step;
    }
    starts[n - 1] = last;
    return starts;
  }

  /**
   * Marks in {@code standard} the field's shingles covered by a phrase held by {@value
   * #STANDARD_OWNERS} owners or more; returns how many are not marked.
   */
  private int markStandard(int[] folded, int count, boolean[] standard) {
    Arrays.fill(standard, 0, count, false);
    int covered = 0;
    for (int p = 0; p + PHRASE_SHINGLES <= count; p++) {
      if (phraseOwners.owners(phrase(folded, p), STANDARD_OWNERS) >= STANDARD_OWNERS) {
        for (int k = Math.max(p, covered); k < p + PHRASE_SHINGLES; k++) {
          standard[k] = true;
        }
        covered = p + PHRASE_SHINGLES;
      }
    }
    int own = 0;
    for (int i = 0; i < count; i++) {
      if (!standard[i]) {
        own++;
      }
    }
    return own;
  }

  private static boolean mostlyStandard(boolean[] standard, int from, int to) {
    int marked = 0;
    for (int i = from; i < to; i++) {
      if (standard[i]) {
        marked++;
      }
    }
    return marked * 2 > to - from;
  }

  /** The hash of the {@value #PHRASE_SHINGLES} folded shingles from {@code start}. */
  private static long phrase(int[] folded, int start) {
    long h = 0x6A09E667F3BCC909L;
    for (int k = start; k < start + PHRASE_SHINGLES; k++) {
      h = (h ^ (folded[k] & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return h;
  }

  /**
   * The owner's key: a hash of its letters and digits, lower-cased, so that "Northwind LLC" and
   * "NORTHWIND, L.L.C." are one owner; for a work without owner (no letter or digit), a key of its
   * own id.
   */
  static int ownerKey(long id, String owner) {
    int h = 0x811C9DC5;
    boolean named = false;
    if (owner != null) {
      for (int i = 0; i < owner.length(); ) {
        int c = owner.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetterOrDigit(c)) {
          h = (h ^ Character.toLowerCase(c)) * 0x01000193;
          named = true;
        }
      }
    }
    if (!named) {
      long z = (id + 0x632BE59BD9B4E019L) * 0xBF58476D1CE4E5B9L;
      return (int) (z ^ (z >>> 31) ^ (z >>> 47));
    }
    return h;
  }

  private static int fold(long shingle) {
    return (int) (shingle >>> 32);
  }

  private static long key(int slot, int window) {
    return ((long) slot << WINDOW_BITS) | window;
  }

  private void removeLocked(long id) {
    Integer slot = slotOfId.remove(id);
    if (slot == null) {
      return;
    }
    Entry entry = entries[slot];
    for (int w = 0; w < entry.windows(); w++) {
      index.remove(key(slot, w));
    }
    int[] folded = entry.shingles();
    for (int p = 0; p + PHRASE_SHINGLES <= folded.length; p++) {
      phraseOwners.remove(phrase(folded, p), entry.owner());
    }
    entries[slot] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, freeCount * 2);
    }
    free[freeCount++] = slot;
  }

  private int allocate() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (used == entries.length) {
      entries = Arrays.copyOf(entries, used * 2);
    }
    return used++;
  }

  /** One thread's buffers for reading a text and verifying candidates. */
  private static final class Scratch {
    private static final int TABLE = Integer.highestOneBit(MAX_WORK_SHINGLES * 2) * 2;
    private static final int SHIFT = Integer.numberOfLeadingZeros(TABLE) + 1;

    final Tokenizer tokens = new Tokenizer();
    final long[] shingles = new long[Math.max(MAX_WORK_SHINGLES, MAX_FIELD_SHINGLES)];
    final int[] query = new int[MAX_FIELD_SHINGLES];
    final boolean[] standard = new boolean[MAX_FIELD_SHINGLES];

    private final int[] tableKey = new int[TABLE];
    private final int[] tableHead = new int[TABLE];
    private final int[] tableStamp = new int[TABLE];
    private final int[] nextSame = new int[MAX_WORK_SHINGLES];
    private final int[] runLength = new int[MAX_WORK_SHINGLES];
    private final int[] runRow = new int[MAX_WORK_SHINGLES];
    private int stamp;
    private int rows;

    /** Tokenizes the text (up to {@code maxChars}) into {@link #shingles}; returns their count. */
    int read(CharSequence text, int maxChars, int maxShingles) {
      if (text == null || text.isEmpty()) {
        tokens.reset("");
        return 0;
      }
      tokens.reset(text.length() > maxChars ? text.subSequence(0, maxChars) : text);
      return Math.min(MinHasher.shingles(tokens, shingles), maxShingles);
    }

    /**
     * Compares the field's {@code count} folded shingles in {@link #query}, of which {@code own}
     * are not marked in {@link #standard}, with the work's, leaving the marked ones out; null when
     * they share none. {@link #tokens} must still hold the field.
     */
    Candidate verify(Entry entry, int count, int own, double estimated) {
      int[] work = entry.shingles();
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(tableStamp, 0);
        stamp = 1;
      }
      if (rows > Integer.MAX_VALUE - count - 2) {
        Arrays.fill(runRow, 0);
        rows = 0;
      }
      int mask = TABLE - 1;
      for (int j = 0; j < work.length; j++) {
        int t = probe(work[j], mask);
        if (tableStamp[t] != stamp) {
          tableStamp[t] = stamp;
          tableKey[t] = work[j];
          tableHead[t] = NONE;
        }
        nextSame[j] = tableHead[t];
        tableHead[t] = j;
      }
      int shared = 0;
      int best = 0;
      int bestEnd = 0;
      int bestWorkEnd = 0;
      int steps = 0;
      int rowBase = rows + 1;
      rows += count + 1;
      for (int i = 0; i < count; i++) {
        if (standard[i]) {
          continue;
        }
        int t = probe(query[i], mask);
        if (tableStamp[t] != stamp) {
          continue;
        }
        shared++;
        int row = rowBase + i + 1;
        for (int j = tableHead[t]; j != NONE && steps < MAX_STEPS; j = nextSame[j]) {
          steps++;
          int length = j > 0 && runRow[j - 1] == row - 1 ? runLength[j - 1] + 1 : 1;
          runLength[j] = length;
          runRow[j] = row;
          if (length > best) {
            best = length;
            bestEnd = i;
            bestWorkEnd = j;
          }
        }
      }
      if (best == 0) {
        return null;
      }
      int first = bestEnd - best + 1;
      int words = Math.min(best + 2, tokens.size() - first);
      // A shingle straddles three words: the last two words of the passage's last shingle are
      // the first two of a standard shingle right after it, and likewise at its start.
      int lead = first > 0 && standard[first - 1] ? 2 : 0;
      int tail = bestEnd + 1 < count && standard[bestEnd + 1] ? 2 : 0;
      if (words - lead - tail < 1) {
        return null;
      }
      words -= lead + tail;
      return new Candidate(
          entry.id(),
          estimated,
          shared / (double) own,
          shared,
          tokens.start(first + lead),
          tokens.end(first + lead + words - 1),
          words,
          first + lead,
          bestWorkEnd - best + 1 + lead);
    }

    /** The table slot holding {@code key}, or the empty slot where it would go. */
    private int probe(int key, int mask) {
      int t = (key * 0x9E3779B9) >>> SHIFT;
      while (tableStamp[t] == stamp && tableKey[t] != key) {
        t = (t + 1) & mask;
      }
      return t;
    }
  }
}
