package com.clearmark.bench;

import com.clearmark.engine.listing.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One way of finding marks in listings, as compared by {@link Comparison}. */
interface Detector {

  String name();

  /** The compact keys of the marks found in the listing; must be safe to call from many threads. */
  Set<String> detect(Listing listing);

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
