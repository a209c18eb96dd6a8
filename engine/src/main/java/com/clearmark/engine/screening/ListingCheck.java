package com.clearmark.engine.screening;

import com.clearmark.engine.listing.Listing;
import java.util.List;

/**
 * A check of a listing against a register other than the marks index: registered works (copied
 * images and text) or patents. A {@link Screener} given checks through {@link
 * Screener#withChecks(List)} runs them after its own policies and scores their findings with the
 * rest, so a copyright or patent finding sits next to the trademark ones.
 *
 * <p>Implementations must be safe to call from several threads at once and must bound their work
 * per listing: the screener calls them on every listing it screens.
 */
@FunctionalInterface
public interface ListingCheck {

  /** Adds this check's findings about {@code listing} to {@code out}; adds nothing when clear. */
  void check(Listing listing, List<Finding> out);
}
