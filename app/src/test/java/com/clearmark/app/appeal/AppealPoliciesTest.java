package com.clearmark.app.appeal;

import static com.clearmark.app.appeal.Cases.NOTICE;
import static com.clearmark.app.appeal.Cases.counterfeitComplaint;
import static com.clearmark.app.appeal.Cases.evergreenWholesale;
import static com.clearmark.app.appeal.Cases.invoice;
import static com.clearmark.app.appeal.Cases.letterOfAuthorization;
import static com.clearmark.app.appeal.Cases.soldInMonth;
import static com.clearmark.app.appeal.Cases.supplierHidingPhoneAndWebsite;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppealPoliciesTest {

  @Nested
  class InvoiceDatedWithinYear {
    final InvoiceDatedWithinYearPolicy policy = new InvoiceDatedWithinYearPolicy();

    @Test
    void anInvoiceFrom365DaysBeforeTheNoticeCounts() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-2025-118", NOTICE.minusDays(365), evergreenWholesale(), 200))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anInvoice366DaysOldFailsAndSaysHowOldItIs() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-2025-117", NOTICE.minusDays(366), evergreenWholesale(), 200))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
      assertThat(result.reason())
          .contains("INV-2025-117")
          .contains("366 days")
          .contains("at most 365");
    }

    @Test
    void anInvoiceDatedAfterTheNoticeCannotProveEarlierSales() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-2026-301", NOTICE.plusDays(3), evergreenWholesale(), 200))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
      assertThat(result.reason()).contains("after the notice");
    }

    @Test
    void noInvoiceForTheProductFails() {
      assertThat(policy.check(counterfeitComplaint().build()).reason())
          .contains("No invoice recorded covers B0CHARGER1");
    }
  }

  @Nested
  class InvoicedQuantityCoversSales {
    final InvoicedQuantityCoversSalesPolicy policy = new InvoicedQuantityCoversSalesPolicy();

    @Test
    void invoicesFor90Of100UnitsSoldFailWithTheShortfall() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-1", LocalDate.of(2026, 3, 10), evergreenWholesale(), 90))
                  .sold(soldInMonth(2026, 4, 60))
                  .sold(soldInMonth(2026, 7, 40))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
      assertThat(result.reason())
          .isEqualTo(
              "Invoices cover 90 of 100 units sold in the 365 days before the notice: 10 units short.");
    }

    @Test
    void invoicesForAtLeastTheUnitsSoldPass() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-1", LocalDate.of(2026, 3, 10), evergreenWholesale(), 60))
                  .with(invoice("INV-2", LocalDate.of(2026, 6, 2), evergreenWholesale(), 50))
                  .sold(soldInMonth(2026, 4, 60))
                  .sold(soldInMonth(2026, 7, 40))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void salesOutsideTheYearDoNotCountAndAMonthStraddlingItCountsInProportion() {
      // October 2025 has 31 days; the window starts on 2025-10-03, so 29 of them are inside.
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-1", LocalDate.of(2026, 1, 5), evergreenWholesale(), 29))
                  .sold(soldInMonth(2025, 9, 500))
                  .sold(soldInMonth(2025, 10, 31))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.PASS);
      assertThat(result.reason()).contains("29 were sold");
    }

    @Test
    void invoicesOlderThanAYearDoNotCoverRecentSales() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-OLD", NOTICE.minusDays(400), evergreenWholesale(), 1000))
                  .sold(soldInMonth(2026, 5, 10))
                  .build());
      assertThat(result.reason()).contains("Invoices cover 0 of 10 units");
    }
  }

  @Nested
  class SupplierContactDetails {
    final SupplierContactDetailsPolicy policy = new SupplierContactDetailsPolicy();

    @Test
    void aSupplierWithEveryDetailPasses() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-1", NOTICE.minusDays(30), evergreenWholesale(), 5))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aSupplierHidingItsPhoneAndWebsiteFailsNamingWhatIsMissing() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .with(invoice("INV-9", NOTICE.minusDays(30), supplierHidingPhoneAndWebsite(), 5))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
      assertThat(result.reason()).isEqualTo("Quiet Trading Co has no phone number, website.");
    }
  }

  @Nested
  class AcceptedFileType {
    final AcceptedFileTypePolicy policy = new AcceptedFileTypePolicy();

    @Test
    void pdfAndImagesPassWherePdfIsAccepted() {
      var result =
          policy.check(
              counterfeitComplaint().file("invoice.pdf", "pdf").file("label.png", "png").build());
      assertThat(result.status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aPdfFailsOnAFormThatTakesImagesOnly() {
      var result =
          policy.check(counterfeitComplaint().file("invoice.pdf", "pdf").imagesOnly().build());
      assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
      assertThat(result.reason())
          .contains("invoice.pdf (pdf)")
          .contains("use JPEG, GIF, PNG or TIFF");
    }

    @Test
    void aWordDocumentRenamedToPdfIsJudgedByItsContent() {
      var result = policy.check(counterfeitComplaint().file("invoice.pdf", "docx").build());
      assertThat(result.reason()).contains("invoice.pdf (docx)");
    }
  }

  @Nested
  class AuthorizationValid {
    final AuthorizationValidPolicy policy = new AuthorizationValidPolicy();

    @Test
    void aLetterValidOnTheNoticeDateAndListingTheAsinPasses() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .authorizedBy(
                      letterOfAuthorization(
                          LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "B0CHARGER1"))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aLetterThatExpiredBeforeTheNoticeFails() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .authorizedBy(
                      letterOfAuthorization(
                          LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 30), "B0CHARGER1"))
                  .build());
      assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
      assertThat(result.reason()).contains("expired on 2026-09-30");
    }

    @Test
    void aLetterForOtherAsinsFails() {
      var result =
          policy.check(
              counterfeitComplaint()
                  .authorizedBy(letterOfAuthorization(LocalDate.of(2026, 1, 1), null, "B0OTHER001"))
                  .build());
      assertThat(result.reason()).contains("does not list B0CHARGER1 on US");
    }

    @Test
    void withoutAnAuthorizationForTheBrandTheCheckDoesNotApply() {
      assertThat(policy.check(counterfeitComplaint().build()).status())
          .isEqualTo(CheckStatus.NOT_APPLICABLE);
    }
  }

  @Test
  void aWellDocumentedAppealIsReadyToSend() {
    var results =
        AppealChecks.run(
            counterfeitComplaint()
                .with(invoice("INV-1", NOTICE.minusDays(100), evergreenWholesale(), 150))
                .sold(soldInMonth(2026, 7, 120))
                .build());
    assertThat(AppealChecks.ready(results)).isTrue();
    assertThat(results).hasSize(5);
  }
}
