package com.clearmark.app.account;

import com.clearmark.app.shared.Caller;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person. Roles are per organization, so they are not authorities here: the {@link
 * Caller} of each request carries the role in the organization being worked on.
 */
public record AccountUser(long id, String email, String name, String passwordHash)
    implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_USER"));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public String toString() {
    return "AccountUser[" + id + ", " + email + "]";
  }
}
