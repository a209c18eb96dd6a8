package com.clearmark.app.appeal;

/** One check an appeal package must pass before it is sent, named as a compliance officer would. */
public interface DocumentCheck {

  String name();

  CheckResult check(AppealCase appeal);
}
