package com.clearmark.engine.screening;

import com.clearmark.engine.listing.ListingField;

/**
 * Judges who the listing says made the product.
 *
 * <ul>
 *   <li>The seller's own or authorized brand: nothing to report.
 *   <li>A registered mark exactly, without authorization: a genuine-goods reseller, who must keep
 *       proof of source ({@link Rule#TM_SOURCE_PROOF}); not an infringement in itself. Where the
 *       brand field is empty (the All Listings report has none), a mark opening the title is read
 *       as the brand, as marketplace title rules put the brand first.
 *   <li>A look-alike of a registered mark that {@link MarkUseJudge} finds is a use of it: selling
 *       under a confusingly similar brand ({@link Rule#TM_BRAND_LOOKALIKE}).
 * </ul>
 */
final class BrandFieldPolicy implements ScreeningPolicy {

  @Override
  public void apply(ListingScan scan, Findings findings) {
    if (scan.brandIsOwn()) {
      return;
    }
    if (scan.brandMarkKey >= 0) {
      if (scan.isAuthorized(scan.brandMarkKey)) {
        return;
      }
      for (ListingScan.MarkUse use : scan.marks) {
        ListingScan.Position brandPlace =
            scan.brandFromTitle
                ? ListingScan.Position.TITLE_START
                : ListingScan.Position.BRAND_FIELD;
        if (use.position() == brandPlace && use.hit().key() == scan.brandMarkKey) {
          var mark = scan.index.markOf(scan.brandMarkKey);
          findings.add(
              Rule.TM_SOURCE_PROOF,
              Severity.LOW,
              mark,
              use.where(),
              use.hit(),
              "The listing sells "
                  + mark.name()
                  + ", a brand you are not recorded as authorized for: keep supplier invoices"
                  + " from the last 365 days that prove the goods are genuine, or add the brand"
                  + " to your own brands if you are authorized.");
          return;
        }
      }
    }
    for (ListingScan.MarkUse use : scan.marks) {
      if (use.where().field() == ListingField.BRAND && use.hit().kind().isLookalike()) {
        MarkUseJudge.Verdict verdict = MarkUseJudge.judge(scan, use);
        if (verdict != null) {
          findings.add(scan, use, verdict);
          return;
        }
      }
    }
  }
}
