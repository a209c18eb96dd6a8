package com.clearmark.engine.screening;

import com.clearmark.engine.context.OwnBrand;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the seller's own brand in place of a brand that imitates a mark ({@link
 * Rule#TM_BRAND_LOOKALIKE}).
 *
 * <p>The brand is the first of the seller's own brands that covers the listing today; it replaces
 * the brand field and the same words where they open the title. A seller with no brand recorded
 * gets advice without edits: the brand must be one the seller owns, and "Generic" is no substitute
 * on a marketplace that reads the brand field as the maker, so the engine does not invent one.
 */
final class OwnBrandCorrection implements CorrectionPolicy {

  @Override
  public Optional<Suggestion> suggest(
      Listing listing, Finding f, String text, SellerContext context) {
    String mark = f.mark().isEmpty() ? "a registered mark" : f.mark();
    OwnBrand own = null;
    for (OwnBrand b : context.ownBrands()) {
      if (b.covers(listing.asin(), listing.sku(), context.today())) {
        own = b;
        break;
      }
    }
    if (own == null) {
      return Optional.of(
          new Suggestion(
              "Put a brand you own in the brand field instead of \""
                  + text
                  + "\", which imitates "
                  + mark
                  + "; record your brand to have it suggested here.",
              List.of()));
    }
    var edits = new ArrayList<Edit>();
    edits.add(new Edit("brand", 0, text.length(), own.brand()));
    String title = listing.title();
    if (Wording.occurrences(title, text).contains(0)) {
      edits.add(new Edit("title", 0, text.length(), own.brand()));
    }
    return Optional.of(
        new Suggestion(
            Sentences.end(
                "Sell under your own brand "
                    + own.brand()
                    + " instead of \""
                    + text
                    + "\", which imitates "
                    + mark),
            edits));
  }
}
