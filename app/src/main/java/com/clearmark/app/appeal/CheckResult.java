package com.clearmark.app.appeal;

import java.util.Objects;

/**
 * One document check on an appeal: which check (its code and its name), the outcome and the reason
 * in one sentence.
 */
public record CheckResult(String code, String check, CheckStatus status, String reason) {

  public CheckResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  static CheckResult pass(DocumentCheck check, String reason) {
    return new CheckResult(check.code(), check.name(), CheckStatus.PASS, reason);
  }

  static CheckResult fail(DocumentCheck check, String reason) {
    return new CheckResult(check.code(), check.name(), CheckStatus.FAIL, reason);
  }

  static CheckResult notApplicable(DocumentCheck check, String reason) {
    return new CheckResult(check.code(), check.name(), CheckStatus.NOT_APPLICABLE, reason);
  }

  public boolean failed() {
    return status == CheckStatus.FAIL;
  }

  public boolean passed() {
    return status == CheckStatus.PASS;
  }
}
