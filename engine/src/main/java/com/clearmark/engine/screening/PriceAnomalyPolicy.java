package com.clearmark.engine.screening;

import com.clearmark.engine.context.ReferencePrice;
import com.clearmark.engine.listing.ListingField;
import com.clearmark.engine.text.TextFolding;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A branded product offered far below its usual price ({@link Rule#CF_PRICE}): below 40% of the
 * reference price for the brand, or for the product when a reference names one that the title
 * contains. Prices in different currencies are not compared. The seller's own and authorized brands
 * are exempt: they set their own prices.
 */
final class PriceAnomalyPolicy implements ScreeningPolicy {

  static final BigDecimal FAR_BELOW = new BigDecimal("0.40");

  @Override
  public void apply(ListingScan scan, Findings findings) {
    BigDecimal price = scan.listing.price();
    if (price == null || price.signum() == 0 || scan.context.referencePrices().isEmpty()) {
      return;
    }
    String brandName = null;
    if (scan.brandMarkKey >= 0 && !scan.isAuthorized(scan.brandMarkKey)) {
      brandName = scan.index.markOf(scan.brandMarkKey).name();
    } else {
      for (ListingScan.MarkUse use : scan.marks) {
        if (use.where().field() == ListingField.TITLE
            && MarkUseJudge.namesBrand(scan, use)
            && !use.compatibility()
            && !use.hit().kind().isLookalike()) {
          brandName = scan.index.markOf(use.hit().key()).name();
          break;
        }
      }
    }
    if (brandName == null && !scan.listing.brand().isEmpty() && !scan.brandIsOwn()) {
      brandName = scan.listing.brand();
    }
    if (brandName == null) {
      return;
    }
    ReferencePrice reference = referenceFor(scan, brandName);
    if (reference == null || !isFarBelow(price, reference.price())) {
      return;
    }
    int percent =
        price
            .multiply(BigDecimal.valueOf(100))
            .divide(reference.price(), 0, RoundingMode.HALF_UP)
            .intValue();
    String text = price.toPlainString();
    String of = reference.product().isEmpty() ? brandName : reference.product();
    findings.add(
        new Finding(
            Rule.CF_PRICE,
            Severity.MEDIUM,
            brandName,
            "",
            "",
            "price",
            0,
            text.length(),
            text,
            "The price "
                + text
                + " is "
                + percent
                + "% of the usual price of "
                + of
                + " ("
                + reference.price().toPlainString()
                + (reference.currency().isEmpty() ? "" : " " + reference.currency())
                + "), low enough to suggest the goods are not genuine."));
  }

  /**
   * The best reference price for the brand: one naming a product in the title, else the brand's.
   */
  static ReferencePrice referenceFor(ListingScan scan, String brandName) {
    String currency = scan.listing.currency();
    String title = null;
    ReferencePrice brandWide = null;
    for (ReferencePrice r : scan.context.pricesFor(TextFolding.compactKey(brandName))) {
      if (!currency.isEmpty() && !r.currency().isEmpty() && !currency.equals(r.currency())) {
        continue;
      }
      if (r.product().isEmpty()) {
        brandWide = brandWide == null ? r : brandWide;
      } else {
        if (title == null) {
          title = " " + TextFolding.key(scan.listing.title()) + " ";
        }
        if (title.contains(" " + TextFolding.key(r.product()) + " ")) {
          return r;
        }
      }
    }
    return brandWide;
  }

  static boolean isFarBelow(BigDecimal price, BigDecimal reference) {
    return price.compareTo(reference.multiply(FAR_BELOW)) < 0;
  }
}
