package com.clearmark.app.monitoring;

import com.clearmark.app.shared.Amounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a capture must have and the most each field may hold, as the monitoring tables store it. A
 * field over its limit is refused with its name, never cut: a snapshot is evidence and must be what
 * was captured.
 */
final class CaptureLimits {

  /** The most listings one API request may carry. */
  static final int BATCH = 1000;

  private record Field(String name, int max, Function<ListingCapture, String> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("marketplace", 40, ListingCapture::marketplace),
          new Field("listing_id", 100, ListingCapture::listingId),
          new Field("url", 2000, ListingCapture::url),
          new Field("seller_id", 100, ListingCapture::sellerId),
          new Field("seller_name", 300, ListingCapture::sellerName),
          new Field("seller_address", 1000, ListingCapture::sellerAddress),
          new Field("seller_phone", 100, ListingCapture::sellerPhone),
          new Field("seller_email", 320, ListingCapture::sellerEmail),
          new Field("currency", 8, ListingCapture::currency),
          new Field("title", 2000, ListingCapture::title),
          new Field("brand", 500, ListingCapture::brand),
          new Field("bullet_points", 20_000, ListingCapture::bulletText),
          new Field("description", 50_000, ListingCapture::description),
          new Field("search_terms", 5000, ListingCapture::searchTerms),
          new Field("category", 500, ListingCapture::category));

  private CaptureLimits() {}

  /** The row's problems by field, in field order; empty when it can be stored as it is. */
  static Map<String, String> problems(ListingCapture c) {
    Map<String, String> out = new LinkedHashMap<>();
    if (c.marketplace().isEmpty()) {
      out.put("marketplace", "say which marketplace the listing was captured on");
    }
    if (c.listingId().isEmpty()) {
      out.put("listing_id", "a captured listing needs its marketplace id (ASIN, item number...)");
    }
    for (Field f : FIELDS) {
      int length = f.value().apply(c).length();
      if (length > f.max()) {
        out.put(f.name(), "at most " + f.max() + " characters, got " + length);
      }
    }
    var price = c.price();
    if (price != null && price.signum() < 0) {
      out.put("price", "must not be negative, got " + price.toPlainString());
    } else if (price != null && price.precision() - (long) price.scale() > Amounts.WHOLE_DIGITS) {
      out.put("price", "at most 999999999999.99, got " + price.toEngineeringString());
    }
    return out;
  }
}
