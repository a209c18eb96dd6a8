package com.clearmark.app.registry;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.account.Accounts;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.context.OwnBrand;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Thresholds;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Each organization's registry compiled into the engine's {@link MarkIndex}, ready to screen.
 *
 * <p>When the registry changes, a new index is built on a background thread while the old one keeps
 * answering; the finished index replaces it in one reference swap, so a screening never sees a
 * half-built index. Changes that arrive during a build coalesce into one more build. After each
 * swap a {@link RegistryRebuilt} event asks for the organization's listings to be re-screened.
 */
@Component
public class RegistryIndexes {

  private static final Logger log = LoggerFactory.getLogger(RegistryIndexes.class);

  /**
   * A compiled registry: the version of the registry it was built from and its screener.
   *
   * @param judgedOn the day the screener judges authorizations on
   * @param authorizedInForce the authorizations in force on that day, which are all its judgement
   *     of authorizations depends on
   * @param context the own and authorized brands the screener was built with
   */
  public record Compiled(
      long version,
      Screener screener,
      int markCount,
      int ownCount,
      Instant builtAt,
      Duration buildTime,
      LocalDate judgedOn,
      Set<OwnBrand> authorizedInForce,
      SellerContext context) {

    public Compiled {
      authorizedInForce = Set.copyOf(authorizedInForce);
    }

    /**
     * The same index, to be judged on a later day in force with the same authorizations: it screens
     * exactly as a fresh build for that day would, since an authorization covers a listing only on
     * the days it is in force.
     */
    Compiled judgedOn(LocalDate day) {
      return new Compiled(
          version,
          screener,
          markCount,
          ownCount,
          builtAt,
          buildTime,
          day,
          authorizedInForce,
          context);
    }
  }

  /**
   * The registry could not be compiled at the organization's current version, so screening still
   * uses an older one; the message says which versions and why.
   */
  public static final class NotCompiledException extends RuntimeException {
    NotCompiledException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * What the registry page shows about the compiled index and the listings screened with it.
   *
   * @param listingsBehind listings whose screening was made against an older registry version
   */
  public record Status(
      long registryVersion, Compiled compiled, boolean rebuilding, long listingsBehind) {

    /** Whether screening uses the latest registry; listings may still be behind it. */
    public boolean indexCurrent() {
      return compiled != null && compiled.version() == registryVersion && !rebuilding;
    }

    /**
     * Whether the last build of the index failed: screening uses an older version than the
     * registry's, and no build is under way to catch up. A re-screen compiles it again.
     */
    public boolean buildFailed() {
      return compiled != null && !rebuilding && compiled.version() < registryVersion;
    }

    /** Whether screening uses the latest registry and every listing was screened against it. */
    public boolean current() {
      return indexCurrent() && listingsBehind == 0;
    }
  }

  private final Marks marks;
  private final Accounts accounts;
  private final ScreenedListings listings;
  private final AuthorizedBrands authorized;
  private final ApplicationEventPublisher events;
  private final Thresholds thresholds;
  private final Clock clock;
  private final Map<Long, Compiled> compiled = new ConcurrentHashMap<>();
  private final Set<Long> building = ConcurrentHashMap.newKeySet();
  private final Set<Long> again = ConcurrentHashMap.newKeySet();
  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          r -> {
            var t = new Thread(r, "registry-index");
            t.setDaemon(true);
            return t;
          });

