package com.clearmark.app.risk;

import com.clearmark.app.appeal.AppealCase;
import com.clearmark.app.appeal.AppealChecks;
import com.clearmark.app.appeal.CheckResult;
import com.clearmark.app.appeal.CheckStatus;
import com.clearmark.app.appeal.DocumentCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a listing that sells another company's brand could answer a complaint that arrived today.
 * It asks the appeal's own questions with today as the notice date, so "at risk" means exactly "the
 * appeal would fail":
 *
 * <ol>
 *   <li>An authorization valid today that covers the brand and the product defends it alone.
 *   <li>Otherwise the seller is a reseller of genuine goods and needs proof of source: an invoice
 *       from the last 365 days, quantities that cover the last 365 days of sales, the supplier's
 *       contact details, and the invoices attached as files an appeal form accepts. Each of those
 *       that fails is a reason the listing is at risk.
 * </ol>
 *
 * <p>An authorization that exists but no longer covers the product (expired, another ASIN) is a
 * reason too, listed before the invoice reasons, since renewing it is usually the quicker fix.
 */
final class ProofOfSourcePolicy {

  private static final DocumentCheck AUTHORIZATION = AppealChecks.AUTHORIZATION_VALID;
  private static final List<DocumentCheck> PROOF_OF_SOURCE =
      List.of(
          AppealChecks.INVOICE_DATED_WITHIN_YEAR,
          AppealChecks.INVOICED_QUANTITY_COVERS_SALES,
          AppealChecks.SUPPLIER_CONTACT_DETAILS,
          AppealChecks.ACCEPTED_FILE_TYPE);

  private ProofOfSourcePolicy() {}

  /**
   * The listing's exposure.
   *
   * @param today the case's notice date is the day judged on
   */
  static Exposure judge(AppealCase today) {
    CheckResult authorization = AUTHORIZATION.check(today);
    if (authorization.status() == CheckStatus.PASS) {
      return Exposure.defended(authorization.reason());
    }
    List<String> reasons = new ArrayList<>();
    if (authorization.failed()) {
      reasons.add(authorization.reason());
    }
    CheckResult dated = PROOF_OF_SOURCE.get(0).check(today);
    if (dated.failed()) {
      // Without a recent invoice the remaining checks only restate the same gap.
      reasons.add(dated.reason());
      return Exposure.atRisk(reasons);
    }
    for (DocumentCheck check : PROOF_OF_SOURCE.subList(1, PROOF_OF_SOURCE.size())) {
      CheckResult r = check.check(today);
      if (r.failed()) {
        reasons.add(r.reason());
      }
    }
    return reasons.isEmpty() ? Exposure.defended(dated.reason()) : Exposure.atRisk(reasons);
  }

  /**
   * A listing's standing should a complaint arrive.
   *
   * @param reasons why an appeal would fail today, or the one reason it would pass
   */
  record Exposure(boolean atRisk, List<String> reasons) {

    Exposure {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("an exposure states its reasons");
      }
    }

    static Exposure defended(String why) {
      return new Exposure(false, List.of(why));
    }

    static Exposure atRisk(List<String> why) {
      return new Exposure(true, why);
    }
  }
}
