package com.clearmark.app.account;

import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organizations, users and memberships. */
@Repository
public class Accounts {

  private final JdbcClient jdbc;
  private final Clock clock;

  Accounts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long createOrganization(String name) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
        .params(name, Timestamps.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<Organization> organization(long id) {
    return jdbc.sql("select id, name from organizations where id = ?")
        .param(id)
        .query(Organization.class)
        .optional();
  }

  public Optional<Organization> organizationNamed(String name) {
    return jdbc
        .sql("select id, name from organizations where name = ? order by id")
        .param(name)
        .query(Organization.class)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * The version of the organization's registry, counted up by each change that needs a rescreen.
   */
  public long registryVersion(long organizationId) {
    return jdbc.sql("select registry_version from organizations where id = ?")
        .param(organizationId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Counts the organization's registry version up by one. */
  public void newRegistryVersion(long organizationId) {
    jdbc.sql("update organizations set registry_version = registry_version + 1 where id = ?")
        .param(organizationId)
        .update();
  }

  public long createUser(String email, String name, String passwordHash) {
    return createUser(email, name, passwordHash, false);
  }

  /**
   * A new user; {@code mustChangePassword} when someone else chose the password, so that it is
   * changed at the first sign-in.
   */
  public long createUser(
      String email, String name, String passwordHash, boolean mustChangePassword) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into users (email, name, password_hash, must_change_password, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            email.strip().toLowerCase(Locale.ROOT),
            name,
            passwordHash,
            mustChangePassword,
            Timestamps.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<AccountUser> user(long id) {
    return jdbc.sql("select id, email, name, password_hash from users where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new AccountUser(
                    rs.getLong("id"),
                    rs.getString("email"),
                    rs.getString("name"),
                    rs.getString("password_hash")))
        .optional();
  }

  public boolean mustChangePassword(long userId) {
    return jdbc.sql("select must_change_password from users where id = ?")
        .param(userId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Replaces a user's password hash; {@code mustChange} when it was not the user who chose it. */
  public void setPassword(long userId, String passwordHash, boolean mustChange) {
    jdbc.sql("update users set password_hash = ?, must_change_password = ? where id = ?")
        .params(passwordHash, mustChange, userId)
        .update();
  }

  /**
   * Records or renews an invitation of an existing user to join an organization; renewing replaces
   * the code, so that only the latest one shown to an admin is accepted.
   */
  public void invite(long organizationId, long userId, Role role, long invitedBy, String codeHash) {
    int updated =
        jdbc.sql(
                "update invitations set role = ?, code_hash = ?, invited_by = ?, created_at = ?"
                    + " where organization_id = ? and user_id = ?")
            .params(role.name(), codeHash, invitedBy, Timestamps.now(clock), organizationId, userId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into invitations"
                  + " (organization_id, user_id, role, code_hash, invited_by, created_at)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(organizationId, userId, role.name(), codeHash, invitedBy, Timestamps.now(clock))
          .update();
    }
  }

  /** The SHA-256 of the code that accepts an invitation, if there is such an invitation. */
  Optional<String> invitationCodeHash(long organizationId, long userId) {
    return jdbc.sql("select code_hash from invitations where organization_id = ? and user_id = ?")
        .params(organizationId, userId)
        .query(String.class)
        .optional();
  }

  private static final String INVITATIONS =
      """
      select i.organization_id, o.name as organization_name, i.user_id, u.email, i.role
      from invitations i join users u on u.id = i.user_id
      join organizations o on o.id = i.organization_id""";

  /** The invitations an organization has sent that are not yet accepted, by email. */
  public List<Invitation> invitationsOf(long organizationId) {
    return jdbc.sql(INVITATIONS + " where i.organization_id = ? order by u.email")
        .param(organizationId)
        .query(Accounts::invitation)
        .list();
  }

  /** The invitations waiting for a user's answer, oldest organization first. */
  public List<Invitation> invitationsFor(long userId) {
    return jdbc.sql(INVITATIONS + " where i.user_id = ? order by i.organization_id")
        .param(userId)
        .query(Accounts::invitation)
        .list();
  }

  public Optional<Invitation> invitation(long organizationId, long userId) {
    return jdbc.sql(INVITATIONS + " where i.organization_id = ? and i.user_id = ?")
        .params(organizationId, userId)
        .query(Accounts::invitation)
        .optional();
  }

  public boolean removeInvitation(long organizationId, long userId) {
    return jdbc.sql("delete from invitations where organization_id = ? and user_id = ?")
            .params(organizationId, userId)
            .update()
        > 0;
  }

  private static Invitation invitation(ResultSet rs, int n) throws SQLException {
    return new Invitation(
        rs.getLong("organization_id"),
        rs.getString("organization_name"),
        rs.getLong("user_id"),
        rs.getString("email"),
        Role.valueOf(rs.getString("role")));
  }

  public Optional<AccountUser> userByEmail(String email) {
    return jdbc.sql("select id, email, name, password_hash from users where email = ?")
        .param(email.strip().toLowerCase(Locale.ROOT))
        .query(
            (rs, n) ->
                new AccountUser(
                    rs.getLong("id"),
                    rs.getString("email"),
                    rs.getString("name"),
                    rs.getString("password_hash")))
        .optional();
  }

  public void addMember(long organizationId, long userId, Role role) {
    int updated =
        jdbc.sql("update memberships set role = ? where organization_id = ? and user_id = ?")
            .params(role.name(), organizationId, userId)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into memberships (organization_id, user_id, role) values (?, ?, ?)")
          .params(organizationId, userId, role.name())
          .update();
    }
  }

  public boolean removeMember(long organizationId, long userId) {
    return jdbc.sql("delete from memberships where organization_id = ? and user_id = ?")
            .params(organizationId, userId)
            .update()
        > 0;
  }

  public Optional<Role> roleOf(long userId, long organizationId) {
    return jdbc.sql("select role from memberships where user_id = ? and organization_id = ?")
        .params(userId, organizationId)
        .query((rs, n) -> Role.valueOf(rs.getString(1)))
        .optional();
  }

  /** The organizations a user belongs to, oldest first. */
  public List<Organization> organizationsOf(long userId) {
    return jdbc.sql(
            """
            select o.id, o.name from organizations o
            join memberships m on m.organization_id = o.id
            where m.user_id = ? order by o.id""")
        .param(userId)
        .query(Organization.class)
        .list();
  }

  public List<Member> members(long organizationId) {
    return jdbc.sql(
            """
            select u.id as user_id, u.email, u.name, m.role from users u
            join memberships m on m.user_id = u.id
            where m.organization_id = ? order by u.name""")
        .param(organizationId)
        .query(
            (rs, n) ->
                new Member(
                    rs.getLong("user_id"),
                    rs.getString("email"),
                    rs.getString("name"),
                    Role.valueOf(rs.getString("role"))))
        .list();
  }

  public long countUsers() {
    return jdbc.sql("select count(*) from users").query(Long.class).single();
  }

  public long countAdmins(long organizationId) {
    return jdbc.sql("select count(*) from memberships where organization_id = ? and role = 'ADMIN'")
        .param(organizationId)
        .query(Long.class)
        .single();
  }
}
