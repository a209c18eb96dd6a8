package com.clearmark.app.patent;

import com.clearmark.engine.patent.Patent;
import java.time.Instant;
import java.util.Objects;

/**
 * A patent in an organization's register.
 *
 * @param own whether the patent is the organization's own (a brand owner's, charted against others'
 *     listings and never screened against its own); otherwise it is watched and every listing is
 *     checked against it
 * @param revision how many corrections it has had, for optimistic locking
 */
public record RegisteredPatent(
    long id, Patent patent, boolean own, long revision, Instant createdAt) {

  public RegisteredPatent {
    Objects.requireNonNull(patent, "patent");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public String number() {
    return patent.number();
  }
}
