package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.Optional;

/**
 * One named way of correcting what a rule found. {@code text} is the finding's field text, already
 * checked to hold the finding's evidence at its offsets.
 */
interface CorrectionPolicy {
  Optional<Suggestion> suggest(
      Listing listing, Finding finding, String text, SellerContext context);
}
