package com.clearmark.engine.screening;

/** The kind of risk a finding is about. */
public enum Category {
  TRADEMARK,
  COUNTERFEIT,
  POLICY,
  COPYRIGHT,
  PATENT
}
