package com.clearmark.app.api;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ApiClient;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Seller organizations built through the service's own account beans, each with one member per role
 * and an API token for each, so a test reads as "Acme's reviewer imports a catalogue".
 */
final class Tenants {

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final MemberService members;
  private final int port;
  private final String passwordHash;

  Tenants(
      Accounts accounts,
      ApiTokens tokens,
      MemberService members,
      PasswordEncoder passwords,
      int port) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.members = members;
    this.port = port;
    // Nobody signs in through the login form in these tests; hashing once keeps them quick.
    this.passwordHash = passwords.encode("correct horse battery staple");
  }

  /** A seller organization as its admin, reviewer and viewer reach it through the API. */
  record Tenant(
      long organizationId, String name, ApiClient admin, ApiClient reviewer, ApiClient viewer) {

    Caller adminCaller() {
      return new Caller(admin.userId(), admin.personName(), organizationId, name, Role.ADMIN);
    }
  }

  /**
   * A fresh seller organization named after {@code name} (made unique, so tests never share one)
   * with an admin, a reviewer and a viewer, each holding an API token of their role.
   */
  Tenant sellerWithAdmin(String name) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    long org = accounts.createOrganization(unique);
    return new Tenant(
        org,
        unique,
        member(org, unique, "Ada Admin of " + name, Role.ADMIN),
        member(org, unique, "Rita Reviewer of " + name, Role.REVIEWER),
        member(org, unique, "Victor Viewer of " + name, Role.VIEWER));
  }

  /** Revokes a member's token, as an admin does under Settings > API tokens. */
  void revoke(Tenant tenant, ApiClient member) {
    if (!tokens.revoke(tenant.organizationId(), member.tokenId())) {
      throw new IllegalStateException("token " + member.tokenId() + " was not active");
    }
  }

  /** Changes a member's role, as an admin does under Settings > Members. */
  void changeRole(Tenant tenant, ApiClient member, Role role) {
    members.changeRole(tenant.adminCaller(), member.userId(), role);
  }

  private ApiClient member(long org, String orgName, String personName, Role role) {
    String email =
        role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@seller.example";
    long user = accounts.createUser(email, personName, passwordHash);
    accounts.addMember(org, user, role);
    var created =
        tokens.create(new Caller(user, personName, org, orgName, role), "integration", role);
    return new ApiClient(port, created.secret(), personName, user, created.id());
  }
}
