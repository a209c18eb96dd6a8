package com.clearmark.engine.similarity;

/** How likely two marks are to be confused. */
public enum Verdict {
  LIKELY_CONFUSING,
  POSSIBLY_CONFUSING,
  DISTINCT
}
