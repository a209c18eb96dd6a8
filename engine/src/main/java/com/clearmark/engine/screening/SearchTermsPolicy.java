package com.clearmark.engine.screening;

import com.clearmark.engine.listing.ListingField;

/**
 * Marketplace policy forbids other companies' brand names in a listing's search terms (backend
 * keywords), whatever the product: any third-party mark or look-alike there is a violation ({@link
 * Rule#POLICY_SEARCH_TERMS}). The seller's own and authorized brands are not third-party marks.
 */
final class SearchTermsPolicy implements ScreeningPolicy {

  @Override
  public void apply(ListingScan scan, Findings findings) {
    for (ListingScan.MarkUse use : scan.marks) {
      if (use.where().field() != ListingField.SEARCH_TERMS || !use.counts()) {
        continue;
      }
      var mark = scan.index.markOf(use.hit().key());
      String how =
          use.hit().kind().isLookalike()
              ? "a look-alike of the mark " + Findings.describe(mark)
              : "the mark " + Findings.describe(mark);
      findings.add(
          Rule.POLICY_SEARCH_TERMS,
          Severity.HIGH,
          mark,
          use.where(),
          use.hit(),
          "The search terms contain "
              + how
              + "; marketplace policy forbids other companies' brand names in search terms.");
    }
  }
}
