package com.clearmark.engine.io;

import com.clearmark.engine.listing.Listing;
import java.io.Closeable;

/** Listings read one at a time from an open file in one format. */
interface ListingSource extends Closeable {

  /**
   * The next well-formed listing, or null at the end. Malformed rows are reported and skipped, or
   * stop the reading with an {@link InputException} when reading strictly.
   */
  Listing next();

  /** Fails the row unless it has at least a title, a SKU or an ASIN to report it by. */
  static Listing identified(Listing listing, String titleField) {
    if (listing.title().isEmpty() && listing.sku().isEmpty() && listing.asin().isEmpty()) {
      throw new InvalidValue(titleField, "the row has no title, SKU or ASIN");
    }
    return listing;
  }
}
