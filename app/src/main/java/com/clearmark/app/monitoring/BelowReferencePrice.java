package com.clearmark.app.monitoring;

import com.clearmark.app.monitoring.ReferencePrices.ReferencePrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A capture offered at less than half the brand's reference price for a mark it names, in the same
 * currency, is a counterfeit cue: genuine goods are rarely sold that cheap. A mark is named when
 * its brand appears, case aside, in the title or the brand field.
 */
final class BelowReferencePrice {

  static final String RULE = "PRICE_BELOW_REFERENCE";
  static final BigDecimal SHARE = new BigDecimal("0.5");

  private BelowReferencePrice() {}

  static Optional<CaptureFinding> check(ListingCapture c, List<ReferencePrice> prices) {
    if (c.price() == null || c.currency().isEmpty()) {
      return Optional.empty();
    }
    String title = c.title().toLowerCase(Locale.ROOT);
    String brand = c.brand().toLowerCase(Locale.ROOT);
    for (ReferencePrice ref : prices) {
      String mark = ref.brand().toLowerCase(Locale.ROOT);
      if (mark.isEmpty() || !ref.currency().equalsIgnoreCase(c.currency())) {
        continue;
      }
      boolean inBrand = brand.contains(mark);
      int at = (inBrand ? brand : title).indexOf(mark);
      if (at < 0) {
        continue;
      }
      if (c.price().compareTo(ref.price().multiply(SHARE)) < 0) {
        String field = inBrand ? "brand" : "title";
        String text = inBrand ? c.brand() : c.title();
        return Optional.of(
            new CaptureFinding(
                0,
                0,
                RULE,
                "COUNTERFEIT",
                "MEDIUM",
                ref.brand(),
                "",
                "",
                field,
                at,
                at + mark.length(),
                text.substring(at, at + mark.length()),
                "Offered at "
                    + ContentHash.price(c.price())
                    + " "
                    + c.currency()
                    + ", under half the reference price of "
                    + ContentHash.price(ref.price())
                    + " "
                    + ref.currency()
                    + " for "
                    + ref.brand()
                    + (ref.product().isEmpty() ? "" : " " + ref.product())
                    + "."));
      }
    }
    return Optional.empty();
  }
}
