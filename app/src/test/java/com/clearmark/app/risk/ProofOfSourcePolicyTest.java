package com.clearmark.app.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.appeal.AppealCase;
import com.clearmark.app.appeal.EvidenceFile;
import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.sourcing.Invoice;
import com.clearmark.app.sourcing.InvoiceLine;
import com.clearmark.app.sourcing.Sales;
import com.clearmark.app.sourcing.Supplier;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProofOfSourcePolicyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final String ASIN = "B0RUNSHOE1";

  static final Supplier WHOLESALER =
      new Supplier(
          1,
          "Evergreen Wholesale Ltd",
          "12 Dock Road, Leeds",
          "+44 113 496 0000",
          "orders@evergreen.example",
          "https://evergreen.example");

  static Invoice invoice(String number, LocalDate date, long units, Supplier from, String file) {
    return new Invoice(
        1,
        number,
        date,
        from,
        List.of(new InvoiceLine("Nike", "Pegasus 41", ASIN, "", units, null)),
        file,
        file.isEmpty() ? "" : file.substring(file.lastIndexOf('.') + 1));
  }

  static Sales soldThisYear(long units) {
    return new Sales(ASIN, "", TODAY.minusDays(200), TODAY.minusDays(1), units);
  }

  static Authorization letterFromNike(LocalDate from, LocalDate to) {
    return new Authorization(
        1, "LETTER", "Nike Inc.", Set.of("Nike"), Set.of(), Set.of(), Set.of(), from, to);
  }

  static AppealCase today(List<Invoice> invoices, List<Sales> sales, List<Authorization> auths) {
    var files =
        invoices.stream()
            .filter(i -> !i.documentType().isEmpty())
            .map(i -> new EvidenceFile(i.documentName(), i.documentType()))
            .toList();
    return new AppealCase(
        ComplaintType.COUNTERFEIT,
        TODAY,
        ASIN,
        "SHOE-41",
        "Nike",
        "US",
        invoices,
        sales,
        auths,
        files,
        true);
  }

  @Test
  void aResoldBrandWithNoInvoiceIsAtRisk() {
    var exposure =
        ProofOfSourcePolicy.judge(today(List.of(), List.of(soldThisYear(40)), List.of()));

    assertThat(exposure.atRisk()).isTrue();
    assertThat(exposure.reasons()).singleElement().asString().contains("No invoice", ASIN);
  }

  @Test
  void aRecentInvoiceCoveringTheSalesFromAFullyListedSupplierDefendsTheListing() {
    var invoice = invoice("EW-2026-118", TODAY.minusDays(120), 100, WHOLESALER, "EW-2026-118.pdf");

    var exposure =
        ProofOfSourcePolicy.judge(today(List.of(invoice), List.of(soldThisYear(80)), List.of()));

    assertThat(exposure.atRisk()).isFalse();
    assertThat(exposure.reasons()).singleElement().asString().contains("EW-2026-118");
  }

  @Test
  void anInvoice366DaysOldLeavesTheListingAtRisk() {
    var old = invoice("EW-2025-004", TODAY.minusDays(366), 500, WHOLESALER, "EW-2025-004.pdf");

    var exposure =
        ProofOfSourcePolicy.judge(today(List.of(old), List.of(soldThisYear(80)), List.of()));

    assertThat(exposure.atRisk()).isTrue();
    assertThat(exposure.reasons()).singleElement().asString().contains("EW-2025-004");
  }

  @Test
  void invoicesCovering90Of100UnitsSoldNameTheShortfall() {
    var invoice = invoice("EW-2026-118", TODAY.minusDays(120), 90, WHOLESALER, "EW-2026-118.pdf");

    var exposure =
        ProofOfSourcePolicy.judge(today(List.of(invoice), List.of(soldThisYear(100)), List.of()));

    assertThat(exposure.atRisk()).isTrue();
    assertThat(exposure.reasons())
        .singleElement()
        .asString()
        .contains("90 of 100 units", "10 units short");
  }

  @Test
  void anInvoiceWithoutItsFileOrFromASupplierWithoutAPhoneGivesBothReasons() {
    var noPhone =
        new Supplier(
            2, "Quickship Traders", "Unit 4, Harbour Estate", "", "sales@quick.example", "");
    var invoice = invoice("QS-77", TODAY.minusDays(30), 100, noPhone, "");

    var exposure =
        ProofOfSourcePolicy.judge(today(List.of(invoice), List.of(soldThisYear(50)), List.of()));

    assertThat(exposure.atRisk()).isTrue();
    assertThat(exposure.reasons()).hasSize(2);
    assertThat(String.join(" ", exposure.reasons()))
        .contains("Quickship Traders", "phone", "No document is attached");
  }

  @Test
  void aLetterOfAuthorizationValidTodayDefendsTheListingWithoutInvoices() {
    var exposure =
        ProofOfSourcePolicy.judge(
            today(
                List.of(),
                List.of(soldThisYear(300)),
                List.of(letterFromNike(TODAY.minusDays(100), TODAY.plusDays(200)))));

    assertThat(exposure.atRisk()).isFalse();
    assertThat(exposure.reasons()).singleElement().asString().contains("Nike Inc.");
  }

  @Test
  void anExpiredLetterIsNamedBeforeTheMissingInvoice() {
    var exposure =
        ProofOfSourcePolicy.judge(
            today(
                List.of(),
                List.of(soldThisYear(10)),
                List.of(letterFromNike(TODAY.minusDays(400), TODAY.minusDays(2)))));

    assertThat(exposure.atRisk()).isTrue();
    assertThat(exposure.reasons()).hasSize(2);
    assertThat(exposure.reasons().get(0)).contains("expired on " + TODAY.minusDays(2));
    assertThat(exposure.reasons().get(1)).contains("No invoice");
  }
}
