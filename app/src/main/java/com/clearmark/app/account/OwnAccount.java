package com.clearmark.app.account;

import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.web.InvalidInputException;
import com.clearmark.app.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in people do with their own account: their password and their invitations. */
@Service
public class OwnAccount {

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final ApiTokens tokens;
  private final AuditLog audit;

  OwnAccount(
      Accounts accounts,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      ApiTokens tokens,
      AuditLog audit) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.tokens = tokens;
    this.audit = audit;
  }

  /**
   * Changes a user's own password: the current one must be given, and the new one must meet the
   * {@link PasswordPolicy} and differ from the current one.
   */
  @Transactional
  public void changePassword(long userId, String current, String chosen, String repeated) {
    var user = accounts.user(userId).orElseThrow(() -> new NotFoundException("user", userId));
    Map<String, String> errors = new LinkedHashMap<>();
    if (current == null
        || current.isEmpty()
        || current.length() > 1_000
        || !passwords.matches(current, user.passwordHash())) {
      errors.put("current", "enter your current password");
    }
    policy.problemWith(chosen, user.email(), user.name()).ifPresent(p -> errors.put("password", p));
    if (!errors.containsKey("password") && chosen.equals(current)) {
      errors.put("password", "choose a password other than your current one");
    }
    if (!errors.containsKey("password") && !chosen.equals(repeated)) {
      errors.put("repeated", "type the new password the same way twice");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The password was not changed.", errors);
    }
    accounts.setPassword(userId, passwords.encode(chosen), false);
  }

  public List<Invitation> invitations(long userId) {
    return accounts.invitationsFor(userId);
  }

  /** Joins the organization of an invitation, with the role it offers. */
  @Transactional
  public Invitation accept(long userId, long organizationId) {
    var invitation =
        accounts
            .invitation(organizationId, userId)
            .orElseThrow(() -> new NotFoundException("invitation", organizationId));
    var user = accounts.user(userId).orElseThrow(() -> new NotFoundException("user", userId));
    accounts.removeInvitation(organizationId, userId);
    if (accounts.roleOf(userId, organizationId).isEmpty()) {
      accounts.addMember(organizationId, userId, invitation.role());
    }
    tokens.forgetCached();
    audit.record(
        organizationId,
        userId,
        user.name(),
        "MEMBER_ADDED",
        "USER",
        userId,
        user.email() + " accepted the invitation as " + invitation.role(),
        null);
    return invitation;
  }

  @Transactional
  public void decline(long userId, long organizationId) {
    var invitation =
        accounts
            .invitation(organizationId, userId)
            .orElseThrow(() -> new NotFoundException("invitation", organizationId));
    accounts.removeInvitation(organizationId, userId);
    audit.record(
        organizationId,
        userId,
        invitation.email(),
        "INVITATION_DECLINED",
        "USER",
        null,
        invitation.email() + " declined the invitation",
        null);
  }
}
