package com.clearmark.app.sourcing;

import com.clearmark.app.shared.Amounts;
import com.clearmark.app.shared.Asin;
import com.clearmark.app.shared.FieldLimits;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One line of a supplier invoice.
 *
 * <p>The constructor holds what every stored line satisfies, so lines recorded before the ASIN
 * became a checked value still read back. A line entered now goes through {@link #entered}, which
 * also requires the ASIN to be one ({@link Asin}), as complaints and notifications do.
 *
 * @param asin the ASIN as stored, upper case, or empty when the line names only a SKU
 * @param unitPrice the price per unit, or null when the invoice shows none
 */
public record InvoiceLine(
    String brand, String product, String asin, String sku, long quantity, BigDecimal unitPrice) {

  public InvoiceLine {
    brand = brand == null ? "" : brand.strip();
    product = product == null ? "" : product.strip();
    asin = asin == null ? "" : asin.strip().toUpperCase(Locale.ROOT);
    sku = sku == null ? "" : sku.strip();
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be 1 or more, got " + quantity);
    }
    if (asin.isEmpty() && sku.isEmpty()) {
      throw new IllegalArgumentException("an invoice line needs an ASIN or a SKU");
    }
    tooLong("brand", brand, FieldLimits.INVOICE_BRAND);
    tooLong("product", product, FieldLimits.INVOICE_PRODUCT);
    tooLong("ASIN", asin, FieldLimits.ASIN);
    tooLong("SKU", sku, FieldLimits.SKU);
    if (unitPrice != null && !Amounts.fits(unitPrice, 2)) {
      // Never toPlainString here: for such a value it would build a string of billions of digits.
      throw new IllegalArgumentException(
          "the unit price does not fit: at most "
              + Amounts.WHOLE_DIGITS
              + " digits before the point and 2 after");
    }
    if (unitPrice != null && unitPrice.signum() < 0) {
      throw new IllegalArgumentException("unit price must not be negative");
    }
  }

  /**
   * A line as a person enters it: the checks of the constructor, and an ASIN, when given, must be
   * 10 letters and digits.
   *
   * @throws IllegalArgumentException naming the field, as the constructor does
   */
  public static InvoiceLine entered(
      String brand, String product, String asin, String sku, long quantity, BigDecimal unitPrice) {
    var line = new InvoiceLine(brand, product, asin, sku, quantity, unitPrice);
    if (!line.asin().isEmpty() && !Asin.isValid(line.asin())) {
      throw new IllegalArgumentException(
          "ASIN: \"" + line.asin() + "\" is not an ASIN (10 letters and digits)");
    }
    return line;
  }

  private static void tooLong(String field, String value, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          field + ": at most " + max + " characters, got " + value.length());
    }
  }

  public boolean covers(String asinOrSku) {
    return asin.equalsIgnoreCase(asinOrSku) || sku.equals(asinOrSku);
  }
}
