package com.clearmark.app.monitoring;

import com.clearmark.app.registry.MarkRow;
import com.clearmark.app.registry.Marks;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.screening.Screener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Screeners over each organization's own marks, for listings of others. The catalogue's screener is
 * the other way round (third-party marks, own brands excused), so it cannot be reused: here the
 * brand's marks are what is looked for, and no seller is excused by brand. Rebuilt when the
 * registry version moves.
 */
@Component
class OwnMarkScreeners {

  record Built(long version, Screener screener) {}

  private final Marks marks;
  private final RegistryIndexes indexes;
  private final Map<Long, Built> built = new ConcurrentHashMap<>();

  OwnMarkScreeners(Marks marks, RegistryIndexes indexes) {
    this.marks = marks;
    this.indexes = indexes;
  }

  /** The score a finding that needs a look raises a capture to at least. */
  int reviewScore() {
    return indexes.thresholds().review();
  }

  Built of(long organizationId) {
    long version = indexes.registryVersion(organizationId);
    Built held = built.get(organizationId);
    if (held != null && held.version() == version) {
      return held;
    }
    var own =
        marks.all(organizationId).stream().filter(MarkRow::own).map(MarkRow::toEngine).toList();
    var fresh =
        new Built(
            version,
            new Screener(MarkIndex.build(own, false), SellerContext.NONE, indexes.thresholds()));
    built.put(organizationId, fresh);
    return fresh;
  }
}
