package com.clearmark.app.staydown;

import com.clearmark.engine.fingerprint.Signature;
import java.util.Objects;

/** What a removed listing leaves behind: its text's signature, where it was and who sold it. */
record Fingerprint(
    long id,
    long caseId,
    String marketplace,
    String listingId,
    Long sellerRef,
    PriceBand priceBand,
    Signature signature) {

  Fingerprint {
    Objects.requireNonNull(marketplace, "marketplace");
    Objects.requireNonNull(listingId, "listingId");
    Objects.requireNonNull(signature, "signature");
  }
}
