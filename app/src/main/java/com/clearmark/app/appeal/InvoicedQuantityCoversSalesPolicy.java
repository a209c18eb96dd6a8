package com.clearmark.app.appeal;

import com.clearmark.app.sourcing.ProofOfSourceWindow;
import com.clearmark.app.sourcing.Sales;

/**
 * The units on invoices dated within the 365 days before the notice must at least match the units
 * sold in those 365 days; otherwise the appeal cannot show where the rest came from. Sales rows
 * that straddle the window count in proportion (see {@link Sales#unitsWithin}).
 */
final class InvoicedQuantityCoversSalesPolicy implements DocumentCheck {

  /** The days of sales, ending on the notice date, that the invoices must cover. */
  public static final int SALES_DAYS = ProofOfSourceWindow.DAYS;

  @Override
  public String code() {
    return "INVOICED_QUANTITY_COVERS_SALES";
  }

  @Override
  public String name() {
    return "Invoiced quantities cover the last " + SALES_DAYS + " days of sales";
  }

  @Override
  public CheckResult check(AppealCase appeal) {
    String product = appeal.product();
    long sold =
        appeal.sales().stream()
            .filter(s -> s.of(product) || (!appeal.sku().isEmpty() && s.of(appeal.sku())))
            .mapToLong(s -> s.unitsWithin(appeal.salesYearStart(), appeal.noticeDate()))
            .sum();
    long invoiced =
        appeal.invoicesWithinYear().stream()
            .mapToLong(
                i ->
                    Math.max(
                        i.unitsOf(product), appeal.sku().isEmpty() ? 0 : i.unitsOf(appeal.sku())))
            .sum();
    if (sold == 0) {
      return CheckResult.notApplicable(
          this,
          "No sales of "
              + product
              + " are recorded for the "
              + SALES_DAYS
              + " days before the notice.");
    }
    if (invoiced >= sold) {
      return CheckResult.pass(
          this,
          "Invoices cover "
              + invoiced
              + " units; "
              + sold
              + " were sold in the "
              + SALES_DAYS
              + " days before the notice.");
    }
    return CheckResult.fail(
        this,
        "Invoices cover "
            + invoiced
            + " of "
            + sold
            + " units sold in the "
            + SALES_DAYS
            + " days before the notice: "
            + (sold - invoiced)
            + " units short.");
  }
}
