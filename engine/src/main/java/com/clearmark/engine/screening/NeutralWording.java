package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Replaces wording that presents goods as a copy ({@link Rule#CF_COUNTERFEIT_TERM}) with a neutral
 * description.
 *
 * <ul>
 *   <li>A grade ({@code AAA quality}, {@code mirror quality}, and a copy word right before {@code
 *       quality}: {@code 1:1 quality}) becomes {@code high quality}, which claims quality without
 *       claiming sameness.
 *   <li>Any other copy word (replica, 1:1, dupe, inspired by, style) is dropped, and with it the
 *       mark written right next to it ({@code inspired by Rolex}, {@code Gucci style}, {@code Rolex
 *       dupe}): dropping the copy word alone would leave the mark presented as the maker of goods
 *       it did not make.
 * </ul>
 *
 * The finding names the first copy claim of its field only; the other claims of the field are
 * corrected too, so that the corrected field makes none: those that stand anywhere (replica, 1:1,
 * mirror quality, AAA quality, unless an innocent word follows, as in {@code AAA batteries}) and
 * those written right beside the finding's mark. The field is tokenized once and its phrases
 * matched as the screening matches them, in time linear in its length.
 */
final class NeutralWording implements CorrectionPolicy {

  static final String NEUTRAL_GRADE = "high quality";

  private static final SignalTerms TERMS = new SignalTerms();

  @Override
  public Optional<Suggestion> suggest(
      Listing listing, Finding f, String text, SellerContext context) {
    var edits = new ArrayList<Edit>();
    Edit reported = correction(f.field(), text, f.start(), f.end(), f.mark());
    if (reported.replacement().isEmpty()
        && Wording.adjacentMark(text, f.start(), f.end(), f.mark()) == null
        && !namesOwnBrand(text, context)) {
      return Optional.of(copyOfAProduct(text.substring(f.start(), f.end())));
    }
    edits.add(reported);
    for (int[] claim : claims(text, f.mark())) {
      if (claim[1] <= reported.start() || claim[0] >= reported.end()) {
        Edit e = correction(f.field(), text, claim[0], claim[1], f.mark());
        if (edits.stream().noneMatch(o -> o.start() < e.end() && e.start() < o.end())) {
          edits.add(e);
        }
      }
    }
    String removed = text.substring(reported.start(), reported.end());
    String summary =
        reported.replacement().isEmpty()
            ? "Remove \""
                + removed
                + "\""
                + (edits.size() > 1 ? " and the other copy wording" : "")
                + " from "
                + Sentences.field(f.field())
                + " and describe the product by its own features: wording that presents goods as"
                + " a copy gets them removed as counterfeit."
            : "Replace \""
                + removed
                + "\" with \""
                + NEUTRAL_GRADE
                + "\""
                + (edits.size() > 1 ? " and remove the other copy wording" : "")
                + ": grades and copy words are how copies of branded goods are sold.";
    return Optional.of(new Suggestion(summary, edits));
  }

  /** Whether the field names one of the seller's own brands, so it says whose product it is. */
  private static boolean namesOwnBrand(String text, SellerContext context) {
    for (var brand : context.ownBrands()) {
      if (!Wording.occurrences(text, brand.brand()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Advice, not an edit, for a copy word that stands alone in a field naming none of the seller's
   * own brands ("World Cup Trophy (Replica)"): what is left once the word goes would present the
   * copy as the original, which is worse, and no wording makes a copy of another's product lawful.
   * Where the field names the seller's brand ("Zorvix replica pocket watch"), it already says whose
   * product it is, and the word is removed.
   */
  private static Suggestion copyOfAProduct(String word) {
    return new Suggestion(
        "\""
            + word
            + "\" says the product copies another: removing the word would present the copy as"
            + " the original. List it only if it copies no one's mark, design or work, and then"
            + " describe it by its own features and your own brand.",
        List.of());
  }

  /** The edit for the copy wording at {@code [start, end)}: a neutral grade, or its removal. */
  private static Edit correction(String field, String text, int start, int end, String mark) {
    String folded = text.substring(start, end).toLowerCase(Locale.ROOT);
    int wordEnd = qualityWordEnd(text, end);
    if (folded.endsWith("quality") || folded.endsWith("grade") || folded.startsWith("grade")) {
      return new Edit(field, start, end, NEUTRAL_GRADE);
    }
    if (wordEnd > 0) {
      return new Edit(field, start, wordEnd, NEUTRAL_GRADE);
    }
    int[] adjacent = Wording.adjacentMark(text, start, end, mark);
    if (adjacent != null) {
      start = Math.min(start, adjacent[0]);
      end = Wording.possessiveEnd(text, Math.max(end, adjacent[1]));
    }
    return new Edit(field, start, end, "");
  }

  /** Where "quality" or "grade" right after {@code end} ends, or -1. */
  private static int qualityWordEnd(String text, int end) {
    int s = end;
    while (s < text.length() && text.charAt(s) == ' ') {
      s++;
    }
    if (s == end) {
      return -1;
    }
    for (String word : List.of("quality", "grade")) {
      if (Wording.markEnd(text, s, word) == s + word.length()) {
        return s + word.length();
      }
    }
    return -1;
  }

  /**
   * The offsets of the copy claims in the text, in text order: those that count wherever they
   * stand, and those that count next to a mark (dupe, inspired by, style) written right beside
   * {@code mark}.
   */
  private static List<int[]> claims(String text, String mark) {
    var tokens = new Tokenizer();
    tokens.reset(text);
    int n = tokens.size();
    int[] ids = TERMS.wordIds(tokens, new int[Math.max(n, 1)]);
    var claims = new ArrayList<int[]>();
    for (int t = 0; t < n; t++) {
      for (SignalTerms.Phrase p : TERMS.phrasesStartingWith(ids[t])) {
        if (!TERMS.matches(p, ids, n, t, tokens, text)) {
          continue;
        }
        int last = t + p.words().length;
        int start = tokens.start(t);
        int end = tokens.end(last - 1);
        boolean claim =
            switch (p.kind()) {
              case COUNTERFEIT_STRONG, COUNTERFEIT_GRADE ->
                  !TERMS.isInnocentAfter(p, last < n ? ids[last] : -1);
              case COUNTERFEIT_NEAR_MARK, STYLE ->
                  Wording.adjacentMark(text, start, end, mark) != null;
              default -> false;
            };
        if (claim) {
          claims.add(new int[] {start, end});
        }
      }
    }
    return claims;
  }
}
