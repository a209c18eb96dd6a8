package com.clearmark.engine.io;

/** The listing file layouts {@link ListingReader} recognises from their header. */
public enum ListingFormat {
  /**
   * Amazon's All Listings report ({@code GET_MERCHANT_LISTINGS_ALL_DATA}), tab-separated, 27 to 47
   * columns depending on its age and the seller's programmes.
   */
  ALL_LISTINGS_REPORT,
  /**
   * A category inventory file template ("flat file"), tab- or comma-separated, with up to two rows
   * of template metadata and labels above the row of field names.
   */
  CATEGORY_FLAT_FILE,
  /** Clearmark's own CSV, one column per listing field; bullet points separated by {@code |}. */
  CANONICAL_CSV,
  /** Clearmark's own JSON lines: one JSON object per line with the canonical field names. */
  CANONICAL_JSONL
}
