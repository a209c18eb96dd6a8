package com.clearmark.app.appeal;

import java.util.Objects;

/** One document check on an appeal: its name, the outcome and the reason in one sentence. */
public record CheckResult(String check, CheckStatus status, String reason) {

  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  static CheckResult pass(String check, String reason) {
    return new CheckResult(check, CheckStatus.PASS, reason);
  }

  static CheckResult fail(String check, String reason) {
    return new CheckResult(check, CheckStatus.FAIL, reason);
  }

  static CheckResult notApplicable(String check, String reason) {
    return new CheckResult(check, CheckStatus.NOT_APPLICABLE, reason);
  }

  public boolean failed() {
    return status == CheckStatus.FAIL;
  }
}
