package com.clearmark.engine.io;

import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A third-party listing as a crawler or connector captured it: the listing, its seller as the
 * marketplace shows them, the price and the moment of capture.
 *
 * <p>Validated on construction against the widths the service stores: a value that is missing when
 * required, too long, or malformed throws {@link InvalidField} naming the field, so a reader can
 * report it at its line and an API at its field. Text fields are stripped and never null.
 *
 * @param line the line of the file the listing starts on, or 0 when it did not come from a file
 * @param listingId the marketplace's own id of the listing: ASIN, eBay item number and the like
 * @param price the offered price, or null when the capture had none
 * @param currency a three-letter code in upper case, or empty
 * @param available false when the listing was found gone (taken down or ended)
 */
public record CapturedListing(
    long line,
    String marketplace,
    String listingId,
    String url,
    String sellerId,
    String sellerName,
    String sellerAddress,
    String sellerPhone,
    String sellerEmail,
    BigDecimal price,
    String currency,
    Instant capturedAt,
    boolean available,
    String title,
    String brand,
    List<String> bulletPoints,
    String description,
    String searchTerms,
    String category) {

  public static final int MAX_MARKETPLACE = 40;
  public static final int MAX_LISTING_ID = 100;
  public static final int MAX_URL = 2000;
  public static final int MAX_SELLER_ID = 100;
  public static final int MAX_SELLER_NAME = 300;
  public static final int MAX_SELLER_ADDRESS = 1000;
  public static final int MAX_SELLER_PHONE = 100;
  public static final int MAX_SELLER_EMAIL = 320;
  public static final int MAX_TITLE = 2000;
  public static final int MAX_BRAND = 500;

  /** The bullets joined with one separator each. */
  public static final int MAX_BULLET_POINTS = 20_000;

  public static final int MAX_DESCRIPTION = 50_000;
  public static final int MAX_SEARCH_TERMS = 5000;
  public static final int MAX_CATEGORY = 500;

  /** Digits before the decimal point of a price; two are allowed after it. */
  public static final int MAX_PRICE_DIGITS = 12;

  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

  /** A field of a captured listing that cannot be accepted. */
  public static final class InvalidField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidField(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    /** The field's name as files and the API spell it: {@code listing_id}, {@code seller_email}. */
    public String field() {
      return field;
    }

    /** The message without the field name in front. */
    public String reason() {
      return getMessage().substring(field.length() + 2);
    }
  }

  public CapturedListing {
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative");
    }
    marketplace = required("marketplace", marketplace, MAX_MARKETPLACE);
    listingId = required("listing_id", listingId, MAX_LISTING_ID);
    url = optional("url", url, MAX_URL);
    // The address becomes a link on case and notice pages: only a web address may.
    String scheme = url.toLowerCase(Locale.ROOT);
    if (!url.isEmpty() && !scheme.startsWith("https://") && !scheme.startsWith("http://")) {
      throw new InvalidField(
          "url", "\"" + url + "\" is not a web address; write one starting with https://");
    }
    sellerId = optional("seller_id", sellerId, MAX_SELLER_ID);
    sellerName = optional("seller_name", sellerName, MAX_SELLER_NAME);
    sellerAddress = optional("seller_address", sellerAddress, MAX_SELLER_ADDRESS);
    sellerPhone = optional("seller_phone", sellerPhone, MAX_SELLER_PHONE);
    sellerEmail = optional("seller_email", sellerEmail, MAX_SELLER_EMAIL);
    if (!sellerEmail.isEmpty() && !sellerEmail.matches("[^@\\s]+@[^@\\s]+")) {
      throw new InvalidField(
          "seller_email", "\"" + sellerEmail + "\" is not an email address such as a@b.example");
    }
    price = price(price);
    currency = optional("currency", currency, 8);
    if (!currency.isEmpty() && !CURRENCY.matcher(currency).matches()) {
      throw new InvalidField(
          "currency",
          "\"" + currency + "\" is not a currency code; write three letters such as EUR");
    }
    currency = currency.toUpperCase(Locale.ROOT);
    if (capturedAt == null) {
      throw new InvalidField("captured_at", "the capture time is missing");
    }
    title = required("title", title, MAX_TITLE);
    brand = optional("brand", brand, MAX_BRAND);
    bulletPoints =
        bulletPoints == null
            ? List.of()
            : bulletPoints.stream()
                .map(b -> b == null ? "" : b.strip())
                .filter(b -> !b.isEmpty())
                .toList();
    int bulletChars = 0;
    for (String bullet : bulletPoints) {
      bulletChars += bullet.length() + 1;
    }
    if (bulletChars - 1 > MAX_BULLET_POINTS) {
      throw new InvalidField(
          "bullet_points",
          "the bullet points have "
              + (bulletChars - 1)
              + " characters, more than "
              + MAX_BULLET_POINTS);
    }
    description = optional("description", description, MAX_DESCRIPTION);
    searchTerms = optional("search_terms", searchTerms, MAX_SEARCH_TERMS);
    category = optional("category", category, MAX_CATEGORY);
  }

  /**
   * The text a fingerprint signs: title, brand, bullets and description, one per line, in that
   * order.
   */
  public String text() {
    var sb = new StringBuilder(title);
    if (!brand.isEmpty()) {
      sb.append('\n').append(brand);
    }
    for (String bullet : bulletPoints) {
      sb.append('\n').append(bullet);
    }
    if (!description.isEmpty()) {
      sb.append('\n').append(description);
    }
    return sb.toString();
  }

  /** The listing as screening reads it; the listing id stands as its ASIN. */
  public Listing toListing(long row) {
    return Listing.builder()
        .row(row)
        .line(Math.max(1, line))
        .asin(listingId)
        .title(title)
        .brand(brand)
        .bulletPoints(bulletPoints)
        .description(description)
        .searchTerms(searchTerms)
        .price(price)
        .currency(currency)
        .category(category)
        .marketplace(marketplace)
        .build();
  }

  private static String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v.isEmpty()) {
      throw new InvalidField(field, "the " + field.replace('_', ' ') + " is missing");
    }
    return v;
  }

  private static String optional(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.length() > max) {
      throw new InvalidField(
          field, "the value has " + v.length() + " characters, more than the " + max + " allowed");
    }
    return v;
  }

  private static BigDecimal price(BigDecimal price) {
    if (price == null) {
      return null;
    }
    if (price.signum() < 0) {
      throw new InvalidField("price", "the price " + price.toPlainString() + " is negative");
    }
    BigDecimal p = price.stripTrailingZeros();
    if (p.scale() > 2) {
      throw new InvalidField(
          "price", "the price " + price.toPlainString() + " has more than two decimals");
    }
    if (p.precision() - p.scale() > MAX_PRICE_DIGITS) {
      throw new InvalidField("price", "the price " + price.toPlainString() + " is too large");
    }
    return Objects.requireNonNull(price);
  }
}
