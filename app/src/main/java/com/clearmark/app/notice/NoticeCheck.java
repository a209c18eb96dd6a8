package com.clearmark.app.notice;

/** The outcome of one accuracy check on a notice: the policy's name, pass or fail, and why. */
public record NoticeCheck(String policy, boolean passed, String reason) {

  static NoticeCheck pass(String policy, String reason) {
    return new NoticeCheck(policy, true, reason);
  }

  static NoticeCheck fail(String policy, String reason) {
    return new NoticeCheck(policy, false, reason);
  }
}
