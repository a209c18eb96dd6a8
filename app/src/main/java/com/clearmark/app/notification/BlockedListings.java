package com.clearmark.app.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Listings whose current version was screened BLOCK, read from the catalogue's tables, with the
 * findings that are not dismissed.
 */
@Repository
class BlockedListings {

  /** The most findings a notification lists for one listing. */
  static final int MAX_FINDINGS = 10;

  private final JdbcClient jdbc;

  BlockedListings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A listing version screened BLOCK. */
  record Blocked(
      long listingId,
      long versionId,
      int version,
      String sku,
      String asin,
      String title,
      String brand,
      int score,
      List<Found> findings) {}

  /** A finding of a blocked listing, as a compliance officer reads it. */
  record Found(
      String rule, String severity, String mark, String owner, String field, String evidence) {}

  /** The blocked listings whose current version was screened at or after {@code from}. */
  List<Blocked> screenedSince(long organizationId, OffsetDateTime from) {
    List<Blocked> versions =
        jdbc.sql(
                """
                select v.id, v.listing_id, v.version, l.sku, l.asin, v.title, v.brand, v.score
                from listing_versions v
                join listings l on l.id = v.listing_id and l.current_version = v.version
                where v.organization_id = ? and v.decision = 'BLOCK' and v.screened_at >= ?
                order by v.id""")
            .params(organizationId, from)
            .query(BlockedListings::row)
            .list();
    if (versions.isEmpty()) {
      return versions;
    }
    Map<Long, List<Found>> found = new HashMap<>();
    // In chunks, to keep the statement's parameter count well below what either database allows.
    for (int i = 0; i < versions.size(); i += 500) {
      List<Blocked> chunk = versions.subList(i, Math.min(versions.size(), i + 500));
      List<Object> params = new ArrayList<>(chunk.size() + 1);
      params.add(organizationId);
      chunk.forEach(b -> params.add(b.versionId()));
      jdbc.sql(
              "select listing_version_id, rule, severity, mark, owner, field, evidence from"
                  + " findings where organization_id = ? and dismissed = false and"
                  + " listing_version_id in ("
                  + String.join(",", Collections.nCopies(chunk.size(), "?"))
                  + ") order by listing_version_id, id")
          .params(params)
          .query(
              rs -> {
                var list = found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                if (list.size() < MAX_FINDINGS) {
                  list.add(
                      new Found(
                          rs.getString("rule"),
                          rs.getString("severity"),
                          rs.getString("mark"),
                          rs.getString("owner"),
                          rs.getString("field"),
                          Deliveries.clip(rs.getString("evidence"), 300)));
                }
              });
    }
    return versions.stream()
        .map(
            b ->
                new Blocked(
                    b.listingId(),
                    b.versionId(),
                    b.version(),
                    b.sku(),
                    b.asin(),
                    b.title(),
                    b.brand(),
                    b.score(),
                    List.copyOf(found.getOrDefault(b.versionId(), List.of()))))
        .toList();
  }

  /** The key prefix of the notification that a listing version is blocked. */
  static final String TOLD_PREFIX = "finding:block:listing:";

  /**
   * The listing versions whose blocking was told, alone or in a summary, at or after {@code from}:
   * what the outbox recorded, not what was screened, since a re-screen stamps every listing again.
   * Without their findings.
   */
  List<Blocked> toldSince(long organizationId, OffsetDateTime from) {
    Map<Long, List<Integer>> told = new LinkedHashMap<>();
    jdbc.sql(
            "select event_key from notification_outbox where organization_id = ? and event_key"
                + " like ? and created_at >= ? order by id")
        .params(organizationId, TOLD_PREFIX + "%", from)
        .query(
            rs -> {
              // finding:block:listing:<listing id>:version:<version>
              String[] parts = rs.getString(1).substring(TOLD_PREFIX.length()).split(":");
              told.computeIfAbsent(Long.parseLong(parts[0]), k -> new ArrayList<>())
                  .add(Integer.parseInt(parts[2]));
            });
    List<Long> ids = List.copyOf(told.keySet());
    List<Blocked> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      List<Object> params = new ArrayList<>(chunk.size() + 1);
      params.add(organizationId);
      params.addAll(chunk);
      var versions =
          jdbc.sql(
                  "select v.id, v.listing_id, v.version, l.sku, l.asin, v.title, v.brand, v.score"
                      + " from listing_versions v join listings l on l.id = v.listing_id where"
                      + " v.organization_id = ? and v.listing_id in ("
                      + String.join(",", Collections.nCopies(chunk.size(), "?"))
                      + ")")
              .params(params)
              .query(BlockedListings::row)
              .list();
      for (Blocked b : versions) {
        if (told.get(b.listingId()).contains(b.version())) {
          out.add(b);
        }
      }
    }
    out.sort(Comparator.comparingLong(Blocked::versionId));
    return out;
  }

  private static Blocked row(ResultSet rs, int n) throws SQLException {
    return new Blocked(
        rs.getLong("listing_id"),
        rs.getLong("id"),
        rs.getInt("version"),
        rs.getString("sku"),
        rs.getString("asin"),
        rs.getString("title"),
        rs.getString("brand"),
        rs.getInt("score"),
        List.of());
  }
}
