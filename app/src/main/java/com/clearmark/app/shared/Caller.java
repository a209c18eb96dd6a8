package com.clearmark.app.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * Who is calling and on behalf of which organization: resolved for every request, from the session
 * of a signed-in user or from an API token. Every read and write is scoped by {@link
 * #organizationId()}.
 */
public record Caller(
    long userId, String userName, long organizationId, String organizationName, Role role) {

  public Caller {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(organizationName, "organizationName");
    Objects.requireNonNull(role, "role");
  }

  /** Refuses the action unless the caller's role includes {@code needed}. */
  public void require(Role needed) {
    if (!role.includes(needed)) {
      throw new ForbiddenException(
          "This needs the "
              + needed.name().toLowerCase(Locale.ROOT)
              + " role; your role in "
              + organizationName
              + " is "
              + role.name().toLowerCase(Locale.ROOT)
              + ".");
    }
  }

  public boolean can(Role needed) {
    return role.includes(needed);
  }
}
