package com.clearmark.bench;

import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.text.TextFolding;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The Clearmark engine, whole: every rule, every look-alike kind, scores and explanations. */
final class ClearmarkDetector implements Detector {

  private final Screener screener;
  private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();

  ClearmarkDetector(MarkIndex index) {
    this.screener = new Screener(index);
  }

  @Override
  public String name() {
    return "Clearmark";
  }

  @Override
  public Set<String> detect(Listing listing) {
    var found = new HashSet<String>();
    for (Finding f : screener.screen(listing).findings()) {
      if (!f.mark().isEmpty()) {
        String key = keys.get(f.mark());
        if (key == null) {
          key = TextFolding.compactKey(f.mark());
          keys.putIfAbsent(f.mark(), key);
        }
        found.add(key);
      }
    }
    return found;
  }
}
