package com.clearmark.app.account;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in people do with their own account: their password and their invitations. */
@Service
class OwnAccount {

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final ApiTokens tokens;
  private final AuditLog audit;
  private final SignInThrottle throttle;

  OwnAccount(
      Accounts accounts,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      ApiTokens tokens,
      AuditLog audit,
      SignInThrottle throttle) {
    this.throttle = throttle;
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.tokens = tokens;
    this.audit = audit;
  }

  /**
   * Changes a user's own password: the current one must be given, and the new one must meet the
   * {@link PasswordPolicy} and differ from the current one. A wrong current password counts as a
   * failed sign-in for the user's email, so that a session left open does not let the password be
   * guessed.
   *
   * @throws SignInThrottle.Refused while sign-ins for the email or from the address are refused
   */
  @Transactional
  public void changePassword(
      long userId, String current, String chosen, String repeated, String address) {
    var user = accounts.user(userId).orElseThrow(() -> new NotFoundException("user", userId));
    Map<String, String> errors = new LinkedHashMap<>();
    if (current == null || current.isEmpty()) {
      errors.put("current", "enter your current password");
    } else {
      var attempt = throttle.reserve(user.email(), address);
      try {
        if (current.length() <= 1_000 && passwords.matches(current, user.passwordHash())) {
          attempt.succeeded();
        } else {
          errors.put("current", "enter your current password");
        }
      } finally {
        attempt.failed();
      }
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

  /**
   * Joins the organization of an invitation, with the role it offers, given the invitation's code.
   * A wrong code counts as a failed sign-in for the user's email, so that codes cannot be guessed.
   *
   * @throws SignInThrottle.Refused while sign-ins for the email or from the address are refused
   */
  @Transactional
  public Invitation accept(long userId, long organizationId, String code, String address) {
    var invitation =
        accounts
            .invitation(organizationId, userId)
            .orElseThrow(() -> new NotFoundException("invitation", organizationId));
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(
          "code", "type the invitation code from " + invitation.organizationName() + "'s admin");
    }
    var attempt = throttle.reserve(invitation.email(), address);
    var typed = InvitationCode.hashOfTyped(code);
    var expected = accounts.invitationCodeHash(organizationId, userId);
    if (typed.isEmpty()
        || expected.isEmpty()
        || !InvitationCode.sameHash(typed.get(), expected.get())) {
      attempt.failed();
      throw new InvalidInputException(
          "code",
          "that is not the invitation code from "
              + invitation.organizationName()
              + "; ask its admin for the code they were shown");
    }
    // A right code clears nothing: an admin elsewhere may know a code of their own for this email.
    attempt.givenBack();
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
        AuditAction.MEMBER_ADDED,
        "USER",
        userId,
        user.email() + " accepted the invitation as " + Members.word(invitation.role()),
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
        AuditAction.INVITATION_DECLINED,
        "USER",
        null,
        invitation.email() + " declined the invitation",
        null);
  }
}
