package com.clearmark.engine.screening;

/** What to do with a listing. */
public enum Decision {
  PASS,
  REVIEW,
  BLOCK
}
