package com.clearmark.app.imports;

import com.clearmark.app.shared.InvalidInputException;
import java.util.Locale;

/** What an uploaded file holds. */
public enum ImportKind {
  /** Listings, in any format the command line reads. */
  CATALOGUE,
  /** Marks: the registry CSV or USPTO XML. */
  REGISTRY,
  /** Patents: the patent CSV (and the USPTO and PatentsView layouts the engine reads). */
  PATENTS;

  /** Reads {@code catalogue}, {@code registry} or {@code patents}, in any case. */
  public static ImportKind parse(String kind) {
    try {
      return valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "catalogue, registry or patents");
    }
  }
}
