package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Removes a look-alike of a mark from the title, a bullet or the description ({@link
 * Rule#TM_LOOKALIKE}): every whole-word occurrence of the look-alike as written in that field. A
 * look-alike has no honest use, so it is removed rather than reworded.
 */
final class LookalikeRemoval implements CorrectionPolicy {

  @Override
  public Optional<Suggestion> suggest(
      Listing listing, Finding f, String text, SellerContext context) {
    var edits = new ArrayList<Edit>();
    for (int at : Wording.occurrences(text, f.text())) {
      edits.add(new Edit(f.field(), at, Wording.possessiveEnd(text, at + f.text().length()), ""));
    }
    if (edits.isEmpty()) {
      edits.add(new Edit(f.field(), f.start(), f.end(), ""));
    }
    String mark = f.mark().isEmpty() ? "a registered mark" : f.mark();
    return Optional.of(
        new Suggestion(
            "Remove \""
                + f.text()
                + "\" from "
                + Sentences.field(f.field())
                + ": it imitates "
                + mark
                + ", and marketplaces remove imitations however they are spelt.",
            edits));
  }
}
