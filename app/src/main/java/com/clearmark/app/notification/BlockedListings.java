package com.clearmark.app.notification;

import com.clearmark.app.catalog.Listings;
import com.clearmark.app.screening.ListingFinding;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Listings whose current version was screened BLOCK, read through the catalogue's {@link Listings},
 * with the findings that are not dismissed; and which of them the outbox has told.
 */
@Repository
class BlockedListings {

  /** The most findings a notification lists for one listing. */
  static final int MAX_FINDINGS = 10;

  private final JdbcClient jdbc;
  private final Listings listings;

  BlockedListings(JdbcClient jdbc, Listings listings) {
    this.jdbc = jdbc;
    this.listings = listings;
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
    List<Listings.Screened> versions = listings.blockedSince(organizationId, from);
    if (versions.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ListingFinding>> found =
        listings.undismissedFindingsOf(
            organizationId,
            versions.stream().map(Listings.Screened::versionId).toList(),
            MAX_FINDINGS);
    return versions.stream()
        .map(
            v ->
                blocked(
                    v,
                    found.getOrDefault(v.versionId(), List.of()).stream()
                        .map(
                            f ->
                                new Found(
                                    f.rule().name(),
                                    f.severity().name(),
                                    f.mark(),
                                    f.owner(),
                                    f.field(),
                                    Deliveries.clip(f.evidence(), 300)))
                        .toList()))
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
    List<Blocked> out = new ArrayList<>();
    for (Listings.Screened v : listings.versionsOf(organizationId, List.copyOf(told.keySet()))) {
      if (told.get(v.listingId()).contains(v.version())) {
        out.add(blocked(v, List.of()));
      }
    }
    out.sort(Comparator.comparingLong(Blocked::versionId));
    return out;
  }

  private static Blocked blocked(Listings.Screened v, List<Found> findings) {
    return new Blocked(
        v.listingId(),
        v.versionId(),
        v.version(),
        v.sku(),
        v.asin(),
        v.title(),
        v.brand(),
        v.score(),
        List.copyOf(findings));
  }
}
