package com.clearmark.engine.goods;

import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the Nice classes named in a goods or services description, from a table of phrases {@code
 * classes<TAB>phrase} ({@code goods-keywords.tsv}). {@link GoodsRelatedness} documents the
 * algorithm; this class holds the trie and the token loop.
 *
 * <p>The text is turned into an {@code int[]} of tokens: a word is its id in the vocabulary of
 * phrase words (or {@link #UNKNOWN}), and the few punctuation marks and small words that steer the
 * matching have negative codes. Phrases live in a trie over word ids, each node's children in a
 * sorted {@code int[]} searched by bisection. Nothing is allocated per token: one word buffer and
 * one token array per call, both sized by the capped text.
 */
final class GoodsPhrases {

  /** Characters of a description read; the rest is ignored. */
  static final int MAX_CHARS = 2_000;

  /** A word that no phrase uses. */
  static final int UNKNOWN = -1;

  /** {@code and}, {@code or}, {@code &}, {@code /}, {@code +}: phrases pass over it. */
  static final int CONJUNCTION = -2;

  /**
   * A word that introduces what goods or services are for or about, or what they exclude ({@code
   * for}, {@code featuring}, {@code relating to}, {@code except}); phrases pass over it.
   */
  static final int MARKER = -3;

  /**
   * {@code of}: a marker after a service ({@code repair of cars}), a plain small word otherwise.
   */
  static final int SERVICE_MARKER = -4;

  /** A comma, colon or bracket: a break between items of a list. */
  static final int LIST_BREAK = -5;

  /** A semicolon, full stop or line break: the end of a clause. */
  static final int CLAUSE_END = -6;

  /** A small word that is dropped. */
  private static final int DROP = Integer.MIN_VALUE;

  private static final TermTable SMALL_WORDS = new TermTable();
  private static final int[] SMALL_WORD_CODE;

  static {
    // Dropped words, then the codes of the small words that become tokens.
    var codes = new ArrayList<Integer>();
    for (String w :
        ("a an the in on with to by from at as namely including include use used being not its"
                + " their other others all any such also mainly only etc eg ie")
            .split(" ")) {
      SMALL_WORDS.add(w);
      codes.add(DROP);
    }
    for (String w : new String[] {"and", "or", "plus"}) {
      SMALL_WORDS.add(w);
      codes.add(CONJUNCTION);
    }
    for (String w :
        ("for featuring relating related concerning regarding about specializing specialising"
                + " specialized specialised except excluding than")
            .split(" ")) {
      SMALL_WORDS.add(w);
      codes.add(MARKER);
    }
    SMALL_WORDS.add("of");
    codes.add(SERVICE_MARKER);
    SMALL_WORD_CODE = codes.stream().mapToInt(Integer::intValue).toArray();
  }

  private final TermTable vocabulary;
  private final int[][] childWords;
  private final int[][] childNodes;
  private final long[] nodeClasses;
  private final int maxWords;
  private final int phrases;
  private final int[] phrasesPerClass;

  private GoodsPhrases(
      TermTable vocabulary,
      int[][] childWords,
      int[][] childNodes,
      long[] nodeClasses,
      int maxWords,
      int phrases,
      int[] phrasesPerClass) {
    this.vocabulary = vocabulary;
    this.childWords = childWords;
    this.childNodes = childNodes;
    this.nodeClasses = nodeClasses;
    this.maxWords = maxWords;
    this.phrases = phrases;
    this.phrasesPerClass = phrasesPerClass;
  }

  private static final class Node {
    final Map<Integer, Node> next = new HashMap<>(4);
    final int id;
    long classes;

    Node(int id) {
      this.id = id;
    }
  }

  /**
   * Reads a phrase table; blank lines and {@code #} comments are skipped.
   *
   * @throws IllegalArgumentException naming the line of the first malformed entry, or of a phrase
   *     that folds like one already read
   */
  static GoodsPhrases parse(List<String> lines, String source) {
    var vocabulary = new TermTable();
    var root = new Node(0);
    var nodes = new ArrayList<Node>();
    nodes.add(root);
    int maxWords = 1;
    int count = 0;
    int[] perClass = new int[NiceClassSet.LAST + 1];
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 2 || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            source + ", line " + (n + 1) + ": expected classes<TAB>phrase, got '" + line + "'");
      }
      long classes = 0;
      for (String c : parts[0].split(";")) {
        classes |= 1L << Resources.niceClass(c, source, n + 1);
      }
      int[] tokens = new int[parts[1].length() + 1];
      int length =
          tokenize(
              parts[1], parts[1].length(), new char[parts[1].length()], tokens, vocabulary, true);
      Node node = root;
      int words = 0;
      for (int t = 0; t < length; t++) {
        int token = tokens[t];
        if (passable(token)) {
          continue;
        }
        if (token < 0) {
          throw new IllegalArgumentException(
              source
                  + ", line "
                  + (n + 1)
                  + ": a phrase has no punctuation, got '"
                  + parts[1]
                  + "'");
        }
        Node next = node.next.get(token);
        if (next == null) {
          next = new Node(nodes.size());
          nodes.add(next);
          node.next.put(token, next);
        }
        node = next;
        words++;
      }
      if (words == 0) {
        throw new IllegalArgumentException(
            source + ", line " + (n + 1) + ": no words in '" + parts[1] + "'");
      }
      if (node.classes != 0) {
        throw new IllegalArgumentException(
            source
                + ", line "
                + (n + 1)
                + ": '"
                + parts[1].strip()
                + "' folds like a phrase already listed");
      }
      node.classes = classes;
      maxWords = Math.max(maxWords, words);
      count++;
      for (long b = classes; b != 0; b &= b - 1) {
        perClass[Long.numberOfTrailingZeros(b)]++;
      }
    }
    int size = nodes.size();
    int[][] childWords = new int[size][];
    int[][] childNodes = new int[size][];
    long[] nodeClasses = new long[size];
    for (Node node : nodes) {
      int[] words = node.next.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      int[] children = new int[words.length];
      for (int k = 0; k < words.length; k++) {
        children[k] = node.next.get(words[k]).id;
      }
      childWords[node.id] = words;
      childNodes[node.id] = children;
      nodeClasses[node.id] = node.classes;
    }
    return new GoodsPhrases(
        vocabulary, childWords, childNodes, nodeClasses, maxWords, count, perClass);
  }

  /** How many phrases the table holds. */
  int phrases() {
    return phrases;
  }

  /** How many phrases name goods or services of a class. */
  int phrasesOf(int niceClass) {
    NiceClassSet.bit(niceClass);
    return phrasesPerClass[niceClass];
  }

  /** The bits of the classes a description names; 0 when it names none. */
  long classesOf(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    int n = Math.min(text.length(), MAX_CHARS);
    if (n < text.length() && inWord(text.charAt(n))) {
      // Do not read the start of a word cut by the cap as a word of its own.
      while (n > 0 && inWord(text.charAt(n - 1))) {
        n--;
      }
    }
    int[] tokens = new int[n + 1];
    int count = tokenize(text, n, new char[n], tokens, vocabulary, false);
    return match(tokens, count);
  }

  /**
   * Leftmost-longest matching with the subject and compound rules of {@link GoodsRelatedness}.
   * O(t·p) for t tokens and a longest phrase of p words.
   */
  private long match(int[] tokens, int count) {
    long found = 0;
    long pending = 0; // the last phrase read, held back while a compound may still drop it
    boolean pendingService = false;
    int pendingEnd = -1;
    boolean head = false;
    boolean headService = false;
    boolean subject = false;
    boolean subjectToClauseEnd = false;
    int limit = 2 * maxWords;
    int i = 0;
    while (i < count) {
      int token = tokens[i];
      if (token < UNKNOWN) {
        found |= pending;
        pending = 0;
        switch (token) {
          case CLAUSE_END -> {
            head = false;
            subject = false;
          }
          case LIST_BREAK -> subject = subject && subjectToClauseEnd;
          case MARKER, SERVICE_MARKER -> {
            if (head && !subject && (token == MARKER || headService)) {
              subject = true;
              subjectToClauseEnd = headService;
            }
          }
          default -> {
            // a conjunction only ends a compound
          }
        }
        i++;
        continue;
      }
      long classes = 0;
      int end = -1;
      int node = 0;
      for (int j = i; j < count && j - i < limit; j++) {
        int t = tokens[j];
        if (passable(t)) {
          continue;
        }
        if (t < 0) {
          break;
        }
        node = child(node, t);
        if (node < 0) {
          break;
        }
        if (nodeClasses[node] != 0) {
          classes = nodeClasses[node];
          end = j + 1;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (!subject) {
        boolean service = (classes & NiceClassSet.SERVICES) != 0;
        if (pending != 0 && i == pendingEnd && service != pendingService) {
          // "shoe repair", "restaurant software": the first phrase only qualifies the second.
          pending = classes;
        } else {
          found |= pending;
          pending = classes;
        }
        pendingService = service;
        pendingEnd = end;
        head = true;
        headService = service;
      }
      i = end;
    }
    return found | pending;
  }

  private int child(int node, int word) {
    int k = Arrays.binarySearch(childWords[node], word);
    return k < 0 ? -1 : childNodes[node][k];
  }

  private static boolean passable(int token) {
    return token == CONJUNCTION || token == MARKER || token == SERVICE_MARKER;
  }

  private static boolean inWord(char c) {
    return isApostrophe(c) || isLetterOrDigit(TextFolding.fold(c));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }

  private static boolean isLetterOrDigit(char folded) {
    return folded != 0 && Character.isLetterOrDigit(folded);
  }

  /**
   * Folds the first {@code n} characters into tokens. Words are folded by {@link TextFolding}
   * (case, accents, full-width forms), apostrophes inside them dropped ({@code men's} = {@code
   * mens}), and stemmed; then looked up in {@code vocabulary}, or added to it when {@code grow}
   * (reading the table). A word the vocabulary lacks is {@link #UNKNOWN}.
   *
   * @return the number of tokens written
   */
  private static int tokenize(
      CharSequence text, int n, char[] word, int[] out, TermTable vocabulary, boolean grow) {
    int count = 0;
    int length = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (isApostrophe(c)) {
        continue;
      }
      char f = TextFolding.fold(c);
      if (isLetterOrDigit(f)) {
        word[length++] = f;
        continue;
      }
      if (length > 0) {
        int token = wordToken(word, length, vocabulary, grow);
        length = 0;
        if (token != DROP) {
          out[count++] = token;
        }
      }
      int mark = punctuation(c);
      if (mark != 0) {
        out[count++] = mark;
      }
    }
    return count;
  }

  private static int wordToken(char[] word, int length, TermTable vocabulary, boolean grow) {
    int small = SMALL_WORDS.get(word, 0, length);
    if (small >= 0) {
      return SMALL_WORD_CODE[small];
    }
    int stemmed = stem(word, length);
    int id = grow ? vocabulary.add(word, 0, stemmed) : vocabulary.get(word, 0, stemmed);
    return id < 0 ? UNKNOWN : id;
  }

  private static int punctuation(char c) {
    return switch (c) {
      case ',', ':', '(', ')', '[', ']', '{', '}' -> LIST_BREAK;
      case ';', '.', '!', '?', '\n', '\r' -> CLAUSE_END;
      case '&', '/', '+' -> CONJUNCTION;
      default -> 0;
    };
  }

  /**
   * A singular stem of a folded word, the same for its singular and its plural, written in place:
   * {@code -ies} becomes {@code -i}, {@code -sses}, {@code -ches}, {@code -shes}, {@code -xes} and
   * {@code -zzes} lose {@code -es}, another final {@code -s} goes unless it follows {@code s},
   * {@code u} or {@code i} (glass, bus, analysis); then a final {@code -ie} or {@code -y} becomes
   * {@code -i} (cookie and cookies, battery and batteries). Words of three letters or fewer are
   * kept. Irregular plurals (knives, potatoes) are listed in the table as words of their own.
   *
   * @return the stem's length
   */
  static int stem(char[] w, int length) {
    int n = length;
    if (n <= 3) {
      return n;
    }
    if (endsWith(w, n, "ies")) {
      n -= 2;
    } else if (endsWith(w, n, "sses")
        || endsWith(w, n, "ches")
        || endsWith(w, n, "shes")
        || endsWith(w, n, "xes")
        || endsWith(w, n, "zzes")) {
      n -= 2;
    } else if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
      n -= 1;
    }
    if (n > 2 && w[n - 2] == 'i' && w[n - 1] == 'e') {
      n -= 1;
    } else if (n > 2 && w[n - 1] == 'y') {
      w[n - 1] = 'i';
    }
    return n;
  }

  private static boolean endsWith(char[] w, int n, String suffix) {
    int k = suffix.length();
    if (n < k) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (w[n - k + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
