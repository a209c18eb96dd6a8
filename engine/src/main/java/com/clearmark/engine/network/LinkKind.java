package com.clearmark.engine.network;

/** What two linked sellers were found to share. */
public enum LinkKind {
  /** The same postal address, after abbreviations and punctuation are normalised. */
  ADDRESS,
  /** The same phone number, compared on its last ten digits. */
  PHONE,
  /** The same mailbox, after case, Gmail dots and {@code +tags} are normalised. */
  EMAIL,
  /** Storefront names with the same stem once numbers and words like "store" are removed. */
  NAME_PATTERN,
  /** Near-identical listing text, by MinHash signature. */
  LISTING_TEXT
}
