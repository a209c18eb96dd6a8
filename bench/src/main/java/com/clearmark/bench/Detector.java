package com.clearmark.bench;

import com.clearmark.engine.listing.Listing;
import java.util.Set;

/** One way of finding marks in listings, as compared by {@link Comparison}. */
interface Detector {

  String name();

  /** The compact keys of the marks found in the listing; must be safe to call from many threads. */
  Set<String> detect(Listing listing);
}
