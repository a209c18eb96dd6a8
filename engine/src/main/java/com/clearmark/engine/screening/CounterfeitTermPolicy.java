package com.clearmark.engine.screening;

import com.clearmark.engine.listing.ListingField;
import com.clearmark.engine.mark.Mark;

/**
 * Words that present goods as copies ({@link Rule#CF_COUNTERFEIT_TERM}).
 *
 * <ul>
 *   <li>Strong signals (replica, super copy, mirror quality, 1:1, knockoff, AAA quality) are
 *       critical when the listing names a brand and medium otherwise; {@code AAA} followed by a
 *       battery word and {@code 1:1 scale} are not signals.
 *   <li>Words with an ordinary meaning (dupe, fake, faux, imitation, inspired by) count only within
 *       four words of a mark, and not before a material ({@code faux leather}, {@code imitation
 *       jewellery}).
 *   <li>{@code style} and {@code type} count only straight after a mark: {@code Gucci style}, not
 *       {@code boho style}.
 * </ul>
 */
final class CounterfeitTermPolicy implements ScreeningPolicy {

  static final int NEAR = 4;

  @Override
  public void apply(ListingScan scan, Findings findings) {
    for (ListingScan.Signal s : scan.signals) {
      if (s.innocent() || s.where().field() == ListingField.SEARCH_TERMS) {
        continue;
      }
      switch (s.phrase().kind()) {
        case COUNTERFEIT_STRONG -> {
          Mark mark = nearMark(scan, s, Integer.MAX_VALUE);
          if (mark == null) {
            mark = anyMark(scan);
          }
          report(findings, s, mark, mark == null ? Severity.MEDIUM : Severity.CRITICAL);
        }
        case COUNTERFEIT_GRADE -> {
          Mark mark = nearMark(scan, s, Integer.MAX_VALUE);
          if (mark != null) {
            report(findings, s, mark, Severity.CRITICAL);
          }
        }
        case COUNTERFEIT_NEAR_MARK -> {
          Mark mark = nearMark(scan, s, NEAR);
          if (mark != null) {
            report(findings, s, mark, Severity.CRITICAL);
          }
        }
        case STYLE -> {
          for (ListingScan.MarkUse use : scan.marks) {
            // "Philips Style Care" is the brand's own product line, not a copy of it.
            if (use.where() == s.where()
                && use.hit().lastToken() == s.firstToken()
                && countsHere(scan, use)
                && !scan.isGenuine(use.hit().key())) {
              report(findings, s, scan.index.markOf(use.hit().key()), Severity.CRITICAL);
              break;
            }
          }
        }
        default -> {}
      }
    }
  }

  /** The closest brand-relevant mark in the same field within {@code window} words, or null. */
  static Mark nearMark(ListingScan scan, ListingScan.Signal s, int window) {
    Mark best = null;
    int bestGap = Integer.MAX_VALUE;
    for (ListingScan.MarkUse use : scan.marks) {
      if (use.where() != s.where() || !countsHere(scan, use)) {
        continue;
      }
      int gap =
          use.hit().firstToken() >= s.lastToken()
              ? use.hit().firstToken() - s.lastToken()
              : s.firstToken() - use.hit().lastToken();
      if (gap >= 0 && gap <= window && gap < bestGap) {
        bestGap = gap;
        best = scan.index.markOf(use.hit().key());
      }
    }
    return best;
  }

  /** A mark the listing presents itself under (brand or text), or null. */
  static Mark anyMark(ListingScan scan) {
    if (scan.brandMarkKey >= 0 && !scan.isAuthorized(scan.brandMarkKey)) {
      return scan.index.markOf(scan.brandMarkKey);
    }
    for (ListingScan.MarkUse use : scan.marks) {
      if (use.where().field() != ListingField.SEARCH_TERMS && countsHere(scan, use)) {
        return scan.index.markOf(use.hit().key());
      }
    }
    return null;
  }

  /** A third-party mark outside a compatibility statement. */
  static boolean countsHere(ListingScan scan, ListingScan.MarkUse use) {
    return MarkUseJudge.refersToBrand(scan, use);
  }

  private static void report(Findings findings, ListingScan.Signal s, Mark mark, Severity sev) {
    String phrase = s.where().text().substring(s.start(), s.end());
    String why =
        mark == null
            ? "\""
                + phrase
                + "\" is a word marketplaces treat as a sign of counterfeit goods; remove it"
                + " unless it plainly describes something else."
            : "\""
                + phrase
                + "\" next to "
                + mark.name()
                + " presents the product as a copy of a branded item, which marketplaces remove"
                + " as counterfeit.";
    findings.add(Rule.CF_COUNTERFEIT_TERM, sev, mark, s.where(), s.start(), s.end(), why);
  }
}