  RegistryIndexes(
      Marks marks,
      Accounts accounts,
      ScreenedListings listings,
      AuthorizedBrands authorized,
      ApplicationEventPublisher events,
      ClearmarkProperties props,
      Clock clock) {
    this.marks = marks;
    this.accounts = accounts;
    this.listings = listings;
    this.authorized = authorized;
    this.events = events;
    this.thresholds = new Thresholds(props.reviewThreshold(), props.blockThreshold());
    this.clock = clock;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** The organization's compiled registry, compiling it now on first use after a start. */
  public Compiled current(long organizationId) {
    Compiled c = compiled.get(organizationId);
    if (c != null) {
      LocalDate today = Timestamps.today(clock);
      if (c.judgedOn().isBefore(today) && !building.contains(organizationId)) {
        return judgedAgain(organizationId, c, today);
      }
      return c;
    }
    synchronized (this) {
      return compiled.computeIfAbsent(organizationId, this::build);
    }
  }

  /**
   * On the first screening of a new day: when the same authorizations are in force as on the day
   * the index was judged on, it screens the same and only takes the new day; otherwise a fresh
   * build (with a version of its own) starts while this one keeps answering.
   */
  private Compiled judgedAgain(long organizationId, Compiled c, LocalDate today) {
    if (inForce(authorizedBrands(organizationId), today).equals(c.authorizedInForce())) {
      Compiled rejudged = c.judgedOn(today);
      return compiled.replace(organizationId, c, rejudged)
          ? rejudged
          : compiled.get(organizationId);
    }
    changed(organizationId);
    return c;
  }

  /**
   * The organization's compiled registry at its current version, for a re-screen, which must not
   * take an older index for the latest: when the last build failed, this compiles it again here.
   *
   * @throws NotCompiledException when that build fails too
   */
  public Compiled latest(long organizationId) {
    Compiled c = current(organizationId);
    long version = registryVersion(organizationId);
    if (c.version() >= version) {
      return c;
    }
    Compiled fresh;
    try {
      fresh = build(organizationId);
    } catch (RuntimeException e) {
      log.error("compiling the registry of organization {} failed again", organizationId, e);
      throw new NotCompiledException(
          "the registry (version "
              + version
              + ") could not be compiled, so screening still uses version "
              + c.version()
              + ": "
              + e.getMessage(),
          e);
    }
    return compiled.merge(
        organizationId, fresh, (old, neu) -> neu.version() >= old.version() ? neu : old);
  }

  public Screener screener(long organizationId) {
    return current(organizationId).screener();
  }

  public Status status(long organizationId) {
    boolean rebuilding = building.contains(organizationId);
    long version = registryVersion(organizationId);
    return new Status(
        version, compiled.get(organizationId), rebuilding, listingsBehind(organizationId, version));
  }

  /**
   * Listings screened against an older registry version, as the catalogue counts them through
   * {@link ScreenedListings}, so the registry does not depend on it.
   */
  private long listingsBehind(long organizationId, long version) {
    return listings.countBehind(organizationId, version);
  }

  /** Schedules a rebuild after a change to the registry; call it after the change commits. */
  public void changed(long organizationId) {
    if (!building.add(organizationId)) {
      again.add(organizationId);
      return;
    }
    builder.submit(() -> rebuild(organizationId));
  }

  private void rebuild(long organizationId) {
    try {
      do {
        again.remove(organizationId);
        newVersionIfJudgementChanged(organizationId);
        Compiled fresh = build(organizationId);
        compiled.put(organizationId, fresh);
        log.info(
            "registry of organization {} compiled: version {}, {} marks in {} ms",
            organizationId,
            fresh.version(),
            fresh.markCount(),
            fresh.buildTime().toMillis());
        events.publishEvent(
            new RegistryRebuilt(organizationId, fresh.version(), fresh.markCount()));
      } while (again.contains(organizationId));
    } catch (RuntimeException e) {
      log.error("rebuilding the registry of organization {} failed", organizationId, e);
    } finally {
      building.remove(organizationId);
      if (again.remove(organizationId)) {
        changed(organizationId);
      }
    }
  }

  /**
   * A rebuild with the registry version already compiled was asked for by something other than a
   * change of marks (an authorization, a new day to judge authorizations on). When it changes the
   * authorizations in force today, it gets a version of its own, so that the listings screened
   * before it count as behind and are re-screened; otherwise they are screened as it would screen
   * them, and stay current.
   *
   * <p>The version is taken before the build: should the build fail, the registry then says it is
   * not current, and a re-screen compiles it again (see {@link #latest}) or fails saying why.
   */
  private void newVersionIfJudgementChanged(long organizationId) {
    Compiled before = compiled.get(organizationId);
    long version = registryVersion(organizationId);
    boolean changed;
    if (before != null) {
      changed =
          before.version() == version
              && !inForce(authorizedBrands(organizationId), Timestamps.today(clock))
                  .equals(before.authorizedInForce());
    } else {
      // Not compiled since the start, so what the last index judged with is unknown: the newest
      // version a listing was screened against stands in for it.
      long previous = listings.newestRegistryVersion(organizationId);
      changed = previous == version;
    }
    if (changed) {
      accounts.newRegistryVersion(organizationId);
    }
  }

  private static Set<OwnBrand> inForce(List<OwnBrand> authorized, LocalDate day) {
    Set<OwnBrand> out = new HashSet<>();
    for (OwnBrand a : authorized) {
      if ((a.validFrom() == null || !day.isBefore(a.validFrom()))
          && (a.validTo() == null || !day.isAfter(a.validTo()))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Waits until no rebuild is pending for the organization and its listings are re-screened against
   * the result; for tests and the demo loader.
   */
  public void awaitIdle(long organizationId, Duration timeout) throws InterruptedException {
    // Time spent waiting, not a time of day: a test's clock may stand still meanwhile.
    long until = System.nanoTime() + timeout.toNanos();
    while ((building.contains(organizationId) || status(organizationId).listingsBehind() > 0)
        && System.nanoTime() - until < 0) {
      Thread.sleep(20);
    }
  }

  /**
   * The organization's current registry version: listings screened against an older one are behind.
   */
  public long registryVersion(long organizationId) {
    return accounts.registryVersion(organizationId);
  }

  private Compiled build(long organizationId) {
    long started = System.nanoTime();
    long version = registryVersion(organizationId);
    List<Mark> thirdParty = new ArrayList<>();
    List<OwnBrand> own = new ArrayList<>();
    for (MarkRow row : marks.all(organizationId)) {
      if (row.own()) {
        own.add(OwnBrand.of(row.name()));
      } else {
        thirdParty.add(row.toEngine());
      }
    }
    List<OwnBrand> authorized = authorizedBrands(organizationId);
    own.addAll(authorized);
    MarkIndex index = MarkIndex.build(thirdParty, false);
    Instant builtAt = clock.instant();
    LocalDate judgedOn = LocalDate.ofInstant(builtAt, ZoneOffset.UTC);
    var context = new SellerContext(own, List.of(), judgedOn);
    var screener = new Screener(index, context, thresholds);
    return new Compiled(
        version,
        screener,
        index.markCount(),
        own.size(),
        builtAt,
        Duration.ofNanos(System.nanoTime() - started),
        judgedOn,
        inForce(authorized, judgedOn),
        context);
  }

  /**
   * Brands the organization holds an authorization for, within its ASINs, SKUs and dates, as the
   * authorization feature gives them through {@link AuthorizedBrands}.
   */
  private List<OwnBrand> authorizedBrands(long organizationId) {
    return authorized.authorizedBrands(organizationId);
  }

  @PreDestroy
  void stop() {
    builder.shutdownNow();
  }
}
