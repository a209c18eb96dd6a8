package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Replaces wording that presents goods as a copy ({@link Rule#CF_COUNTERFEIT_TERM}) with a neutral
 * description.
 *
 * <ul>
 *   <li>A grade ({@code AAA quality}, {@code mirror grade}) becomes {@code high quality}, which
 *       claims quality without claiming sameness.
 *   <li>Any other copy word (replica, 1:1, dupe, inspired by, style) is dropped, and with it the
 *       mark written right next to it ({@code inspired by Rolex}, {@code Gucci style}, {@code Rolex
 *       dupe}): dropping the copy word alone would leave the mark presented as the maker of goods
 *       it did not make.
 * </ul>
 */
final class NeutralWording implements CorrectionPolicy {

  static final String NEUTRAL_GRADE = "high quality";

  @Override
  public Optional<Suggestion> suggest(
      Listing listing, Finding f, String text, SellerContext context) {
    String phrase = f.text();
    String folded = phrase.toLowerCase(Locale.ROOT);
    if (folded.endsWith("quality") || folded.endsWith("grade") || folded.startsWith("grade")) {
      return Optional.of(
          new Suggestion(
              "Replace \""
                  + phrase
                  + "\" with \""
                  + NEUTRAL_GRADE
                  + "\": grades such as this one are how copies of branded goods are sold.",
              List.of(new Edit(f.field(), f.start(), f.end(), NEUTRAL_GRADE))));
    }
    int start = f.start();
    int end = f.end();
    int[] mark = Wording.adjacentMark(text, start, end, f.mark());
    if (mark != null) {
      start = Math.min(start, mark[0]);
      end = Wording.possessiveEnd(text, Math.max(end, mark[1]));
    }
    String removed = text.substring(start, end);
    return Optional.of(
        new Suggestion(
            "Remove \""
                + removed
                + "\" from "
                + Sentences.field(f.field())
                + " and describe the product by its own features: wording that presents goods as"
                + " a copy gets them removed as counterfeit.",
            List.of(new Edit(f.field(), start, end, ""))));
  }
}
