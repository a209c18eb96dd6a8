package com.clearmark.app.appeal;

/** One check an appeal package must pass before it is sent, named as a compliance officer would. */
public interface DocumentCheck {

  /**
   * The check's stable code, as in {@link AppealChecks}: the help page {@code /help/checks/{code}}
   * and the labels are keyed by it, so it is never renamed.
   */
  String code();

  String name();

  /**
   * Whether the appeal needs this check to pass. A check that is not required may not apply to a
   * case (an appeal need not rest on an authorization) but must never fail.
   */
  default boolean required() {
    return true;
  }

  CheckResult check(AppealCase appeal);
}
