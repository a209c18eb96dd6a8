package com.clearmark.app.account;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves the {@link Caller} of a request. A signed-in user works in one organization at a time,
 * kept in the session; the membership is read on every request so a removed member loses access at
 * once.
 */
@Component
class Callers {

  static final String ORGANIZATION = "clearmark.organization";
  private final Accounts accounts;

  Callers(Accounts accounts) {
    this.accounts = accounts;
  }

  public Caller current(HttpServletRequest request) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      throw new ForbiddenException("Sign in first.");
    }
    if (auth.getPrincipal() instanceof Caller caller) {
      return caller;
    }
    if (!(auth.getPrincipal() instanceof AccountUser user)) {
      throw new ForbiddenException("Sign in first.");
    }
    HttpSession session = request.getSession();
    Object chosen = session.getAttribute(ORGANIZATION);
    if (chosen instanceof Long id) {
      var caller = callerIn(user, id);
      if (caller != null) {
        return caller;
      }
    }
    List<Organization> mine = accounts.organizationsOf(user.id());
    for (Organization o : mine) {
      var caller = callerIn(user, o.id());
      if (caller != null) {
        session.setAttribute(ORGANIZATION, o.id());
        return caller;
      }
    }
    throw new ForbiddenException("You are not a member of any organization yet; ask an admin.");
  }

  /** Switches the session to another organization the user belongs to. */
  public boolean switchTo(HttpServletRequest request, long organizationId) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof AccountUser user
        && callerIn(user, organizationId) != null) {
      request.getSession().setAttribute(ORGANIZATION, organizationId);
      return true;
    }
    return false;
  }

  public List<Organization> organizationsOf(Caller caller) {
    return accounts.organizationsOf(caller.userId());
  }

  private Caller callerIn(AccountUser user, long organizationId) {
    var role = accounts.roleOf(user.id(), organizationId);
    if (role.isEmpty()) {
      return null;
    }
    var org = accounts.organization(organizationId).orElseThrow();
    return new Caller(user.id(), user.name(), org.id(), org.name(), role.get());
  }
}
