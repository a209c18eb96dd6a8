package com.clearmark.bench;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One way of finding marks in listings, as compared by {@link Comparison}. */
interface Detector {

  String name();

  /**
   * The compact keys of the marks found in the listing; must be safe to call from many threads. By
   * default every text field is scanned the same way with {@link #scan}.
   */
  default Set<String> detect(Listing listing) {
    var found = new HashSet<String>();
    for (String text : texts(listing)) {
      if (!text.isEmpty()) {
        scan(text, found);
      }
    }
    return found;
  }

  /** Adds the compact keys of the marks found in one non-empty text to {@code found}. */
  default void scan(String text, Set<String> found) {
    throw new UnsupportedOperationException(name() + " screens whole listings");
  }

  /** Every text field of a listing, for detectors that read them all the same way. */
  static List<String> texts(Listing listing) {
    var texts = new ArrayList<String>(listing.bulletPoints().size() + 4);
    texts.add(listing.brand());
    texts.add(listing.title());
    texts.addAll(listing.bulletPoints());
    texts.add(listing.description());
    texts.add(listing.searchTerms());
    return texts;
  }
}
