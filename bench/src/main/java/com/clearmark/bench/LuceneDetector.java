package com.clearmark.bench;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.text.TextFolding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline a team would build on Apache Lucene or Elasticsearch: the registry's single-word
 * marks as a term dictionary, each listing word looked up with Lucene's Levenshtein-automaton
 * {@link FuzzyQuery} (one edit for words of 5 to 8 characters, two from 9, exact below 5,
 * transpositions counted as one edit), and multi-word marks found by exact phrase lookup of the
 * analysed word sequence. Text is analysed with Lucene's standard tokenizer, lower-casing and ASCII
 * folding.
 */
final class LuceneDetector implements Detector {

  private static final int MAX_EXPANSIONS = 50;

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          var tokenizer = new StandardTokenizer();
          TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
          return new TokenStreamComponents(tokenizer, stream);
        }
      };
  private final IndexSearcher searcher;
  private final String[] keyOfDoc;
  private final Map<String, String> phrases = new HashMap<>();
  private final int maxPhraseWords;

  LuceneDetector(List<Mark> marks) {
    try {
      var directory = new ByteBuffersDirectory();
      var keys = new ArrayList<String>();
      int maxWords = 1;
      try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Mark m : marks) {
          if (!m.isLive()) {
            continue;
          }
          List<String> words = analyse(m.name());
          if (words.isEmpty()) {
            continue;
          }
          String key = TextFolding.compactKey(m.name());
          if (words.size() == 1) {
            var doc = new Document();
            doc.add(new StringField("term", words.get(0), Field.Store.NO));
            doc.add(new NumericDocValuesField("key", keys.size()));
            keys.add(key);
            writer.addDocument(doc);
          } else {
            phrases.put(String.join(" ", words), key);
            maxWords = Math.max(maxWords, words.size());
          }
        }
        writer.forceMerge(1);
      }
      var reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      this.keyOfDoc = new String[reader.maxDoc()];
      NumericDocValues values = MultiDocValues.getNumericValues(reader, "key");
      for (int doc = values.nextDoc();
          doc != NumericDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        keyOfDoc[doc] = keys.get((int) values.longValue());
      }
      this.maxPhraseWords = maxWords;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return "Lucene fuzzy";
  }

  @Override
  public void scan(String text, Set<String> found) {
    List<String> words = analyse(text);
    try {
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        int length = w.codePointCount(0, w.length());
        Query q =
            length < 5
                ? new TermQuery(new Term("term", w))
                : new FuzzyQuery(new Term("term", w), length <= 8 ? 1 : 2, 0, MAX_EXPANSIONS, true);
        for (ScoreDoc hit : searcher.search(q, 10).scoreDocs) {
          found.add(keyOfDoc[hit.doc]);
        }
        var phrase = new StringBuilder(w);
        for (int k = 1; k < maxPhraseWords && i + k < words.size(); k++) {
          phrase.append(' ').append(words.get(i + k));
          String key = phrases.get(phrase.toString());
          if (key != null) {
            found.add(key);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> analyse(String text) {
    var words = new ArrayList<String>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
