package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.List;
import java.util.Optional;

/**
 * Findings that no text change can correct get advice without edits: what the seller must keep or
 * change outside the listing text.
 *
 * <ul>
 *   <li>{@link Rule#TM_SOURCE_PROOF}: keep invoices that prove the goods genuine, or record the
 *       authorization.
 *   <li>{@link Rule#CF_PIRACY}: sell only licensed copies with the publisher's or an authorized
 *       distributor's invoice, or withdraw the listing; rewording would hide, not cure, a pirated
 *       product.
 *   <li>{@link Rule#CF_PRICE}: raise the price towards the brand's usual price, or keep proof of
 *       source.
 * </ul>
 */
final class AdviceOnly implements CorrectionPolicy {

  @Override
  public Optional<Suggestion> suggest(
      Listing listing, Finding f, String text, SellerContext context) {
    String mark = f.mark().isEmpty() ? "the brand" : f.mark();
    String summary =
        switch (f.rule()) {
          case TM_SOURCE_PROOF ->
              Sentences.end(
                  "Keep supplier invoices from the last 365 days that prove these are genuine "
                      + mark
                      + " goods, or record your authorization for "
                      + mark);
          case CF_PIRACY ->
              "Sell only licensed copies of "
                  + mark
                  + " and keep the invoice of the publisher or an authorized distributor, or"
                  + " withdraw the listing.";
          case CF_PRICE ->
              "Raise the price towards the usual price of "
                  + mark
                  + " goods, or keep invoices that prove where the goods came from.";
          default -> null;
        };
    return summary == null ? Optional.empty() : Optional.of(new Suggestion(summary, List.of()));
  }
}
