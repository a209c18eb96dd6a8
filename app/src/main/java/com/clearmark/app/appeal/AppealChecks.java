package com.clearmark.app.appeal;

import java.util.List;
import java.util.Optional;

/** Every document check an appeal runs, in the order a reviewer reads them. */
public final class AppealChecks {

  /** An invoice dated within the 365 days before the notice. */
  public static final DocumentCheck INVOICE_DATED_WITHIN_YEAR = new InvoiceDatedWithinYearPolicy();

  /** The invoiced quantities cover the units sold in those days. */
  public static final DocumentCheck INVOICED_QUANTITY_COVERS_SALES =
      new InvoicedQuantityCoversSalesPolicy();

  /** The supplier's name, address, phone, email and website are on record. */
  public static final DocumentCheck SUPPLIER_CONTACT_DETAILS = new SupplierContactDetailsPolicy();

  /** The invoices are attached as files an appeal form accepts. */
  public static final DocumentCheck ACCEPTED_FILE_TYPE = new AcceptedFileTypePolicy();

  /** An authorization valid on the notice date covers the brand and the product. */
  public static final DocumentCheck AUTHORIZATION_VALID = new AuthorizationValidPolicy();

  public static final List<DocumentCheck> ALL =
      List.of(
          INVOICE_DATED_WITHIN_YEAR,
          INVOICED_QUANTITY_COVERS_SALES,
          SUPPLIER_CONTACT_DETAILS,
          ACCEPTED_FILE_TYPE,
          AUTHORIZATION_VALID);

  private AppealChecks() {}

  public static List<CheckResult> run(AppealCase appeal) {
    return ALL.stream().map(c -> c.check(appeal)).toList();
  }

  /** The check of this code, if there is one. */
  public static Optional<DocumentCheck> byCode(String code) {
    return ALL.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * The results that stop an appeal from being sent: every required check that did not pass (one
   * that does not apply has proven nothing, so it stops the appeal too), and any check that failed.
   * A check that is not required and does not apply, such as an authorization when the goods are
   * resold with invoices, stops nothing.
   */
  public static List<CheckResult> blocking(List<CheckResult> results) {
    return results.stream()
        .filter(
            r ->
                r.failed()
                    || (!r.passed() && byCode(r.code()).map(DocumentCheck::required).orElse(true)))
        .toList();
  }

  /** Ready to send: every required check passed and none failed. */
  public static boolean ready(List<CheckResult> results) {
    return blocking(results).isEmpty();
  }
}
