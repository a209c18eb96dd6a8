package com.clearmark.engine.screening;

import com.clearmark.engine.listing.ListingField;

/**
 * Third-party marks in the title, bullets and description.
 *
 * <ul>
 *   <li>A look-alike ({@link Rule#TM_LOOKALIKE}) is worse than the mark itself: it signals an
 *       attempt to evade brand protection. High wherever it stands.
 *   <li>The mark as it is ({@link Rule#TM_EXACT}): high in the title, where it claims the product
 *       is that brand's; medium in bullets and description.
 *   <li>The mark after a compatibility cue ({@code compatible with}, {@code for}, {@code fits},
 *       {@code replacement for}, {@code works with}) is a nominative use, reported for information
 *       only ({@link Rule#TM_COMPATIBILITY}).
 * </ul>
 *
 * The listing's own brand, and other marks of the same owner (AirPods on an Apple listing), named
 * in its text are not third-party uses.
 */
final class ThirdPartyMarkPolicy implements ScreeningPolicy {

  @Override
  public void apply(ListingScan scan, Findings findings) {
    for (ListingScan.MarkUse use : scan.marks) {
      ListingField field = use.where().field();
      if (field == ListingField.BRAND || field == ListingField.SEARCH_TERMS || !use.counts()) {
        continue;
      }
      var hit = use.hit();
      var mark = scan.index.markOf(hit.key());
      String place = place(use.where());
      if (hit.kind().isLookalike()) {
        findings.add(
            Rule.TM_LOOKALIKE,
            Severity.HIGH,
            mark,
            use.where(),
            hit,
            "The "
                + place
                + " "
                + hit.kind().verb()
                + " "
                + Findings.describe(mark)
                + "; look-alikes of a brand name are treated as deliberate infringement.");
      } else if (scan.isBrandOwners(hit.key())) {
        continue;
      } else if (use.compatibility()) {
        findings.add(
            Rule.TM_COMPATIBILITY,
            Severity.INFO,
            mark,
            use.where(),
            hit,
            "The "
                + place
                + " names "
                + mark.name()
                + " in a compatibility statement, which is allowed as long as the product is not"
                + " presented as made or endorsed by "
                + (mark.owner().isEmpty() ? "the mark's owner" : mark.owner())
                + ".");
      } else {
        boolean title = field == ListingField.TITLE;
        findings.add(
            Rule.TM_EXACT,
            title ? Severity.HIGH : Severity.MEDIUM,
            mark,
            use.where(),
            hit,
            "The "
                + place
                + " uses the registered mark "
                + Findings.describe(mark)
                + "; name another company's brand only when selling its genuine product under"
                + " that brand, or in a compatibility statement.");
      }
    }
  }

  static String place(ListingScan.Where where) {
    return switch (where.field()) {
      case TITLE -> "title";
      case BRAND -> "brand";
      case BULLET_POINT -> "bullet point " + (where.index() + 1);
      case DESCRIPTION -> "description";
      case SEARCH_TERMS -> "search terms";
    };
  }
}
