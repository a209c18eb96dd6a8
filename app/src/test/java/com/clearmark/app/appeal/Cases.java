package com.clearmark.app.appeal;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.sourcing.Invoice;
import com.clearmark.app.sourcing.InvoiceLine;
import com.clearmark.app.sourcing.Sales;
import com.clearmark.app.sourcing.Supplier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Appeal cases that read like the ones sellers bring: a notice, a product, their evidence. */
final class Cases {

  static final LocalDate NOTICE = LocalDate.of(2026, 10, 2);
  static final String ASIN = "B0CHARGER1";

  static Supplier evergreenWholesale() {
    return new Supplier(
        1,
        "Evergreen Wholesale Ltd",
        "12 Dock Road, Leeds LS1 4AB",
        "+44 113 496 0000",
        "orders@evergreen.example",
        "https://evergreen.example");
  }

  static Supplier supplierHidingPhoneAndWebsite() {
    return new Supplier(
        2, "Quiet Trading Co", "3 Mill Lane, Bristol", "", "sales@quiet.example", "");
  }

  static Invoice invoice(String number, LocalDate date, Supplier supplier, long units) {
    return new Invoice(
        0,
        number,
        date,
        supplier,
        List.of(
            new InvoiceLine(
                "Zorvix", "65W charger", ASIN, "ZV-1001", units, new BigDecimal("11.50"))),
        number + ".pdf",
        "pdf");
  }

  static Sales soldInMonth(int year, int month, long units) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new Sales(ASIN, "ZV-1001", first, first.plusMonths(1).minusDays(1), units);
  }

  static Authorization letterOfAuthorization(LocalDate from, LocalDate to, String... asins) {
    return new Authorization(
        0,
        "Letter of authorization",
        "Zorvix Electronics",
        Set.of("Zorvix"),
        Set.of("US"),
        Set.of(asins),
        Set.of(),
        from,
        to);
  }

  /** A counterfeit complaint about the charger, with evidence added by the test. */
  static final class Case {
    ComplaintType type = ComplaintType.COUNTERFEIT;
    final List<Invoice> invoices = new ArrayList<>();
    final List<Sales> sales = new ArrayList<>();
    final List<Authorization> authorizations = new ArrayList<>();
    final List<EvidenceFile> files = new ArrayList<>();
    boolean pdfAccepted = true;

    Case with(Invoice i) {
      invoices.add(i);
      files.add(new EvidenceFile(i.documentName(), i.documentType()));
      return this;
    }

    Case sold(Sales s) {
      sales.add(s);
      return this;
    }

    Case authorizedBy(Authorization a) {
      authorizations.add(a);
      return this;
    }

    Case file(String name, String type) {
      files.add(new EvidenceFile(name, type));
      return this;
    }

    Case imagesOnly() {
      pdfAccepted = false;
      return this;
    }

    AppealCase build() {
      return new AppealCase(
          type,
          NOTICE,
          ASIN,
          "ZV-1001",
          "Zorvix",
          "US",
          invoices,
          sales,
          authorizations,
          files,
          pdfAccepted);
    }
  }

  static Case counterfeitComplaint() {
    return new Case();
  }

  private Cases() {}
}
