package com.clearmark.engine.io;

import com.clearmark.engine.context.ReferencePrice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the typical prices of brands, or of single products, from a UTF-8 CSV file.
 *
 * <p>The header needs {@code brand} and {@code price} columns; optional are {@code product} (words
 * that identify the product in a title) and {@code currency} (a three-letter ISO 4217 code). A row
 * with an empty brand, or a price that is missing, not a number or not more than zero, is an {@link
 * InputProblem} naming its line and column.
 */
public final class ReferencePriceReader {
  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

  private ReferencePriceReader() {}

  /**
   * Reads the reference-price file.
   *
   * @param strict whether a malformed row stops the reading instead of being skipped
   * @param problems receives the malformed rows when reading leniently
   * @throws InputException when the file is missing, unreadable, empty or lacks a required column
   */
  public static List<ReferencePrice> read(
      Path file, boolean strict, Consumer<InputProblem> problems) {
    return Table.readCsv(
        InputFile.of(file),
        new Problems(strict, problems),
        List.of("brand", "price"),
        ReferencePriceReader::referencePriceOf);
  }

  private static ReferencePrice referencePriceOf(Row row) {
    String brand = row.get("brand");
    if (brand.isEmpty()) {
      throw new InvalidValue("brand", "the brand is empty");
    }
    BigDecimal price = Prices.parse("price", row.get("price"));
    if (price == null) {
      throw new InvalidValue("price", "the price is empty");
    }
    if (price.signum() <= 0) {
      throw new InvalidValue(
          "price", "the price " + price.toPlainString() + " is not more than zero");
    }
    String currency = row.get("currency");
    if (!currency.isEmpty() && !CURRENCY.matcher(currency).matches()) {
      throw new InvalidValue(
          "currency",
          "\"" + currency + "\" is not a currency code; write three letters such as EUR");
    }
    return new ReferencePrice(brand, row.get("product"), price, currency);
  }
}
