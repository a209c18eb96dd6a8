package com.clearmark.app.screening;

import com.clearmark.engine.screening.ListingCheck;
import java.util.List;

/**
 * Checks beyond the marks that a feature adds to every screening of an organization's listings,
 * such as copied works or patents. Each feature that keeps such a register declares one bean of
 * this type; screening runs what they give after the mark policies.
 */
public interface ListingChecks {

  /** The checks to run for this organization now; empty when it has nothing registered. */
  List<ListingCheck> forOrganization(long organizationId);
}
