package com.clearmark.app.screening;

import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ListingCheck;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Screens listings against an organization's compiled registry and applies its allow-list. */
@Service
public class ScreeningService {

  private final RegistryIndexes indexes;
  private final AllowList allowList;
  private final ObjectProvider<ListingChecks> checks;

  ScreeningService(
      RegistryIndexes indexes, AllowList allowList, ObjectProvider<ListingChecks> checks) {
    this.indexes = indexes;
    this.allowList = allowList;
    this.checks = checks;
  }

  /** The organization's own and authorized brands as its current registry screens with them. */
  public SellerContext sellerContext(long organizationId) {
    return indexes.current(organizationId).context();
  }

  /** A screening that stores nothing, for the pre-publication check. */
  public ScreeningOutcome check(long organizationId, Listing listing) {
    return screen(organizationId, null, listing, AllowList.Snapshot.empty());
  }

  public ScreeningOutcome screen(long organizationId, long listingId, Listing listing) {
    return screen(
        organizationId, listingId, listing, allowList.forListing(organizationId, listingId));
  }

  public ScreeningOutcome screen(
      long organizationId, Long listingId, Listing listing, AllowList.Snapshot allowed) {
    RegistryIndexes.Compiled compiled = indexes.current(organizationId);
    Screener screener = compiled.screener();
    List<ListingCheck> extra = new ArrayList<>();
    checks.orderedStream().forEach(c -> extra.addAll(c.forOrganization(organizationId)));
    if (!extra.isEmpty()) {
      screener = screener.withChecks(extra);
    }
    ScreeningResult result = screener.screen(listing);
    List<ScreeningOutcome.Screened> screened = new ArrayList<>(result.findings().size());
    List<Finding> counted = new ArrayList<>(result.findings().size());
    boolean anyDismissed = false;
    for (Finding f : result.findings()) {
      boolean dismissed = allowed.allows(listingId, f);
      anyDismissed |= dismissed;
      screened.add(new ScreeningOutcome.Screened(f, dismissed));
      if (!dismissed) {
        counted.add(f);
      }
    }
    if (!anyDismissed) {
      return new ScreeningOutcome(result.decision(), result.score(), screened, compiled.version());
    }
    int score = Screener.score(counted);
    return new ScreeningOutcome(
        indexes.thresholds().decide(score), score, screened, compiled.version());
  }

  /**
   * Scores findings that are left after some were dismissed, with the organization's thresholds.
   */
  public ScreeningOutcome rescore(List<ScreeningOutcome.Screened> findings, long registryVersion) {
    List<Finding> counted =
        new ArrayList<>(
            findings.stream()
                .filter(s -> !s.dismissed())
                .map(ScreeningOutcome.Screened::finding)
                .toList());
    counted.sort(Comparator.comparing(Finding::severity).reversed());
    int score = Screener.score(counted);
    return new ScreeningOutcome(
        indexes.thresholds().decide(score), score, findings, registryVersion);
  }
}
