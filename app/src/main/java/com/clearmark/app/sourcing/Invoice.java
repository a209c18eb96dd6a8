package com.clearmark.app.sourcing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A supplier invoice: the seller's proof that goods came from a legitimate source.
 *
 * @param documentType the type of the attached file as read from its content (for example {@code
 *     pdf} or {@code jpeg}), or empty when no file is attached
 */
public record Invoice(
    long id,
    String number,
    LocalDate date,
    Supplier supplier,
    List<InvoiceLine> lines,
    String documentName,
    String documentType) {

  public Invoice {
    Objects.requireNonNull(number, "number");
    number = number.strip();
    if (number.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs its number");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(supplier, "supplier");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one line");
    }
    documentName = documentName == null ? "" : documentName;
    documentType = documentType == null ? "" : documentType;
  }

  /** Units of a product (by ASIN or SKU) this invoice covers. */
  public long unitsOf(String asinOrSku) {
    return lines.stream().filter(l -> l.covers(asinOrSku)).mapToLong(InvoiceLine::quantity).sum();
  }

  public boolean covers(String asinOrSku) {
    return unitsOf(asinOrSku) > 0;
  }
}
