package com.clearmark.app.sourcing;

import java.util.stream.Stream;

/** One line of the invoice form as typed; numbers are read by {@link InvoiceEntry#toForm}. */
record LineEntry(
    String brand, String product, String asin, String sku, String quantity, String unitPrice) {

  static LineEntry blank() {
    return new LineEntry("", "", "", "", "", "");
  }

  boolean isBlank() {
    return Stream.of(brand, product, asin, sku, quantity, unitPrice)
        .allMatch(s -> text(s).isEmpty());
  }

  static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
