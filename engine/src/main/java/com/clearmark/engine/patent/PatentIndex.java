package com.clearmark.engine.patent;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.text.TermTable;
import com.clearmark.engine.text.Tokenizer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds the patents whose claims a listing may read on: BM25 over each patent's title and claims,
 * restricted to the CPC classes of the listing's category.
 *
 * <h2>Analysis</h2>
 *
 * Text is split by the engine's {@link Tokenizer} (folded: case, diacritics, look-alike letters),
 * stop words and claim boilerplate ("comprising", "wherein", "said", "plurality") are dropped, and
 * what remains is stemmed lightly by {@link ClaimWords#stem}. A patent is one document whose term
 * frequencies are weighted by where a word occurs: 3 in the title, 2 in an independent claim, 1 in
 * a dependent claim; its length is the weighted sum. The independent claims weigh more because they
 * are what a product must meet; a dependent claim only narrows one of them.
 *
 * <h2>Scoring</h2>
 *
 * For a listing, the query is the set of distinct terms of its title, bullets and description. The
 * score of patent d is the Okapi BM25 sum over query terms t:
 *
 * <pre>
 *   idf(t) * tf(t,d) * (k1 + 1) / (tf(t,d) + k1 * (1 - b + b * len(d) / avglen))
 *   idf(t) = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
 * </pre>
 *
 * with k1 = 1.2 (how fast repeated words stop adding: a claim that says "lid" five times is not
 * five times about lids) and b = 0.75 (how much a long patent, which matches many words by chance,
 * is discounted). Both are the usual values; idf never goes negative in this form.
 *
 * <h2>Structure and cost</h2>
 *
 * Terms get dense ids from a {@link TermTable}; the postings of term t are the slice {@code
 * postingStart[t] .. postingStart[t+1]} of two parallel int arrays, patent ids ascending and
 * weighted frequencies. The length part of the BM25 denominator is precomputed per patent. A query
 * keeps at most {@value #MAX_QUERY_TERMS} terms, those with the highest idf, reads at most {@value
 * #MAX_QUERY_CHARS} characters per field, and accumulates scores into a per-thread array sized to
 * the register, so the cost is the sum of the kept terms' postings lengths and the only allocations
 * are the result list and one small buffer per field; tokens allocate nothing. Searches may run
 * from several threads; the index is immutable once built.
 *
 * <h2>CPC filter</h2>
 *
 * {@link CpcOfCategory} maps the listing's category to CPC prefixes. When it gives some, a patent
 * classified only outside them is skipped; a patent with no CPC class at all is kept, since missing
 * data must not hide it. An unknown category filters nothing.
 *
 * <h2>Embedding fusion</h2>
 *
 * A sentence-embedding model would add a second ranking, not replace this one: embed each
 * independent claim at build time into a float matrix, embed the listing's title and bullets at
 * query time, take the top few hundred by cosine among the CPC-allowed patents, and merge the two
 * lists by reciprocal rank fusion (score = sum of 1 / (60 + rank) over both lists). BM25 keeps
 * exact part names decisive; the embedding catches paraphrase ("tumbler" for "drinking vessel"). No
 * model ships with the engine, so only the BM25 ranking runs.
 */
public final class PatentIndex {

  /** A retrieved patent and its BM25 score (higher is closer). */
  public record Hit(Patent patent, double score) {
    public Hit {
      Objects.requireNonNull(patent, "patent");
    }
  }

  static final double K1 = 1.2;
  static final double B = 0.75;
  static final int MAX_QUERY_TERMS = 32;
  static final int MAX_QUERY_CHARS = 8_000;
  static final int MAX_BULLETS = 10;
  static final int MAX_LIMIT = 100;
  private static final int TITLE_WEIGHT = 3;
  private static final int INDEPENDENT_WEIGHT = 2;
  private static final int DEPENDENT_WEIGHT = 1;
  private static final int MAX_DISTINCT_QUERY_TERMS = 512;

  private final List<Patent> patents;
  private final TermTable terms;
  private final int[] postingStart;
  private final int[] postingDoc;
  private final int[] postingTf;
  private final float[] lengthNorm;
  private final float[] idf;
  private final String[][] cpc;
  private final CpcOfCategory categories;
  private final ThreadLocal<Scratch> scratch;

  private PatentIndex(
      List<Patent> patents,
      TermTable terms,
      int[] postingStart,
      int[] postingDoc,
      int[] postingTf,
      float[] lengthNorm,
      float[] idf,
      String[][] cpc,
      CpcOfCategory categories) {
    this.patents = patents;
    this.terms = terms;
    this.postingStart = postingStart;
    this.postingDoc = postingDoc;
    this.postingTf = postingTf;
    this.lengthNorm = lengthNorm;
    this.idf = idf;
    this.cpc = cpc;
    this.categories = categories;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(patents.size(), terms.size()));
  }

  /** Indexes {@code patents} with the shipped category table. */
  public static PatentIndex build(List<Patent> patents) {
    return build(patents, CpcOfCategory.shipped());
  }

  static PatentIndex build(List<Patent> patents, CpcOfCategory categories) {
    List<Patent> docs = List.copyOf(patents);
    int n = docs.size();
    var terms = new TermTable();
    var tok = new Tokenizer();
    int[] counts = new int[1024];
    int[] touched = new int[1024];
    int[] tripleTerm = new int[1024];
    int[] tripleDoc = new int[1024];
    int[] tripleTf = new int[1024];
    int triples = 0;
    long totalLength = 0;
    int[] length = new int[n];
    String[][] cpc = new String[n][];
    for (int d = 0; d < n; d++) {
      Patent p = docs.get(d);
      int touchedCount = 0;
      int docLength = 0;
      for (int part = -1; part < p.claims().size(); part++) {
        String text;
        int weight;
        if (part < 0) {
          text = p.title();
          weight = TITLE_WEIGHT;
        } else {
          Claim c = p.claims().get(part);
          text = c.text();
          weight = c.independent() ? INDEPENDENT_WEIGHT : DEPENDENT_WEIGHT;
        }
        tok.reset(text);
        char[] buf = tok.buffer();
        for (int t = 0; t < tok.size(); t++) {
          int off = tok.normStart(t);
          int len = tok.normLength(t);
          if (len < 2 || ClaimWords.isStop(buf, off, len)) {
            continue;
          }
          int id = terms.add(buf, off, ClaimWords.stem(buf, off, len));
          if (id >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
          }
          if (counts[id] == 0) {
            if (touchedCount == touched.length) {
              touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = id;
          }
          counts[id] += weight;
          docLength += weight;
        }
      }
      if (triples + touchedCount > tripleTerm.length) {
        int cap = Math.max(triples + touchedCount, tripleTerm.length * 2);
        tripleTerm = Arrays.copyOf(tripleTerm, cap);
        tripleDoc = Arrays.copyOf(tripleDoc, cap);
        tripleTf = Arrays.copyOf(tripleTf, cap);
      }
      for (int k = 0; k < touchedCount; k++) {
        int id = touched[k];
        tripleTerm[triples] = id;
        tripleDoc[triples] = d;
        tripleTf[triples] = counts[id];
        triples++;
        counts[id] = 0;
      }
      length[d] = docLength;
      totalLength += docLength;
      cpc[d] = p.cpc().stream().map(CpcOfCategory::normalise).toArray(String[]::new);
    }
    int vocabulary = terms.size();
    // Counting sort of the (term, patent) pairs by term; patents stay ascending within a term.
    int[] start = new int[vocabulary + 1];
    for (int i = 0; i < triples; i++) {
      start[tripleTerm[i] + 1]++;
    }
    for (int t = 0; t < vocabulary; t++) {
      start[t + 1] += start[t];
    }
    int[] fill = Arrays.copyOf(start, vocabulary);
    int[] postingDoc = new int[triples];
    int[] postingTf = new int[triples];
    for (int i = 0; i < triples; i++) {
      int at = fill[tripleTerm[i]]++;
      postingDoc[at] = tripleDoc[i];
      postingTf[at] = tripleTf[i];
    }
    float[] idf = new float[vocabulary];
    for (int t = 0; t < vocabulary; t++) {
      int df = start[t + 1] - start[t];
      idf[t] = (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    double average = n == 0 ? 1 : Math.max(1.0, (double) totalLength / n);
    float[] lengthNorm = new float[n];
    for (int d = 0; d < n; d++) {
      lengthNorm[d] = (float) (K1 * (1 - B + B * length[d] / average));
    }
    return new PatentIndex(
        docs, terms, start, postingDoc, postingTf, lengthNorm, idf, cpc, categories);
  }

  public int size() {
    return patents.size();
  }

  public List<Patent> patents() {
    return patents;
  }

  /** The patent with this number (as stored, without country or kind), or null. */
  public Patent patent(String number) {
    String wanted = number.strip().toUpperCase(java.util.Locale.ROOT);
    if (wanted.startsWith("US")) {
      wanted = wanted.substring(2).strip();
    }
    wanted = wanted.replace(",", "");
    for (Patent p : patents) {
      if (p.number().equalsIgnoreCase(wanted)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The patents closest to the listing's text, best first, at most {@code limit} (capped at {@value
   * #MAX_LIMIT}), among those the listing's category allows; empty when no term matches.
   */
  public List<Hit> search(Listing listing, int limit) {
    Objects.requireNonNull(listing, "listing");
    int k = Math.min(Math.max(limit, 0), MAX_LIMIT);
    if (k == 0 || patents.isEmpty()) {
      return List.of();
    }
    Scratch s = scratch.get();
    try {
      collectTerms(s, listing.title());
      int bullets = Math.min(listing.bulletPoints().size(), MAX_BULLETS);
      for (int i = 0; i < bullets; i++) {
        collectTerms(s, listing.bulletPoints().get(i));
      }
      collectTerms(s, listing.description());
      keepRarest(s);
      List<String> prefixes = categories.prefixes(listing.category());
      accumulate(s);
      return top(s, k, prefixes);
    } finally {
      s.clear();
    }
  }

  private void collectTerms(Scratch s, String text) {
    if (text.isEmpty()) {
      return;
    }
    CharSequence bounded =
        text.length() > MAX_QUERY_CHARS ? CharBuffer.wrap(text, 0, MAX_QUERY_CHARS) : text;
    Tokenizer tok = s.tok;
    tok.reset(bounded);
    char[] buf = tok.buffer();
    for (int t = 0; t < tok.size() && s.queryCount < MAX_DISTINCT_QUERY_TERMS; t++) {
      int off = tok.normStart(t);
      int len = tok.normLength(t);
      if (len < 2 || ClaimWords.isStop(buf, off, len)) {
        continue;
      }
      int id = terms.get(buf, off, ClaimWords.stem(buf, off, len));
      if (id < 0 || s.inQuery[id]) {
        continue;
      }
      s.inQuery[id] = true;
      s.query[s.queryCount++] = id;
    }
  }

  /** Keeps the {@value #MAX_QUERY_TERMS} terms with the highest idf: they carry the score. */
  private void keepRarest(Scratch s) {
    int n = s.queryCount;
    int keep = Math.min(n, MAX_QUERY_TERMS);
    for (int i = 0; i < keep; i++) {
      int best = i;
      for (int j = i + 1; j < n; j++) {
        if (idf[s.query[j]] > idf[s.query[best]]) {
          best = j;
        }
      }
      int tmp = s.query[i];
      s.query[i] = s.query[best];
      s.query[best] = tmp;
    }
    s.kept = keep;
  }

  private void accumulate(Scratch s) {
    float[] score = s.score;
    for (int q = 0; q < s.kept; q++) {
      int term = s.query[q];
      float w = idf[term];
      for (int p = postingStart[term], end = postingStart[term + 1]; p < end; p++) {
        int d = postingDoc[p];
        float tf = postingTf[p];
        if (score[d] == 0) {
          s.touched[s.touchedCount++] = d;
        }
        score[d] += (float) (w * tf * (K1 + 1) / (tf + lengthNorm[d]));
      }
    }
  }

  private List<Hit> top(Scratch s, int k, List<String> prefixes) {
    int[] heapDoc = s.heapDoc;
    float[] heapScore = s.heapScore;
    int size = 0;
    for (int i = 0; i < s.touchedCount; i++) {
      int d = s.touched[i];
      float sc = s.score[d];
      if (size == k && sc <= heapScore[0]) {
        continue;
      }
      if (!allowed(d, prefixes)) {
        continue;
      }
      if (size < k) {
        heapDoc[size] = d;
        heapScore[size] = sc;
        siftUp(heapDoc, heapScore, size++);
      } else {
        heapDoc[0] = d;
        heapScore[0] = sc;
        siftDown(heapDoc, heapScore, size);
      }
    }
    var hits = new ArrayList<Hit>(size);
    for (int i = 0; i < size; i++) {
      hits.add(new Hit(patents.get(heapDoc[i]), heapScore[i]));
    }
    hits.sort(
        (a, b) -> {
          int c = Double.compare(b.score(), a.score());
          return c != 0 ? c : a.patent().number().compareTo(b.patent().number());
        });
    return hits;
  }

  private boolean allowed(int d, List<String> prefixes) {
    String[] classes = cpc[d];
    if (prefixes.isEmpty() || classes.length == 0) {
      return true;
    }
    for (String c : classes) {
      for (int i = 0; i < prefixes.size(); i++) {
        if (c.startsWith(prefixes.get(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void siftUp(int[] doc, float[] score, int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (score[parent] <= score[i]) {
        return;
      }
      swap(doc, score, i, parent);
      i = parent;
    }
  }

  private static void siftDown(int[] doc, float[] score, int size) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int m = l + 1 < size && score[l + 1] < score[l] ? l + 1 : l;
      if (score[i] <= score[m]) {
        return;
      }
      swap(doc, score, i, m);
      i = m;
    }
  }

  private static void swap(int[] doc, float[] score, int a, int b) {
    int td = doc[a];
    doc[a] = doc[b];
    doc[b] = td;
    float ts = score[a];
    score[a] = score[b];
    score[b] = ts;
  }

  /** The per-thread buffers of one search, cleared after each. */
  private static final class Scratch {
    final Tokenizer tok = new Tokenizer();
    final float[] score;
    final int[] touched;
    int touchedCount;
    final boolean[] inQuery;
    final int[] query = new int[MAX_DISTINCT_QUERY_TERMS];
    int queryCount;
    int kept;
    final int[] heapDoc = new int[MAX_LIMIT];
    final float[] heapScore = new float[MAX_LIMIT];

    Scratch(int patents, int vocabulary) {
      score = new float[patents];
      touched = new int[patents];
      inQuery = new boolean[vocabulary];
    }

    void clear() {
      for (int i = 0; i < touchedCount; i++) {
        score[touched[i]] = 0;
      }
      touchedCount = 0;
      for (int i = 0; i < queryCount; i++) {
        inQuery[query[i]] = false;
      }
      queryCount = 0;
      kept = 0;
    }
  }
}
