package com.clearmark.app.appeal;

import com.clearmark.app.authorization.Authorization;
import java.util.List;
import java.util.Locale;

/**
 * An authorization relied on must be valid on the notice date and cover the product. Applies only
 * when an authorization is recorded for the brand; a reseller of genuine goods appeals with
 * invoices instead.
 */
final class AuthorizationValidPolicy implements DocumentCheck {

  @Override
  public String code() {
    return "AUTHORIZATION_VALID";
  }

  /** A reseller of genuine goods appeals with invoices; an authorization is one more defence. */
  @Override
  public boolean required() {
    return false;
  }

  @Override
  public String name() {
    return "Authorization valid on the notice date and covering the ASIN";
  }

  @Override
  public CheckResult check(AppealCase appeal) {
    List<Authorization> forBrand =
        appeal.authorizations().stream().filter(a -> a.coversBrand(appeal.brand())).toList();
    if (forBrand.isEmpty()) {
      return CheckResult.notApplicable(
          this,
          "No authorization is recorded for "
              + (appeal.brand().isEmpty() ? "the brand" : appeal.brand())
              + ".");
    }
    for (Authorization a : forBrand) {
      if (a.validOn(appeal.noticeDate())
          && a.covers(appeal.asin(), appeal.sku(), appeal.marketplace())) {
        return CheckResult.pass(
            this,
            "The "
                + a.kind().toLowerCase(Locale.ROOT)
                + " from "
                + a.licensor()
                + " is valid on "
                + appeal.noticeDate()
                + " and covers "
                + appeal.product()
                + ".");
      }
    }
    Authorization a = forBrand.get(0);
    if (!a.validOn(appeal.noticeDate())) {
      return CheckResult.fail(
          this,
          "The "
              + a.kind().toLowerCase(Locale.ROOT)
              + " from "
              + a.licensor()
              + (appeal.noticeDate().isBefore(a.validFrom())
                  ? " starts on " + a.validFrom()
                  : " expired on " + a.validTo())
              + ", so it was not valid on the notice date "
              + appeal.noticeDate()
              + ".");
    }
    return CheckResult.fail(
        this,
        "The "
            + a.kind().toLowerCase(Locale.ROOT)
            + " from "
            + a.licensor()
            + " does not list "
            + appeal.product()
            + (appeal.marketplace().isEmpty() ? "" : " on " + appeal.marketplace())
            + ".");
  }
}
