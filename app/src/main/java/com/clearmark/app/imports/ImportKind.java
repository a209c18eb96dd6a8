package com.clearmark.app.imports;

/** What an uploaded file holds. */
public enum ImportKind {
  /** Listings, in any format the command line reads. */
  CATALOGUE,
  /** Marks: the registry CSV or USPTO XML. */
  REGISTRY;

  /** Reads {@code catalogue} or {@code registry}, in any case. */
  public static ImportKind parse(String kind) {
    try {
      return valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new com.clearmark.app.shared.InvalidInputException("kind", "catalogue or registry");
    }
  }
}
