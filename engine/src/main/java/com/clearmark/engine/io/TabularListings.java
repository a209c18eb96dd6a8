package com.clearmark.engine.io;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Listings from the delimited formats: the All Listings report, the category flat file and the
 * canonical CSV. Each format maps its own column names onto the listing fields.
 */
final class TabularListings implements ListingSource {
  private static final int FLAT_FILE_BULLETS = 5;
  private static final int FLAT_FILE_KEYWORD_COLUMNS = 5;
  private static final String AMAZON_ASIN_ID_TYPE = "1";

  private final ListingFormat format;
  private final Table table;
  private final Problems problems;

  TabularListings(ListingFormat format, Table table, Problems problems) {
    this.format = format;
    this.table = table;
    this.problems = problems;
  }

  @Override
  public Listing next() {
    Row row;
    while ((row = table.next()) != null) {
      try {
        return switch (format) {
          case ALL_LISTINGS_REPORT -> allListingsReport(row);
          case CATEGORY_FLAT_FILE -> categoryFlatFile(row);
          case CANONICAL_CSV -> canonical(row);
          case CANONICAL_JSONL -> throw new IllegalStateException("JSON lines are not tabular");
        };
      } catch (InvalidValue e) {
        problems.report(row.problem(e.field(), e.getMessage()));
      }
    }
    return null;
  }

  private static Listing allListingsReport(Row row) {
    String asin = row.get("asin1");
    if (asin.isEmpty() && row.get("product-id-type").equals(AMAZON_ASIN_ID_TYPE)) {
      asin = row.get("product-id");
    }
    return ListingSource.identified(
        start(row)
            .title(row.get("item-name"))
            .description(row.get("item-description"))
            .sku(row.get("seller-sku"))
            .asin(asin)
            .price(Prices.parseNonNegative("price", row.get("price")))
            .category(row.get("zshop-category1"))
            .build(),
        "item-name");
  }

  private static Listing categoryFlatFile(Row row) {
    List<String> bullets = new ArrayList<>();
    for (int i = 1; i <= FLAT_FILE_BULLETS; i++) {
      bullets.add(row.get("bullet_point" + i));
    }
    List<String> keywords = new ArrayList<>();
    keywords.add(row.get("generic_keywords"));
    for (int i = 1; i <= FLAT_FILE_KEYWORD_COLUMNS; i++) {
      keywords.add(row.get("generic_keywords" + i));
    }
    String category = row.get("feed_product_type");
    if (category.isEmpty()) {
      category = row.get("item_type");
    }
    String asin =
        row.get("external_product_id_type").equalsIgnoreCase("ASIN")
            ? row.get("external_product_id")
            : "";
    return ListingSource.identified(
        start(row)
            .brand(row.get("brand_name"))
            .title(row.get("item_name"))
            .sku(row.get("item_sku"))
            .asin(asin)
            .bulletPoints(bullets)
            .description(row.get("product_description"))
            .searchTerms(joinNonEmpty(keywords))
            .price(Prices.parseNonNegative("standard_price", row.get("standard_price")))
            .currency(row.get("currency"))
            .category(category)
            .build(),
        "item_name");
  }

  private static Listing canonical(Row row) {
    return ListingSource.identified(
        start(row)
            .sku(row.get("sku"))
            .asin(row.get("asin"))
            .title(row.get("title"))
            .brand(row.get("brand"))
            .bulletPoints(Arrays.asList(row.get("bullet_points").split("\\|")))
            .description(row.get("description"))
            .searchTerms(row.get("search_terms"))
            .price(Prices.parseNonNegative("price", row.get("price")))
            .currency(row.get("currency"))
            .category(row.get("category"))
            .marketplace(row.get("marketplace"))
            .images(ImageNames.ofCell(row.get("images")))
            .build(),
        "title");
  }

  private static Listing.Builder start(Row row) {
    return Listing.builder().row(row.number()).line(row.line());
  }

  private static String joinNonEmpty(List<String> parts) {
    return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
  }

  @Override
  public void close() {
    table.close();
  }
}
