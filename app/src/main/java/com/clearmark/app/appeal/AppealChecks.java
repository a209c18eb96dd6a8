package com.clearmark.app.appeal;

import java.util.List;

/** Every document check an appeal runs, in the order a reviewer reads them. */
public final class AppealChecks {

  public static final List<DocumentCheck> ALL =
      List.of(
          new InvoiceDatedWithinYearPolicy(),
          new InvoicedQuantityCoversSalesPolicy(),
          new SupplierContactDetailsPolicy(),
          new AcceptedFileTypePolicy(),
          new AuthorizationValidPolicy());

  private AppealChecks() {}

  public static List<CheckResult> run(AppealCase appeal) {
    return ALL.stream().map(c -> c.check(appeal)).toList();
  }

  /** Ready to send: nothing failed. */
  public static boolean ready(List<CheckResult> results) {
    return results.stream().noneMatch(CheckResult::failed);
  }
}
