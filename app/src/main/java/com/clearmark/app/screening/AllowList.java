package com.clearmark.app.screening;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.screening.Finding;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Findings a reviewer dismissed as false positives, by listing, rule and mark. A dismissed finding
 * stays visible on the listing but no longer counts towards its score, in this screening and every
 * later one of the same listing.
 */
@Repository
public class AllowList {

  private final JdbcClient jdbc;
  private final Clock clock;

  AllowList(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The allowed findings of an organization, loaded once for a batch of screenings. */
  public static final class Snapshot {
    private final Map<Long, Set<String>> byListing;

    Snapshot(Map<Long, Set<String>> byListing) {
      this.byListing = byListing;
    }

    public static Snapshot empty() {
      return new Snapshot(Map.of());
    }

    public boolean allows(Long listingId, Finding f) {
      if (listingId == null) {
        return false;
      }
      Set<String> keys = byListing.get(listingId);
      return keys != null && keys.contains(key(f.rule().name(), f.mark()));
    }
  }

  static String key(String rule, String mark) {
    return rule + '\u0000' + mark;
  }

  public Snapshot snapshot(long organizationId) {
    Map<Long, Set<String>> map = new HashMap<>();
    jdbc.sql("select listing_id, rule, mark from allowed_findings where organization_id = ?")
        .param(organizationId)
        .query(
            rs -> {
              map.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                  .add(key(rs.getString(2), rs.getString(3)));
            });
    return new Snapshot(map);
  }

  public Snapshot forListing(long organizationId, long listingId) {
    Map<Long, Set<String>> map = new HashMap<>();
    jdbc.sql("select rule, mark from allowed_findings where organization_id = ? and listing_id = ?")
        .params(organizationId, listingId)
        .query(
            rs -> {
              map.computeIfAbsent(listingId, k -> new HashSet<>())
                  .add(key(rs.getString(1), rs.getString(2)));
            });
    return new Snapshot(map);
  }

  /** Allows a finding on a listing from now on; false when it was already allowed. */
  public boolean allow(Caller caller, long listingId, String rule, String mark, String reason) {
    Integer existing =
        jdbc.sql(
                "select count(*) from allowed_findings where listing_id = ? and rule = ? and mark ="
                    + " ?")
            .params(listingId, rule, mark)
            .query(Integer.class)
            .single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql(
            """
            insert into allowed_findings (organization_id, listing_id, rule, mark, reason,
              created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            caller.organizationId(),
            listingId,
            rule,
            mark,
            reason,
            caller.userId(),
            Timestamps.now(clock))
        .update();
    return true;
  }

  /**
   * Takes a finding off the allow-list of a listing, so that it counts again from now on; false
   * when it was not on it.
   */
  public boolean disallow(long organizationId, long listingId, String rule, String mark) {
    return jdbc.sql(
                "delete from allowed_findings where organization_id = ? and listing_id = ? and rule"
                    + " = ? and mark = ?")
            .params(organizationId, listingId, rule, mark)
            .update()
        > 0;
  }
}
