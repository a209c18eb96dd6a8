package com.clearmark.app.monitoring;

import com.clearmark.app.monitoring.ReferencePrices.ReferencePrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A capture offered at less than half the brand's reference price for a mark it names, in the same
 * currency, is a counterfeit cue: genuine goods are rarely sold that cheap. A mark is named when
 * its brand is, case aside and as whole words, in the brand field or at the start of the title, and
 * the reference price's product, when it has one, is in the title.
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
      // A reference price is for a product of the brand: a cheaper product of the same brand (a
      // bottle beside a jacket) is not sold below it, so a product named with the price must be
      // in the title too. Names match as whole words, so a short brand inside a longer word
      // ("LG" in "Bulgaria") is not taken for it.
      String product = ref.product().toLowerCase(Locale.ROOT).strip();
      if (!product.isEmpty() && wordAt(title, product) < 0) {
        continue;
      }
      // The listing must present the goods as the brand's: the brand field names it, or the title
      // opens with it. An accessory that names the brand later ("hip belt compatible with Altura
      // packs") is not the brand's product and is cheaper by nature.
      int inBrandAt = wordAt(brand, mark);
      boolean inBrand = inBrandAt >= 0;
      int at = inBrand ? inBrandAt : wordAt(title, mark) == 0 ? 0 : -1;
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

  /** Where {@code word} starts in {@code text} with no letter or digit either side, or -1. */
  static int wordAt(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return at;
      }
    }
    return -1;
  }
}
