package com.clearmark.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Ordinary English words, from the SCOWL-based word lists Debian ships (lower-case entries of
 * {@code wamerican} and {@code wbritish}; see {@code english-lexicon.NOTICE}).
 *
 * <p>Screening asks two questions of it: is a mark an ordinary word (Apple, Dove, Shell), so that
 * it only counts where it reads as a brand; and is a listing word a real word, so that {@code nice}
 * is never taken for a misspelt NIKE. Loaded once, about 65,000 words, into a {@link TermTable}.
 */
public final class Lexicon {

  private static final Lexicon ENGLISH = load("english-lexicon.txt.gz");

  private final TermTable words;

  private Lexicon(TermTable words) {
    this.words = words;
  }

  /** The bundled English lexicon. */
  public static Lexicon english() {
    return ENGLISH;
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

  /** Whether every word of {@code text} (after folding) is an ordinary English word. */
  public boolean isOrdinaryPhrase(String text) {
    var tokens = new Tokenizer();
    tokens.reset(text);
    return isOrdinaryPhrase(tokens);
  }

  /** Whether every token of an already tokenised text is an ordinary English word. */
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

  private static Lexicon load(String resource) {
    var table = new TermTable();
    try (var in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          table.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new Lexicon(table);
  }
}
