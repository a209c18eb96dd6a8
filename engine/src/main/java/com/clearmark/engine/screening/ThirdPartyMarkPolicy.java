package com.clearmark.engine.screening;

/**
 * Third-party marks in the title, bullets and description, each judged by {@link MarkUseJudge}:
 *
 * <ul>
 *   <li>A look-alike ({@link Rule#TM_LOOKALIKE}): digits, symbols, look-alike characters or a split
 *       name are deliberate wherever they stand; a close spelling or a sound-alike counts for a
 *       famous or related mark that nothing else explains.
 *   <li>The mark as it is ({@link Rule#TM_EXACT}): high where it presents the goods as the mark
 *       owner's, medium beside the listing's own brand, low when merely mentioned.
 *   <li>A co-brand or maker ("Stag Disney", "Anchor by Panasonic") is genuine goods to prove
 *       ({@link Rule#TM_SOURCE_PROOF}); a mark after a compatibility cue or naming a platform
 *       ("Android TV") is a nominative use, reported for information ({@link
 *       Rule#TM_COMPATIBILITY}).
 * </ul>
 *
 * The listing's own brand, and other marks of the same owner (AirPods on an Apple listing), named
 * in its text are not third-party uses.
 */
final class ThirdPartyMarkPolicy implements ScreeningPolicy {

  @Override
  public void apply(ListingScan scan, Findings findings) {
    for (ListingScan.MarkUse use : scan.marks) {
      var position = use.position();
      if (position == ListingScan.Position.BRAND_FIELD
          || position == ListingScan.Position.SEARCH_TERMS) {
        continue;
      }
      MarkUseJudge.Verdict verdict = MarkUseJudge.judge(scan, use);
      if (verdict != null) {
        findings.add(scan, use, verdict);
      }
    }
  }
}
