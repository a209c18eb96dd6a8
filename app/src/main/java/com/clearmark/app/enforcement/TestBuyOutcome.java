package com.clearmark.app.enforcement;

/** PLACEHOLDER of helper C's contracted outcome of a test buy. */
public enum TestBuyOutcome {
  COUNTERFEIT,
  GENUINE,
  NOT_RECEIVED,
  PENDING
}
