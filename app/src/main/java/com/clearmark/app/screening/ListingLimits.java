package com.clearmark.app.screening;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.engine.listing.Listing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The length limits of a listing's fields ({@link FieldLimits}), checked on the listing as it would
 * be stored, so that what is screened is exactly what is kept: a listing over a limit is refused,
 * never cut.
 */
public final class ListingLimits {

  /** How bullet points are kept: one a line, a line break inside one read as a space. */
  public static final String BULLET_SEPARATOR = "\n";

  private record Field(String apiName, String fileName, int max, Function<Listing, String> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("sku", "sku", FieldLimits.SKU, Listing::sku),
          new Field("asin", "asin", FieldLimits.ASIN, Listing::asin),
          new Field("title", "title", FieldLimits.TITLE, Listing::title),
          new Field("brand", "brand", FieldLimits.BRAND, Listing::brand),
          new Field(
              "bulletPoints", "bullet_points", FieldLimits.BULLET_POINTS, ListingLimits::bullets),
          new Field("description", "description", FieldLimits.DESCRIPTION, Listing::description),
          new Field("searchTerms", "search_terms", FieldLimits.SEARCH_TERMS, Listing::searchTerms),
          new Field("currency", "currency", FieldLimits.CURRENCY, Listing::currency),
          new Field("category", "category", FieldLimits.CATEGORY, Listing::category),
          new Field("marketplace", "marketplace", FieldLimits.MARKETPLACE, Listing::marketplace));

  private ListingLimits() {}

  /** The bullet points as one stored text. */
  public static String bullets(Listing l) {
    return String.join(
        BULLET_SEPARATOR, l.bulletPoints().stream().map(b -> b.replace('\n', ' ')).toList());
  }

  /**
   * The fields over their limit, by their name in the API ({@code searchTerms}), in field order.
   */
  public static Map<String, String> apiProblems(Listing l) {
    return problems(l, true);
  }

  /** The fields over their limit, by their name in files ({@code search_terms}), in field order. */
  public static Map<String, String> fileProblems(Listing l) {
    return problems(l, false);
  }

  private static Map<String, String> problems(Listing l, boolean api) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Field f : FIELDS) {
      int length = f.value().apply(l).length();
      if (length > f.max()) {
        out.put(
            api ? f.apiName() : f.fileName(), "at most " + f.max() + " characters, got " + length);
      }
    }
    return out;
  }
}
