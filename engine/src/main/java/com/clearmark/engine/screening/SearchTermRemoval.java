package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Removes a third-party brand from the search terms ({@link Rule#POLICY_SEARCH_TERMS}): every
 * whole-word occurrence of the term as written, since the finding reports only the first and
 * marketplace policy allows none. No rewording can make another company's brand acceptable there.
 */
final class SearchTermRemoval implements CorrectionPolicy {

  @Override
  public Optional<Suggestion> suggest(
      Listing listing, Finding f, String text, SellerContext context) {
    var edits = new ArrayList<Edit>();
    for (int at : Wording.occurrences(text, f.text())) {
      edits.add(new Edit(f.field(), at, at + f.text().length(), ""));
    }
    if (edits.isEmpty()) {
      edits.add(new Edit(f.field(), f.start(), f.end(), ""));
    }
    return Optional.of(
        new Suggestion(
            "Remove \""
                + f.text()
                + "\" from the search terms: marketplace policy allows no other company's brand"
                + " there.",
            edits));
  }
}
