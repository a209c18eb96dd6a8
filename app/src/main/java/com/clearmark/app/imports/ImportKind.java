package com.clearmark.app.imports;

import com.clearmark.app.shared.InvalidInputException;
import java.util.Locale;

/** What an uploaded file holds. */
public enum ImportKind {
  /** Listings, in any format the command line reads. */
  CATALOGUE,
  /** Marks: the registry CSV or USPTO XML. */
  REGISTRY;

  /** Reads {@code catalogue} or {@code registry}, in any case. */
  public static ImportKind parse(String kind) {
    try {
      return valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "catalogue or registry");
    }
  }
}
