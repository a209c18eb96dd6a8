package com.clearmark.app.account;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and API tokens of an organization; only admins change them, and every change is audited.
 */
@Service
public class MemberService {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final PasswordPolicy policy;

  MemberService(
      Accounts accounts,
      ApiTokens tokens,
      PasswordEncoder passwords,
      AuditLog audit,
      PasswordPolicy policy) {
    this.policy = policy;
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwords = passwords;
    this.audit = audit;
  }

  /**
   * Invites a person to the organization. An email without an account gets one, with the name and
   * initial password given (to be changed at the first sign-in); an email with an account keeps its
   * password and name. Either way the person joins only when they accept the invitation after
   * signing in and typing the invitation's code, which only this answer carries: the admin hands it
   * to the person, so that someone else who can sign in with that email (an admin elsewhere who set
   * its password) cannot accept. The admin sees the same answer either way, so that adding a member
   * never tells whether an email has an account.
   */
  @Transactional
  public Invited add(Caller caller, String email, String name, String password, Role role) {
    caller.require(Role.ADMIN);
    Map<String, String> errors = new LinkedHashMap<>();
    String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(mail).matches() || mail.length() > FieldLimits.EMAIL) {
      errors.put("email", "enter an email address like name@example.com");
    }
    if (role == null) {
      errors.put("role", "choose a role");
    }
    // Name and password are asked for and checked whether or not the email has an account, so
    // that the form's answer is the same in both cases.
    if (name == null || name.isBlank() || name.length() > FieldLimits.PERSON_NAME) {
      errors.put(
          "name", "enter the person's name (at most " + FieldLimits.PERSON_NAME + " characters)");
    }
    policy
        .problemWith(password, mail, name)
        .ifPresent(p -> errors.put("password", "initial password: " + p));
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The member has invalid fields.", errors);
    }
    // Hashed in both cases, so that the time taken does not tell either.
    String hash = passwords.encode(password);
    var existing = accounts.userByEmail(mail);
    if (existing.isPresent()
        && accounts.roleOf(existing.get().id(), caller.organizationId()).isPresent()) {
      throw new ConflictException(mail + " is already a member; change their role instead.");
    }
    long userId =
        existing
            .map(AccountUser::id)
            .orElseGet(() -> accounts.createUser(mail, name.strip(), hash, true));
    var code = InvitationCode.fresh();
    accounts.invite(caller.organizationId(), userId, role, caller.userId(), code.hash());
    audit.record(caller, AuditAction.MEMBER_INVITED, "USER", null, mail + " as " + role, null);
    return new Invited(
        accounts.invitation(caller.organizationId(), userId).orElseThrow(), code.text());
  }

  /** An invitation just made, with the code that accepts it; the code is not kept anywhere. */
  public record Invited(Invitation invitation, String code) {}

  /**
   * Sets a new password for a member, to be changed at their next sign-in. Only for members who
   * belong to no other organization and have no invitation from one: an admin of one organization
   * must not be able to take over an account that works, or is about to work, for another.
   */
  @Transactional
  public void resetPassword(Caller caller, long userId, String password) {
    caller.require(Role.ADMIN);
    accounts
        .roleOf(userId, caller.organizationId())
        .orElseThrow(() -> new NotFoundException("member", userId));
    if (userId == caller.userId()) {
      throw new ConflictException(
          "Change your own password under Settings > Change your password.");
    }
    if (accounts.organizationsOf(userId).size() > 1) {
      throw new ConflictException(
          "This member also belongs to another organization, so only they can change their"
              + " password.");
    }
    boolean invitedElsewhere =
        accounts.invitationsFor(userId).stream()
            .anyMatch(i -> i.organizationId() != caller.organizationId());
    if (invitedElsewhere) {
      throw new ConflictException(
          "This member is invited to another organization, so only they can change their"
              + " password.");
    }
    var user = accounts.user(userId).orElseThrow(() -> new NotFoundException("member", userId));
    var problem = policy.problemWith(password, user.email(), user.name());
    if (problem.isPresent()) {
      throw new InvalidInputException("password", "new password: " + problem.get());
    }
    accounts.setPassword(userId, passwords.encode(password), true);
    audit.record(caller, AuditAction.PASSWORD_RESET, "USER", userId, user.email(), null);
  }

  /** Withdraws an invitation not yet accepted. */
  @Transactional
  public void cancelInvitation(Caller caller, long userId) {
    caller.require(Role.ADMIN);
    var invitation =
        accounts
            .invitation(caller.organizationId(), userId)
            .orElseThrow(() -> new NotFoundException("invitation", userId));
    accounts.removeInvitation(caller.organizationId(), userId);
    audit.record(
        caller,
        AuditAction.INVITATION_CANCELLED,
        "USER",
        null,
        invitation.email() + " not invited",
        null);
  }

  @Transactional
  public void changeRole(Caller caller, long userId, Role role) {
    caller.require(Role.ADMIN);
    var before =
        accounts
            .roleOf(userId, caller.organizationId())
            .orElseThrow(() -> new NotFoundException("member", userId));
    if (role == null) {
      throw new InvalidInputException("role", "choose a role");
    }
    if (before == Role.ADMIN
        && role != Role.ADMIN
        && accounts.countAdmins(caller.organizationId()) <= 1) {
      throw new ConflictException("An organization keeps at least one admin.");
    }
    accounts.addMember(caller.organizationId(), userId, role);
    tokens.forgetCached();
    audit.record(
        caller, AuditAction.MEMBER_ROLE_CHANGED, "USER", userId, before + " -> " + role, null);
  }

  @Transactional
  public void remove(Caller caller, long userId) {
    caller.require(Role.ADMIN);
    var before =
        accounts
            .roleOf(userId, caller.organizationId())
            .orElseThrow(() -> new NotFoundException("member", userId));
    if (before == Role.ADMIN && accounts.countAdmins(caller.organizationId()) <= 1) {
      throw new ConflictException("An organization keeps at least one admin.");
    }
    accounts.removeMember(caller.organizationId(), userId);
    tokens.forgetCached();
    audit.record(caller, AuditAction.MEMBER_REMOVED, "USER", userId, "was " + before, null);
  }

  @Transactional
  public ApiTokens.Created createToken(Caller caller, String name, Role role) {
    caller.require(Role.ADMIN);
    Map<String, String> errors = new LinkedHashMap<>();
    if (name == null || name.isBlank() || name.length() > FieldLimits.TOKEN_NAME) {
      errors.put(
          "name",
          "name the token after what uses it (at most " + FieldLimits.TOKEN_NAME + " characters)");
    }
    if (role == null) {
      errors.put("role", "choose a role");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The token has invalid fields.", errors);
    }
    var created = tokens.create(caller, name.strip(), role);
    audit.record(
        caller,
        AuditAction.TOKEN_CREATED,
        "TOKEN",
        created.id(),
        name.strip() + " (" + role + ")",
        null);
    return created;
  }

  @Transactional
  public void revokeToken(Caller caller, long tokenId) {
    caller.require(Role.ADMIN);
    if (!tokens.revoke(caller.organizationId(), tokenId)) {
      throw new NotFoundException("active API token", tokenId);
    }
    audit.record(caller, AuditAction.TOKEN_REVOKED, "TOKEN", tokenId, "token " + tokenId, null);
  }
}
