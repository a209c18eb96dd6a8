package com.clearmark.app.appeal;

import com.clearmark.app.sourcing.Invoice;
import com.clearmark.app.sourcing.ProofOfSourceWindow;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * Marketplaces accept, as proof of source, invoices dated within the 365 days before the notice.
 * Passes when at least one invoice for the product falls in that window; otherwise names the newest
 * invoice and how old it was.
 */
final class InvoiceDatedWithinYearPolicy implements DocumentCheck {

  /** How old, in days, an invoice may be on the day of the notice. */
  public static final int MAX_AGE_DAYS = ProofOfSourceWindow.DAYS;

  @Override
  public String code() {
    return "INVOICE_DATED_WITHIN_YEAR";
  }

  @Override
  public String name() {
    return "Invoice dated within the " + MAX_AGE_DAYS + " days before the notice";
  }

  @Override
  public CheckResult check(AppealCase appeal) {
    var recent = appeal.invoicesWithinYear();
    if (!recent.isEmpty()) {
      Invoice newest = recent.stream().max(Comparator.comparing(Invoice::date)).orElseThrow();
      return CheckResult.pass(
          this,
          "Invoice "
              + newest.number()
              + " of "
              + newest.date()
              + " is "
              + ChronoUnit.DAYS.between(newest.date(), appeal.noticeDate())
              + " days before the notice of "
              + appeal.noticeDate()
              + ".");
    }
    var any = appeal.invoicesForProduct();
    if (any.isEmpty()) {
      return CheckResult.fail(
          this, "No invoice recorded covers " + appeal.product() + "; add the supplier invoice.");
    }
    var beforeNotice =
        any.stream()
            .filter(i -> !i.date().isAfter(appeal.noticeDate()))
            .max(Comparator.comparing(Invoice::date));
    if (beforeNotice.isEmpty()) {
      Invoice first = any.stream().min(Comparator.comparing(Invoice::date)).orElseThrow();
      return CheckResult.fail(
          this,
          "Invoice "
              + first.number()
              + " is dated "
              + first.date()
              + ", after the notice of "
              + appeal.noticeDate()
              + "; it cannot prove the source of goods sold before it.");
    }
    Invoice newest = beforeNotice.get();
    return CheckResult.fail(
        this,
        "The newest invoice for "
            + appeal.product()
            + ", "
            + newest.number()
            + " of "
            + newest.date()
            + ", is "
            + ChronoUnit.DAYS.between(newest.date(), appeal.noticeDate())
            + " days before the notice of "
            + appeal.noticeDate()
            + "; it must be at most "
            + MAX_AGE_DAYS
            + " days old.");
  }
}
