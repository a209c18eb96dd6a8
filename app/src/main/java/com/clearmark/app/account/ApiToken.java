package com.clearmark.app.account;

import com.clearmark.app.shared.Role;
import java.time.Instant;

/** An API token as listed to its organization: never the secret, only its first characters. */
record ApiToken(
    long id,
    String name,
    String prefix,
    Role role,
    String userName,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
