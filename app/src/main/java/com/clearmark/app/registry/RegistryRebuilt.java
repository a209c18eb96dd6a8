package com.clearmark.app.registry;

/** Published when an organization's compiled registry has been swapped for a newer one. */
public record RegistryRebuilt(long organizationId, long version, int markCount) {}
