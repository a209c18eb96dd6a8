package com.clearmark.engine.io;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Listings given as the canonical format's named values by a columnar source, such as a Parquet
 * file read by Spark, checked by the same rules as a row of the canonical CSV: a price must be a
 * non-negative number, images are local names (at most {@value ImageNames#MAX_IMAGES}, never URLs),
 * and a listing needs a title, a SKU or an ASIN.
 *
 * <p>A value is a string, a list of strings (for {@code bullet_points} and {@code images}, which
 * may also be one string separated by {@code |} as in the CSV) or null for a missing column. A
 * value is bounded as a CSV cell is: at most {@value DelimitedRecords#MAX_FIELD_CHARS} characters,
 * a list's items counted together.
 */
public final class CanonicalRecords {

  /** The columns of the canonical format, in its order. */
  public static final List<String> COLUMNS =
      List.of(
          "sku",
          "asin",
          "title",
          "brand",
          "bullet_points",
          "description",
          "search_terms",
          "price",
          "currency",
          "category",
          "marketplace",
          "images");

  private CanonicalRecords() {}

  /** A value that cannot be used, naming its column. */
  public static final class InvalidRecord extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidRecord(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    /** The column whose value is refused. */
    public String field() {
      return field;
    }
  }

  /**
   * The listing at {@code row} whose values {@code value} gives by column name.
   *
   * @throws InvalidRecord when a value breaks the canonical format's rules
   */
  public static Listing listing(long row, long line, Function<String, Object> value) {
    try {
      return ListingSource.identified(
          Listing.builder()
              .row(row)
              .line(line)
              .sku(text(value, "sku"))
              .asin(text(value, "asin"))
              .title(text(value, "title"))
              .brand(text(value, "brand"))
              .bulletPoints(list(value, "bullet_points"))
              .description(text(value, "description"))
              .searchTerms(text(value, "search_terms"))
              .price(Prices.parseNonNegative("price", text(value, "price")))
              .currency(text(value, "currency"))
              .category(text(value, "category"))
              .marketplace(text(value, "marketplace"))
              .images(images(value.apply("images")))
              .build(),
          "title");
    } catch (InvalidValue e) {
      throw new InvalidRecord(e.field(), e.getMessage());
    }
  }

  private static String text(Function<String, Object> value, String column) {
    Object v = value.apply(column);
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return bounded(column, s.length(), s);
    }
    throw new InvalidValue(column, "expected text, got a list");
  }

  private static List<String> list(Function<String, Object> value, String column) {
    Object v = value.apply(column);
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      return Arrays.asList(bounded(column, s.length(), s).split("\\|"));
    }
    var out = new ArrayList<String>();
    long chars = 0;
    for (Object o : (List<?>) v) {
      if (o != null) {
        String item = o.toString();
        chars += item.length();
        bounded(column, chars, item);
        out.add(item);
      }
    }
    return out;
  }

  private static <T> T bounded(String column, long chars, T value) {
    if (chars > DelimitedRecords.MAX_FIELD_CHARS) {
      throw new InvalidValue(
          column,
          "has more than "
              + DelimitedRecords.MAX_FIELD_CHARS
              + " characters, more than a CSV cell may hold");
    }
    return value;
  }

  private static List<String> images(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      return ImageNames.ofCell(bounded(ImageNames.FIELD, s.length(), s));
    }
    var names = new ArrayList<String>();
    for (Object o : (List<?>) v) {
      if (o != null) {
        ImageNames.add(names, o.toString());
      }
    }
    return names;
  }
}
