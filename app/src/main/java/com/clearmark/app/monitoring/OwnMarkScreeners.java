package com.clearmark.app.monitoring;

import com.clearmark.app.registry.MarkRow;
import com.clearmark.app.registry.Marks;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.screening.ListingCheck;
import com.clearmark.engine.screening.Screener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Screeners over each organization's own marks, for listings of others. The catalogue's screener is
 * the other way round (third-party marks, own brands excused), so it cannot be reused: here the
 * brand's marks are what is looked for, and no seller is excused by brand; the {@link
 * CaptureChecks} of other features (copies of the brand's works) run after the marks. Rebuilt when
 * the registry version moves.
 */
@Component
class OwnMarkScreeners {

  record Built(long version, Screener screener) {}

  private final Marks marks;
  private final RegistryIndexes indexes;
  private final ObjectProvider<CaptureChecks> checks;
  private final Map<Long, Built> built = new ConcurrentHashMap<>();

  OwnMarkScreeners(Marks marks, RegistryIndexes indexes, ObjectProvider<CaptureChecks> checks) {
    this.marks = marks;
    this.indexes = indexes;
    this.checks = checks;
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
    var screener =
        new Screener(MarkIndex.build(own, false), SellerContext.NONE, indexes.thresholds());
    List<ListingCheck> extra = new ArrayList<>();
    checks.orderedStream().forEach(c -> extra.addAll(c.forCaptures(organizationId)));
    var fresh = new Built(version, extra.isEmpty() ? screener : screener.withChecks(extra));
    built.put(organizationId, fresh);
    return fresh;
  }
}
