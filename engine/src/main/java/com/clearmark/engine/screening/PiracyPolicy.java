package com.clearmark.engine.screening;

import com.clearmark.engine.listing.ListingField;
import com.clearmark.engine.mark.Mark;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Pirated software and media ({@link Rule#CF_PIRACY}).
 *
 * <ul>
 *   <li>cracked, keygen, lifetime activation, pre-activated, full version, and media bundles ("100
 *       films on USB", "1000 games in 1"): critical within twelve words of a software or media mark
 *       (a mark registered in Nice class 9, 41 or 42);
 *   <li>a licence key or activation code for such a mark: critical when it is sold cheaply, below
 *       40% of the brand's reference price or, without one, under 30 in the listing's currency.
 * </ul>
 */
final class PiracyPolicy implements ScreeningPolicy {

  private static final Set<Integer> SOFTWARE_AND_MEDIA = Set.of(9, 41, 42);
  private static final BigDecimal CHEAP_WITHOUT_REFERENCE = new BigDecimal("30");

  @Override
  public void apply(ListingScan scan, Findings findings) {
    for (ListingScan.Signal s : scan.signals) {
      if (s.innocent() || s.where().field() == ListingField.SEARCH_TERMS) {
        continue;
      }
      if (s.phrase().kind() == SignalTerms.Kind.PIRACY) {
        Mark mark = softwareMark(scan, s, 12);
        if (mark != null) {
          report(findings, s, mark, "is how pirated or unlicensed copies are sold");
        }
      } else if (s.phrase().kind() == SignalTerms.Kind.LICENCE_KEY) {
        Mark mark = softwareMark(scan, s, Integer.MAX_VALUE);
        if (mark != null && isCheap(scan, mark)) {
          report(findings, s, mark, "sold this cheaply is a sign of an unlicensed key");
        }
      }
    }
  }

  private static Mark softwareMark(ListingScan scan, ListingScan.Signal s, int window) {
    for (ListingScan.MarkUse use : scan.marks) {
      if (!MarkUseJudge.namesBrand(scan, use) && use.hit().key() != scan.brandMarkKey) {
        continue;
      }
      boolean sameField = use.where() == s.where();
      int gap =
          use.hit().firstToken() >= s.lastToken()
              ? use.hit().firstToken() - s.lastToken()
              : s.firstToken() - use.hit().lastToken();
      boolean near = window == Integer.MAX_VALUE || (sameField && gap >= 0 && gap <= window);
      if (!near) {
        continue;
      }
      Mark mark = scan.index.markOf(use.hit().key());
      for (int c : mark.niceClasses()) {
        if (SOFTWARE_AND_MEDIA.contains(c)) {
          return mark;
        }
      }
    }
    return null;
  }

  private static boolean isCheap(ListingScan scan, Mark mark) {
    BigDecimal price = scan.listing.price();
    if (price == null) {
      return false;
    }
    var reference = PriceAnomalyPolicy.referenceFor(scan, mark.name());
    if (reference != null) {
      return PriceAnomalyPolicy.isFarBelow(price, reference.price());
    }
    return price.compareTo(CHEAP_WITHOUT_REFERENCE) < 0;
  }

  private static void report(Findings findings, ListingScan.Signal s, Mark mark, String what) {
    String phrase = s.where().text().substring(s.start(), s.end());
    findings.add(
        Rule.CF_PIRACY,
        Severity.CRITICAL,
        mark,
        s.where(),
        s.start(),
        s.end(),
        "\""
            + phrase
            + "\" with "
            + mark.name()
            + " "
            + what
            + "; only the rights owner's authorized resellers may sell its licences.");
  }
}
