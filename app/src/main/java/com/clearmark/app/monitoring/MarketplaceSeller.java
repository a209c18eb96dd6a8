package com.clearmark.app.monitoring;

import java.time.Instant;

/**
 * A storefront seen in captures. Address, phone and email are personal data: once erased on request
 * ({@code contactErasedAt} set) they stay empty, whatever later captures say.
 */
public record MarketplaceSeller(
    long id,
    String marketplace,
    String sellerId,
    String name,
    String address,
    String phone,
    String email,
    Instant firstSeenAt,
    Instant lastSeenAt,
    Instant contactErasedAt) {

  public boolean contactErased() {
    return contactErasedAt != null;
  }
}
