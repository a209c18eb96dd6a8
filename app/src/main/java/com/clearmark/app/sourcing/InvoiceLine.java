package com.clearmark.app.sourcing;

import com.clearmark.app.shared.FieldLimits;
import java.math.BigDecimal;

/**
 * One line of a supplier invoice.
 *
 * @param unitPrice the price per unit, or null when the invoice shows none
 */
public record InvoiceLine(
    String brand, String product, String asin, String sku, long quantity, BigDecimal unitPrice) {

  public InvoiceLine {
    brand = brand == null ? "" : brand.strip();
    product = product == null ? "" : product.strip();
    asin = asin == null ? "" : asin.strip().toUpperCase(java.util.Locale.ROOT);
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
    if (unitPrice != null && !com.clearmark.app.shared.Amounts.fits(unitPrice, 2)) {
      // Never toPlainString here: for such a value it would build a string of billions of digits.
      throw new IllegalArgumentException(
          "the unit price does not fit: at most 12 digits before the point and 2 after");
    }
    if (unitPrice != null && unitPrice.signum() < 0) {
      throw new IllegalArgumentException("unit price must not be negative");
    }
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
