package com.clearmark.engine.screening;

/**
 * Marketplace policy forbids other companies' brand names in a listing's search terms (backend
 * keywords), whatever the product ({@link Rule#POLICY_SEARCH_TERMS}). {@link MarkUseJudge} decides
 * which words there are brand names: a famous or related mark, or a deliberate look-alike; not an
 * ordinary word in unrelated goods, not the seller's own, authorized or genuine brand.
 */
final class SearchTermsPolicy implements ScreeningPolicy {

  @Override
  public void apply(ListingScan scan, Findings findings) {
    for (ListingScan.MarkUse use : scan.marks) {
      if (use.position() != ListingScan.Position.SEARCH_TERMS) {
        continue;
      }
      MarkUseJudge.Verdict verdict = MarkUseJudge.judge(scan, use);
      if (verdict != null && verdict.rule() == Rule.POLICY_SEARCH_TERMS) {
        findings.add(scan, use, verdict);
      }
    }
  }
}
