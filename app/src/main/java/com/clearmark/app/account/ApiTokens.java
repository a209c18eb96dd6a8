package com.clearmark.app.account;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * API tokens, stored as SHA-256 hashes: the secret is shown once when created and cannot be read
 * back. A token is scoped to one organization and carries a role no higher than its creator's.
 *
 * <p>Resolved callers are cached for a short while so a busy integration does not cost a database
 * read per request; revoking a token evicts it at once.
 */
@Repository
public class ApiTokens {

  static final String PREFIX = "cm_";
  private static final Duration CACHE_FOR = Duration.ofSeconds(30);
  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(long tokenId, Caller caller, Instant until) {}

  /** A token just created: the only time its secret is known. */
  public record Created(long id, String secret) {}

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Created create(Caller creator, String name, Role role) {
    if (!creator.role().includes(role)) {
      throw new IllegalArgumentException("a token cannot have a higher role than its creator");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into api_tokens (organization_id, user_id, name, token_hash, token_prefix, role,
              created_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            creator.organizationId(),
            creator.userId(),
            name,
            hash(secret),
            secret.substring(0, 10),
            role.name(),
            Timestamps.now(clock))
        .update(keys, "id");
    return new Created(keys.getKey().longValue(), secret);
  }

  public List<ApiToken> list(long organizationId) {
    return jdbc.sql(
            """
            select t.id, t.name, t.token_prefix, t.role, u.name as user_name, t.created_at,
              t.last_used_at, t.revoked_at
            from api_tokens t join users u on u.id = t.user_id
            where t.organization_id = ? order by t.id desc""")
        .param(organizationId)
        .query(
            (rs, n) ->
                new ApiToken(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("token_prefix"),
                    Role.valueOf(rs.getString("role")),
                    rs.getString("user_name"),
                    instant(rs.getObject("created_at", OffsetDateTime.class)),
                    instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                    instant(rs.getObject("revoked_at", OffsetDateTime.class))))
        .list();
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  /** Revokes a token of the organization; false when it has no such token. */
  public boolean revoke(long organizationId, long tokenId) {
    int n =
        jdbc.sql(
                "update api_tokens set revoked_at = ? where id = ? and organization_id = ? and"
                    + " revoked_at is null")
            .params(Timestamps.now(clock), tokenId, organizationId)
            .update();
    cache.values().removeIf(c -> c.tokenId() == tokenId);
    return n > 0;
  }

  /** The caller a presented secret stands for, when it is a live token of a current member. */
  public Optional<Caller> authenticate(String secret) {
    return bearer(secret).map(Bearer::caller);
  }

  /** A live token and the caller it stands for. */
  record Bearer(long tokenId, Caller caller) {}

  Optional<Bearer> bearer(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(secret);
    Instant now = clock.instant();
    Cached cached = cache.get(hash);
    if (cached != null && cached.until().isAfter(now)) {
      return Optional.of(new Bearer(cached.tokenId(), cached.caller()));
    }
    Optional<Cached> found =
        jdbc.sql(
                """
                select t.id, t.user_id, u.name as user_name, t.organization_id, o.name as org_name,
                  t.role, m.role as member_role
                from api_tokens t
                join users u on u.id = t.user_id
                join organizations o on o.id = t.organization_id
                join memberships m on m.user_id = t.user_id and m.organization_id = t.organization_id
                where t.token_hash = ? and t.revoked_at is null""")
            .param(hash)
            .query(
                (rs, n) -> {
                  Role token = Role.valueOf(rs.getString("role"));
                  Role member = Role.valueOf(rs.getString("member_role"));
                  // A member demoted since the token was made does not keep the old role through
                  // it.
                  Role effective = member.includes(token) ? token : member;
                  var caller =
                      new Caller(
                          rs.getLong("user_id"),
                          rs.getString("user_name"),
                          rs.getLong("organization_id"),
                          rs.getString("org_name"),
                          effective);
                  return new Cached(rs.getLong("id"), caller, now.plus(CACHE_FOR));
                })
            .optional();
    found.ifPresent(
        c -> {
          cache.put(hash, c);
          jdbc.sql("update api_tokens set last_used_at = ? where id = ?")
              .params(Timestamps.now(clock), c.tokenId())
              .update();
        });
    return found.map(c -> new Bearer(c.tokenId(), c.caller()));
  }

  /** Forgets cached callers, for when memberships change. */
  public void forgetCached() {
    cache.clear();
  }

  static String hash(String secret) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
