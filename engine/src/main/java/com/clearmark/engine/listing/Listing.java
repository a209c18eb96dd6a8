package com.clearmark.engine.listing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One marketplace listing in the canonical shape every input format is read into.
 *
 * <p>Text fields are never null: a field the source did not have is the empty string.
 *
 * @param row the 1-based position of the listing in its source, used as its id when it has no SKU
 *     or ASIN
 * @param line the 1-based line in the source file where the listing starts, for messages
 * @param price the offered price, or null when the source has none
 * @param images the listing's images as local file names or paths, in the order given; never
 *     fetched from the internet
 */
public record Listing(
    long row,
    long line,
    String sku,
    String asin,
    String title,
    String brand,
    List<String> bulletPoints,
    String description,
    String searchTerms,
    BigDecimal price,
    String currency,
    String category,
    String marketplace,
    List<String> images) {

  public Listing {
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1 or more, got " + row);
    }
    sku = clean(sku);
    asin = clean(asin);
    title = clean(title);
    brand = clean(brand);
    bulletPoints =
        bulletPoints == null
            ? List.of()
            : bulletPoints.stream().map(Listing::clean).filter(b -> !b.isEmpty()).toList();
    description = clean(description);
    searchTerms = clean(searchTerms);
    if (price != null && price.signum() < 0) {
      throw new IllegalArgumentException("price must not be negative, got " + price);
    }
    currency = clean(currency);
    category = clean(category);
    marketplace = clean(marketplace);
    images =
        images == null
            ? List.of()
            : images.stream().map(Listing::clean).filter(i -> !i.isEmpty()).toList();
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }

  /** The SKU when there is one, else the ASIN, else the row number. */
  public String id() {
    if (!sku.isEmpty()) {
      return sku;
    }
    if (!asin.isEmpty()) {
      return asin;
    }
    return Long.toString(row);
  }

  /** The text of a field; for {@link ListingField#BULLET_POINT} the bullet at {@code index}. */
  public String text(ListingField field, int index) {
    Objects.requireNonNull(field);
    return switch (field) {
      case TITLE -> title;
      case BRAND -> brand;
      case BULLET_POINT -> bulletPoints.get(index);
      case DESCRIPTION -> description;
      case SEARCH_TERMS -> searchTerms;
    };
  }

  /** A builder for tests and for readers that fill fields one at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private long row = 1;
    private long line = 1;
    private String sku;
    private String asin;
    private String title;
    private String brand;
    private List<String> bulletPoints = List.of();
    private String description;
    private String searchTerms;
    private BigDecimal price;
    private String currency;
    private String category;
    private String marketplace;
    private List<String> images = List.of();

    private Builder() {}

    public Builder row(long row) {
      this.row = row;
      return this;
    }

    public Builder line(long line) {
      this.line = line;
      return this;
    }

    public Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    public Builder asin(String asin) {
      this.asin = asin;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder brand(String brand) {
      this.brand = brand;
      return this;
    }

    public Builder bulletPoints(List<String> bulletPoints) {
      this.bulletPoints = bulletPoints;
      return this;
    }

    public Builder bulletPoints(String... bulletPoints) {
      this.bulletPoints = List.of(bulletPoints);
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder searchTerms(String searchTerms) {
      this.searchTerms = searchTerms;
      return this;
    }

    public Builder price(BigDecimal price) {
      this.price = price;
      return this;
    }

    public Builder price(String price) {
      this.price = price == null ? null : new BigDecimal(price);
      return this;
    }

    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder marketplace(String marketplace) {
      this.marketplace = marketplace;
      return this;
    }

    public Builder images(List<String> images) {
      this.images = images;
      return this;
    }

    public Builder images(String... images) {
      this.images = List.of(images);
      return this;
    }

    public Listing build() {
      return new Listing(
          row,
          line,
          sku,
          asin,
          title,
          brand,
          bulletPoints,
          description,
          searchTerms,
          price,
          currency,
          category,
          marketplace,
          images);
    }
  }
}
