package com.clearmark.app.appeal;

/** The outcome of one document check. */
public enum CheckStatus {
  PASS,
  FAIL,
  /** The check does not concern this case, for example no authorization is relied on. */
  NOT_APPLICABLE
}
