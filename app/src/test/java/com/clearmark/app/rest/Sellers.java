package com.clearmark.app.rest;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Builds seller organizations with one member and one API token per role. */
final class Sellers {

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final PasswordEncoder passwords;
  private final int port;

  Sellers(Accounts accounts, ApiTokens tokens, PasswordEncoder passwords, int port) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwords = passwords;
    this.port = port;
  }

  /** A seller organization as its admin, reviewer and viewer see it through the API. */
  record Seller(long organizationId, Api admin, Api reviewer, Api viewer, long adminTokenId) {}

  Seller seller(String name) {
    long org =
        accounts.createOrganization(name + " " + UUID.randomUUID().toString().substring(0, 8));
    Api[] apis = new Api[3];
    long adminToken = 0;
    Role[] roles = {Role.ADMIN, Role.REVIEWER, Role.VIEWER};
    for (int i = 0; i < roles.length; i++) {
      String who = roles[i].name().toLowerCase(java.util.Locale.ROOT);
      long user =
          accounts.createUser(
              who + "-" + UUID.randomUUID() + "@example.test",
              "Pat " + who,
              passwords.encode("irrelevant passphrase"));
      accounts.addMember(org, user, roles[i]);
      var created =
          tokens.create(new Caller(user, "Pat " + who, org, name, roles[i]), "tests", roles[i]);
      apis[i] = new Api(port, created.secret());
      if (i == 0) {
        adminToken = created.id();
      }
    }
    return new Seller(org, apis[0], apis[1], apis[2], adminToken);
  }
}
