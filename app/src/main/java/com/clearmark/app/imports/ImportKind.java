package com.clearmark.app.imports;

/** What an uploaded file holds. */
public enum ImportKind {
  /** Listings, in any format the command line reads. */
  CATALOGUE,
  /** Marks: the registry CSV or USPTO XML. */
  REGISTRY
}
