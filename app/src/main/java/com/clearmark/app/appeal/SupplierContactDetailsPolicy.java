package com.clearmark.app.appeal;

import com.clearmark.app.sourcing.Invoice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Marketplaces verify invoices with the supplier, so every supplier on the invoices relied on must
 * show a name, address, phone number, email address and website.
 */
final class SupplierContactDetailsPolicy implements DocumentCheck {

  @Override
  public String code() {
    return "SUPPLIER_CONTACT_DETAILS";
  }

  @Override
  public String name() {
    return "Supplier contact details present";
  }

  @Override
  public CheckResult check(AppealCase appeal) {
    var invoices = appeal.invoicesWithinYear();
    if (invoices.isEmpty()) {
      return CheckResult.notApplicable(this, "No invoice within the 365 days to check.");
    }
    List<String> gaps = new ArrayList<>();
    var seen = new LinkedHashSet<String>();
    for (Invoice i : invoices) {
      var s = i.supplier();
      if (!seen.add(s.name())) {
        continue;
      }
      var missing = s.missingContactDetails();
      if (!missing.isEmpty()) {
        gaps.add(s.name() + " has no " + String.join(", ", missing));
      }
    }
    if (gaps.isEmpty()) {
      return CheckResult.pass(
          this, "Every supplier shows an address, phone number, email address and website.");
    }
    return CheckResult.fail(this, String.join("; ", gaps) + ".");
  }
}
