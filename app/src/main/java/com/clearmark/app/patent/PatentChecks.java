package com.clearmark.app.patent;

import com.clearmark.app.screening.ListingChecks;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentCheck;
import com.clearmark.engine.patent.PatentIndex;
import com.clearmark.engine.screening.ListingCheck;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Checks every listing of an organization against the patents it watches (its register without its
 * own patents). The retrieval index is built on first use and kept until the register changes; the
 * check is made anew each day, since whether a patent is in force depends on the day.
 *
 * <p>A change bumps a generation counter before the index is dropped, and a build keeps its result
 * only when the counter did not move while it read the register, so a build that raced with a
 * change never serves the register as it was before that change.
 */
@Component
class PatentChecks implements ListingChecks {

  private record Loaded(
      long generation, PatentIndex index, int size, LocalDate day, ListingCheck check) {}

  private final Patents patents;
  private final Clock clock;
  private final ConcurrentHashMap<Long, Loaded> loaded = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, AtomicLong> generations = new ConcurrentHashMap<>();

  PatentChecks(Patents patents, Clock clock) {
    this.patents = patents;
    this.clock = clock;
  }

  @Override
  public List<ListingCheck> forOrganization(long organizationId) {
    LocalDate today = Timestamps.today(clock);
    AtomicLong generation = generation(organizationId);
    Loaded l = loaded.get(organizationId);
    if (l == null || l.generation != generation.get()) {
      l = load(organizationId, today, generation);
    } else if (!l.day.equals(today)) {
      l = new Loaded(l.generation, l.index, l.size, today, new PatentCheck(l.index, today));
      loaded.put(organizationId, l);
    }
    return l.size == 0 ? List.of() : List.of(l.check);
  }

  private AtomicLong generation(long organizationId) {
    return generations.computeIfAbsent(organizationId, k -> new AtomicLong());
  }

  private Loaded load(long organizationId, LocalDate today, AtomicLong generation) {
    long before = generation.get();
    List<Patent> watched =
        patents.all(organizationId).stream()
            .filter(p -> !p.own())
            .map(RegisteredPatent::patent)
            .toList();
    PatentIndex index = PatentIndex.build(watched);
    Loaded l = new Loaded(before, index, watched.size(), today, new PatentCheck(index, today));
    if (generation.get() == before) {
      loaded.put(organizationId, l);
    }
    return l;
  }

  /** Drops what was built from the register; call it after a change to the register commits. */
  void changed(long organizationId) {
    generation(organizationId).incrementAndGet();
    loaded.remove(organizationId);
  }
}
