package com.clearmark.engine.copyright;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.listing.ListingField;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ListingCheck;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import com.clearmark.engine.text.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Checks a listing's bullets and description against registered texts: {@link Rule#CR_TEXT}.
 *
 * <p><b>Threshold.</b> A field copies a work when {@link TextWorks} finds in it a passage of at
 * least {@value #MIN_PASSAGE_WORDS} consecutive words that occur in the same order in the work
 * (compared after folding case, accents and punctuation), or when at least {@value
 * #MIN_OVERLAP_PERCENT}% of the field's word 3-shingles, and at least {@value #MIN_SHARED_SHINGLES}
 * of them, occur in the work, which catches a copy with a word changed here and there. A dozen
 * words in the same order is more than common phrases share ("made of stainless steel for long
 * lasting use" is eight) and about one sentence of listing copy; shorter overlaps are left alone. A
 * standard statement, a passage the texts of {@value TextWorks#STANDARD_OWNERS} or more distinct
 * owners hold (see {@link TextWorks}), counts for neither: it alone makes no finding, and a copied
 * passage next to it is reported without it.
 *
 * <p><b>Severity by extent</b>, judged on the longest copied passage and on the share of the field
 * that comes from the work:
 *
 * <ul>
 *   <li>{@link Severity#HIGH} (block) for a passage of {@value #WHOLESALE_WORDS} words or more, or
 *       a field of which {@value #WHOLE_FIELD_PERCENT}% or more comes from the work with a passage
 *       of {@value #LONG_WORDS} words or more: the text is the work's;
 *   <li>{@link Severity#MEDIUM} (review) for a passage of {@value #LONG_WORDS} words or more, or a
 *       field of which half or more comes from the work;
 *   <li>{@link Severity#LOW} for a shorter passage, which common wording can explain.
 * </ul>
 *
 * <p>The finding's evidence is the longest copied passage in the field. Before it is reported the
 * passage is compared word by word with the work's text as {@code textOf} gives it, so that a hash
 * collision or a text changed since it was registered never makes a finding; a work whose text is
 * unknown ({@code textOf} gives null) is trusted on its hashes. A field makes at most {@value
 * #WORKS_PER_FIELD} findings and a listing at most {@value #MAX_FINDINGS}.
 */
public final class TextCopyCheck implements ListingCheck {

  static final int MIN_PASSAGE_WORDS = 12;
  static final int MIN_OVERLAP_PERCENT = 60;
  static final int MIN_SHARED_SHINGLES = 12;
  static final int LONG_WORDS = 20;
  static final int WHOLESALE_WORDS = 40;
  static final int WHOLE_FIELD_PERCENT = 80;
  static final int WORKS_PER_FIELD = 3;
  static final int MAX_FINDINGS = 10;

  private final TextWorks works;
  private final LongFunction<Work> workOf;
  private final LongFunction<String> textOf;
  private static final ThreadLocal<Tokenizer[]> TOKENIZERS =
      ThreadLocal.withInitial(() -> new Tokenizer[] {new Tokenizer(), new Tokenizer()});

  /**
   * @param works the registered texts
   * @param workOf the work registered under an id, or null when it is gone
   * @param textOf the text registered under an id, or null when it is not at hand
   */
  public TextCopyCheck(TextWorks works, LongFunction<Work> workOf, LongFunction<String> textOf) {
    this.works = Objects.requireNonNull(works, "works");
    this.workOf = Objects.requireNonNull(workOf, "workOf");
    this.textOf = Objects.requireNonNull(textOf, "textOf");
  }

  @Override
  public void check(Listing listing, List<Finding> out) {
    int made = 0;
    List<String> bullets = listing.bulletPoints();
    for (int i = 0; i < bullets.size() && made < MAX_FINDINGS; i++) {
      made +=
          checkField(ListingField.BULLET_POINT.label(i), bullets.get(i), MAX_FINDINGS - made, out);
    }
    if (made < MAX_FINDINGS) {
      checkField(
          ListingField.DESCRIPTION.label(0), listing.description(), MAX_FINDINGS - made, out);
    }
  }

  private int checkField(String field, String text, int room, List<Finding> out) {
    if (text.isEmpty()) {
      return 0;
    }
    int made = 0;
    for (TextWorks.Candidate c : works.query(text, TextWorks.MAX_CANDIDATES)) {
      if (made == Math.min(room, WORKS_PER_FIELD)) {
        break;
      }
      if (!copies(c)) {
        continue;
      }
      Work work = workOf.apply(c.id());
      if (work == null || !confirmed(text, c)) {
        continue;
      }
      out.add(finding(field, text, c, work));
      made++;
    }
    return made;
  }

  static boolean copies(TextWorks.Candidate c) {
    return c.words() >= MIN_PASSAGE_WORDS
        || (percent(c) >= MIN_OVERLAP_PERCENT && c.shared() >= MIN_SHARED_SHINGLES);
  }

  static Severity severity(TextWorks.Candidate c) {
    if (c.words() >= WHOLESALE_WORDS
        || (percent(c) >= WHOLE_FIELD_PERCENT && c.words() >= LONG_WORDS)) {
      return Severity.HIGH;
    }
    if (c.words() >= LONG_WORDS || percent(c) >= 50) {
      return Severity.MEDIUM;
    }
    return Severity.LOW;
  }

  private static int percent(TextWorks.Candidate c) {
    return (int) Math.floor(c.overlap() * 100 + 1e-9);
  }

  /** Whether the passage's words are the work's words, as the work's text reads now. */
  private boolean confirmed(String field, TextWorks.Candidate c) {
    String workText = textOf.apply(c.id());
    if (workText == null) {
      return true;
    }
    Tokenizer[] t = TOKENIZERS.get();
    Tokenizer mine = t[0];
    Tokenizer theirs = t[1];
    mine.reset(
        field.length() > TextWorks.MAX_FIELD_CHARS
            ? field.substring(0, TextWorks.MAX_FIELD_CHARS)
            : field);
    theirs.reset(
        workText.length() > TextWorks.MAX_WORK_CHARS
            ? workText.substring(0, TextWorks.MAX_WORK_CHARS)
            : workText);
    if (c.firstWord() + c.words() > mine.size() || c.workWord() + c.words() > theirs.size()) {
      return false;
    }
    for (int k = 0; k < c.words(); k++) {
      int a = c.firstWord() + k;
      int b = c.workWord() + k;
      if (!Arrays.equals(
          mine.buffer(),
          mine.normStart(a),
          mine.normStart(a) + mine.normLength(a),
          theirs.buffer(),
          theirs.normStart(b),
          theirs.normStart(b) + theirs.normLength(b))) {
        return false;
      }
    }
    return true;
  }

  private static Finding finding(String field, String text, TextWorks.Candidate c, Work work) {
    Severity severity = severity(c);
    String where = field.startsWith("bullet_points") ? "This bullet" : "The description";
    String owner = work.owner().isEmpty() ? "" : ", " + work.owner();
    String advice =
        switch (severity) {
          case HIGH -> " The text is the registered work's: write your own before listing.";
          case MEDIUM ->
              " A person should compare the two texts; rewriting the passage removes"
                  + " the risk.";
          default ->
              " A short passage that common wording may explain; rewriting it removes the"
                  + " risk.";
        };
    String explanation =
        where
            + " copies "
            + c.words()
            + " consecutive words of the registered text \""
            + work.title()
            + "\" (work "
            + work.id()
            + owner
            + "); "
            + percent(c)
            + "% of its word sequences appear in that text."
            + advice;
    return new Finding(
        Rule.CR_TEXT,
        severity,
        work.title(),
        Long.toString(work.id()),
        work.owner(),
        field,
        c.start(),
        c.end(),
        text.substring(c.start(), c.end()),
        explanation);
  }
}
