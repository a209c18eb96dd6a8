package com.clearmark.app.enforcement;

/** What a test purchase of the listed goods showed. */
public enum TestBuyOutcome {
  COUNTERFEIT,
  GENUINE,
  NOT_RECEIVED,
  PENDING
}
