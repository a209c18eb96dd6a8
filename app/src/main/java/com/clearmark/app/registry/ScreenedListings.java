package com.clearmark.app.registry;

/**
 * What the registry needs to know of the screened listings, implemented by the catalogue: the
 * catalogue screens against the registry, so the registry names only this interface.
 */
public interface ScreenedListings {

  /** How many of an organization's listings are screened against an older registry version. */
  long countBehind(long organizationId, long registryVersion);

  /** The newest registry version any of an organization's listings was screened against, or -1. */
  long newestRegistryVersion(long organizationId);
}
