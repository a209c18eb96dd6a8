package com.clearmark.app.appeal;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.sourcing.Invoice;
import com.clearmark.app.sourcing.ProofOfSourceWindow;
import com.clearmark.app.sourcing.Sales;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an appeal for one product of a complaint rests on: the notice, the product, and the evidence
 * recorded for it.
 *
 * @param noticeDate the day the marketplace's notice was sent
 * @param pdfAccepted whether the appeal form takes PDF files (most do; some take images only)
 */
public record AppealCase(
    ComplaintType type,
    LocalDate noticeDate,
    String asin,
    String sku,
    String brand,
    String marketplace,
    List<Invoice> invoices,
    List<Sales> sales,
    List<Authorization> authorizations,
    List<EvidenceFile> files,
    boolean pdfAccepted) {

  public AppealCase {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(noticeDate, "noticeDate");
    asin = asin == null ? "" : asin.strip().toUpperCase(Locale.ROOT);
    sku = sku == null ? "" : sku.strip();
    brand = brand == null ? "" : brand.strip();
    marketplace = marketplace == null ? "" : marketplace.strip();
    invoices = List.copyOf(invoices);
    sales = List.copyOf(sales);
    authorizations = List.copyOf(authorizations);
    files = List.copyOf(files);
  }

  /** The product key invoices and sales are matched on: the ASIN, or the SKU when there is none. */
  public String product() {
    return asin.isEmpty() ? sku : asin;
  }

  /** The first day of the 365 days of sales that end on the notice date. */
  public LocalDate salesYearStart() {
    return ProofOfSourceWindow.salesFrom(noticeDate);
  }

  /** The oldest invoice date accepted: 365 days before the notice. */
  public LocalDate oldestInvoiceDate() {
    return ProofOfSourceWindow.oldestInvoiceDate(noticeDate);
  }

  /** Invoices for this product dated within the 365 days up to the notice. */
  public List<Invoice> invoicesWithinYear() {
    return invoices.stream()
        .filter(i -> i.covers(product()) || (!sku.isEmpty() && i.covers(sku)))
        .filter(i -> !i.date().isBefore(oldestInvoiceDate()) && !i.date().isAfter(noticeDate))
        .toList();
  }

  public List<Invoice> invoicesForProduct() {
    return invoices.stream()
        .filter(i -> i.covers(product()) || (!sku.isEmpty() && i.covers(sku)))
        .toList();
  }
}
