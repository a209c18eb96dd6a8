package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Monitored listings and their snapshots. Snapshots and their findings are only ever inserted: this
 * class holds no statement that updates or deletes them, which {@code CapturesAreImmutableTest}
 * checks. The monitored listing is the one mutable row, pointing at its latest snapshot.
 */
@Repository
public class Captures {

  private static final String CAPTURE_COLUMNS =
      "c.*, l.marketplace as l_marketplace, l.listing_id as l_listing_id";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  Captures(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public Optional<Capture> find(OrganizationId org, long captureId) {
    return jdbc.sql(
            "select "
                + CAPTURE_COLUMNS
                + " from captures c join monitored_listings l on l.id = c.monitored_listing_id"
                + " where c.id = ? and c.organization_id = ?")
        .params(captureId, org.value())
        .query(Captures::capture)
        .optional();
  }

  public List<CaptureFinding> findings(OrganizationId org, long captureId) {
    return jdbc.sql(
            "select * from capture_findings where capture_id = ? and organization_id = ? order by"
                + " id")
        .params(captureId, org.value())
        .query(Captures::finding)
        .list();
  }

  public Optional<MonitoredListing> listing(OrganizationId org, long monitoredListingId) {
    return jdbc.sql("select * from monitored_listings where id = ? and organization_id = ?")
        .params(monitoredListingId, org.value())
        .query(Captures::monitored)
        .optional();
  }

  /** The listing's snapshots, newest first. */
  public List<Capture> history(OrganizationId org, long monitoredListingId) {
    return jdbc.sql(
            "select "
                + CAPTURE_COLUMNS
                + " from captures c join monitored_listings l on l.id = c.monitored_listing_id"
                + " where c.monitored_listing_id = ? and c.organization_id = ? order by c.id desc")
        .params(monitoredListingId, org.value())
        .query(Captures::capture)
        .list();
  }

  public Optional<Capture> latest(OrganizationId org, long monitoredListingId) {
    return jdbc.sql(
            "select "
                + CAPTURE_COLUMNS
                + " from monitored_listings l join captures c on c.id = l.latest_capture_id"
                + " where l.id = ? and l.organization_id = ?")
        .params(monitoredListingId, org.value())
        .query(Captures::capture)
        .optional();
  }

  public List<MonitoredListing> listingsOfSeller(OrganizationId org, long sellerRef) {
    return jdbc.sql(
            "select * from monitored_listings where organization_id = ? and seller_ref = ? order by"
                + " id")
        .params(org.value(), sellerRef)
        .query(Captures::monitored)
        .list();
  }

  /** The latest snapshot of each listing of these sellers. */
  public List<Capture> latestOfSellers(OrganizationId org, Collection<Long> sellerRefs) {
    if (sellerRefs.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + CAPTURE_COLUMNS
                + " from monitored_listings l join captures c on c.id = l.latest_capture_id"
                + " where l.organization_id = :org and l.seller_ref in (:sellers) order by c.id")
        .param("org", org.value())
        .param("sellers", List.copyOf(sellerRefs))
        .query(Captures::capture)
        .list();
  }

  /**
   * The latest snapshot of the watched listings with these listing ids (ASINs on Amazon), on any
   * marketplace; where one id is watched on several, the snapshot received last.
   */
  public Map<String, Capture> latestByListingId(OrganizationId org, Collection<String> listingIds) {
    Map<String, Capture> out = new HashMap<>();
    if (listingIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "select "
                + CAPTURE_COLUMNS
                + " from monitored_listings l join captures c on c.id = l.latest_capture_id"
                + " where l.organization_id = :org and l.listing_id in (:ids) order by c.id")
        .param("org", org.value())
        .param("ids", List.copyOf(listingIds))
        .query(Captures::capture)
        .list()
        .forEach(c -> out.put(c.listingId(), c));
    return out;
  }

  /** A filter of the recent captures list; null or blank means any. */
  record Filter(String marketplace, String decision, Boolean authorized, Long sellerRef) {}

  /** How the recent captures list is sorted. */
  enum Sort {
    RECEIVED("c.id desc"),
    SCORE("c.score desc, c.id desc"),
    PRICE("c.price asc, c.id desc"),
    TITLE("lower(c.title), c.id desc");

    final String sql;

    Sort(String sql) {
      this.sql = sql;
    }
  }

  /** A page of the organization's newest snapshots and how many match the filter in all. */
  record Recent(List<Capture> captures, long total) {}

  Recent recent(OrganizationId org, Filter filter, Sort sort, int limit) {
    var where = new StringBuilder(" where c.organization_id = ?");
    List<Object> params = new ArrayList<>(List.of(org.value()));
    if (filter.marketplace() != null && !filter.marketplace().isBlank()) {
      where.append(" and l.marketplace = ?");
      params.add(filter.marketplace().strip());
    }
    if (filter.decision() != null && !filter.decision().isBlank()) {
      where.append(" and c.decision = ?");
      params.add(filter.decision().strip());
    }
    if (filter.authorized() != null) {
      where.append(" and c.seller_authorized = ?");
      params.add(filter.authorized());
    }
    if (filter.sellerRef() != null) {
      where.append(" and c.seller_ref = ?");
      params.add(filter.sellerRef());
    }
    String from = " from captures c join monitored_listings l on l.id = c.monitored_listing_id";
    long total =
        jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
    var rows =
        jdbc.sql(
                "select "
                    + CAPTURE_COLUMNS
                    + from
                    + where
                    + " order by "
                    + sort.sql
                    + " limit "
                    + limit)
            .params(params)
            .query(Captures::capture)
            .list();
    return new Recent(rows, total);
  }

  List<String> marketplaces(OrganizationId org) {
    return jdbc.sql(
            "select distinct marketplace from monitored_listings where organization_id = ? order"
                + " by marketplace")
        .param(org.value())
        .query(String.class)
        .list();
  }

  /** A monitored listing's id and the content hash of its latest snapshot, when it has one. */
  record Known(long id, String latestHash, Long latestCaptureId) {}

  Optional<Known> known(long org, String marketplace, String listingId) {
    return jdbc.sql(
            "select l.id, l.latest_capture_id, c.content_hash from monitored_listings l left join"
                + " captures c on c.id = l.latest_capture_id where l.organization_id = ? and"
                + " l.marketplace = ? and l.listing_id = ?")
        .params(org, marketplace, listingId)
        .query(
            (rs, n) ->
                new Known(
                    rs.getLong(1), rs.getString(3), rs.getObject(2) == null ? null : rs.getLong(2)))
        .optional();
  }

  long insertListing(long org, ListingCapture c, Long sellerRef, Instant seen) {
    var keys = new GeneratedKeyHolder();
    var at = seen.atOffset(ZoneOffset.UTC);
    jdbc.sql(
            """
            insert into monitored_listings (organization_id, marketplace, listing_id, url,
              seller_ref, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(org, c.marketplace(), c.listingId(), c.url(), sellerRef, at, at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Records that the listing was seen again, and where and by whom it was offered then. */
  void seenAgain(long listingId, String url, Long sellerRef, Instant seen, Long latestCaptureId) {
    var at = seen.atOffset(ZoneOffset.UTC);
    if (latestCaptureId == null) {
      jdbc.sql(
              "update monitored_listings set url = ?, seller_ref = ?, last_seen_at = case when"
                  + " last_seen_at < ? then ? else last_seen_at end where id = ?")
          .params(url, sellerRef, at, at, listingId)
          .update();
    } else {
      jdbc.sql(
              "update monitored_listings set url = ?, seller_ref = ?, latest_capture_id = ?,"
                  + " last_seen_at = case when last_seen_at < ? then ? else last_seen_at end"
                  + " where id = ?")
          .params(url, sellerRef, latestCaptureId, at, at, listingId)
          .update();
    }
  }

  /** Inserts a snapshot and returns its id; it is never changed afterwards. */
  long insertCapture(long org, Capture c, Long jobId, long registryVersion) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into captures (organization_id, monitored_listing_id, seller_ref, url, title,
              brand, bullet_points, description, search_terms, price, currency, category,
              available, captured_at, received_at, content_hash, job_id, decision, score,
              seller_authorized, registry_version)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            org,
            c.monitoredListingId(),
            c.sellerRef(),
            c.url(),
            c.title(),
            c.brand(),
            String.join("\n", c.bulletPoints()),
            c.description(),
            c.searchTerms(),
            c.price(),
            c.currency(),
            c.category(),
            c.available(),
            c.capturedAt().atOffset(ZoneOffset.UTC),
            c.receivedAt().atOffset(ZoneOffset.UTC),
            c.contentHash(),
            jobId,
            c.decision(),
            c.score(),
            c.sellerAuthorized(),
            registryVersion)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void insertFindings(long org, List<CaptureFinding> findings) {
    template.batchUpdate(
        """
        insert into capture_findings (organization_id, capture_id, rule, category, severity, mark,
          registration, owner, field, start_offset, end_offset, evidence, explanation)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        findings,
        1000,
        (ps, f) -> {
          ps.setLong(1, org);
          ps.setLong(2, f.captureId());
          ps.setString(3, f.rule());
          ps.setString(4, f.category());
          ps.setString(5, f.severity());
          ps.setString(6, f.mark());
          ps.setString(7, f.registration());
          ps.setString(8, f.owner());
          ps.setString(9, f.field());
          ps.setInt(10, f.start());
          ps.setInt(11, f.end());
          ps.setString(12, f.evidence());
          ps.setString(13, f.explanation());
        });
  }

  /** The ids the findings were given, in the order they were inserted for the capture. */
  List<CaptureFinding> findingsOf(long org, long captureId) {
    return jdbc.sql(
            "select * from capture_findings where capture_id = ? and organization_id = ? order by"
                + " id")
        .params(captureId, org)
        .query(Captures::finding)
        .list();
  }

  static Capture capture(ResultSet rs, int n) throws SQLException {
    String bullets = rs.getString("bullet_points");
    long seller = rs.getLong("seller_ref");
    Long sellerRef = rs.wasNull() ? null : seller;
    return new Capture(
        rs.getLong("id"),
        rs.getLong("monitored_listing_id"),
        sellerRef,
        rs.getString("l_marketplace"),
        rs.getString("l_listing_id"),
        rs.getString("url"),
        rs.getString("title"),
        rs.getString("brand"),
        bullets.isEmpty() ? List.of() : Arrays.asList(bullets.split("\n", -1)),
        rs.getString("description"),
        rs.getString("search_terms"),
        rs.getBigDecimal("price"),
        rs.getString("currency"),
        rs.getString("category"),
        rs.getBoolean("available"),
        rs.getObject("captured_at", OffsetDateTime.class).toInstant(),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getString("content_hash"),
        rs.getString("decision"),
        rs.getInt("score"),
        rs.getBoolean("seller_authorized"));
  }

  static CaptureFinding finding(ResultSet rs, int n) throws SQLException {
    return new CaptureFinding(
        rs.getLong("id"),
        rs.getLong("capture_id"),
        rs.getString("rule"),
        rs.getString("category"),
        rs.getString("severity"),
        rs.getString("mark"),
        rs.getString("registration"),
        rs.getString("owner"),
        rs.getString("field"),
        rs.getInt("start_offset"),
        rs.getInt("end_offset"),
        rs.getString("evidence"),
        rs.getString("explanation"));
  }

  static MonitoredListing monitored(ResultSet rs, int n) throws SQLException {
    long seller = rs.getLong("seller_ref");
    Long sellerRef = rs.wasNull() ? null : seller;
    long latest = rs.getLong("latest_capture_id");
    Long latestId = rs.wasNull() ? null : latest;
    return new MonitoredListing(
        rs.getLong("id"),
        rs.getString("marketplace"),
        rs.getString("listing_id"),
        rs.getString("url"),
        sellerRef,
        latestId,
        rs.getObject("first_seen_at", OffsetDateTime.class).toInstant(),
        rs.getObject("last_seen_at", OffsetDateTime.class).toInstant());
  }
}
