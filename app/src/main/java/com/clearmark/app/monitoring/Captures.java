package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PLACEHOLDER of helper B's contracted repository of captures and monitored listings. */
@Repository
public class Captures {

  private static final String CAPTURE =
      "select c.id, c.monitored_listing_id, c.seller_ref, l.marketplace, l.listing_id, c.url,"
          + " c.title, c.brand, c.bullet_points, c.description, c.search_terms, c.price,"
          + " c.currency, c.category, c.available, c.captured_at, c.received_at,"
          + " c.content_hash, c.decision, c.score, c.seller_authorized"
          + " from captures c join monitored_listings l on l.id = c.monitored_listing_id";

  private static final String LISTING =
      "select id, marketplace, listing_id, url, seller_ref, latest_capture_id, first_seen_at,"
          + " last_seen_at from monitored_listings";

  private final JdbcClient jdbc;

  Captures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Capture> find(OrganizationId org, long captureId) {
    return jdbc.sql(CAPTURE + " where c.organization_id = ? and c.id = ?")
        .params(org.value(), captureId)
        .query(Captures::capture)
        .optional();
  }

  public List<CaptureFinding> findings(OrganizationId org, long captureId) {
    return jdbc.sql(
            "select id, capture_id, rule, category, severity, mark, registration, owner, field,"
                + " start_offset, end_offset, evidence, explanation from capture_findings"
                + " where organization_id = ? and capture_id = ? order by id")
        .params(org.value(), captureId)
        .query(
            (rs, n) ->
                new CaptureFinding(
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
                    rs.getString("explanation")))
        .list();
  }

  public Optional<MonitoredListing> listing(OrganizationId org, long monitoredListingId) {
    return jdbc.sql(LISTING + " where organization_id = ? and id = ?")
        .params(org.value(), monitoredListingId)
        .query(Captures::listing)
        .optional();
  }

  public List<Capture> history(OrganizationId org, long monitoredListingId) {
    return jdbc.sql(
            CAPTURE
                + " where c.organization_id = ? and c.monitored_listing_id = ? order by c.id desc")
        .params(org.value(), monitoredListingId)
        .query(Captures::capture)
        .list();
  }

  public Optional<Capture> latest(OrganizationId org, long monitoredListingId) {
    return history(org, monitoredListingId).stream().findFirst();
  }

  public List<MonitoredListing> listingsOfSeller(OrganizationId org, long sellerRef) {
    return jdbc.sql(LISTING + " where organization_id = ? and seller_ref = ? order by id")
        .params(org.value(), sellerRef)
        .query(Captures::listing)
        .list();
  }

  public List<Capture> latestOfSellers(OrganizationId org, Collection<Long> sellerRefs) {
    if (sellerRefs.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            CAPTURE
                + " where c.organization_id = :org and l.seller_ref in (:sellers)"
                + " and c.id = l.latest_capture_id order by c.id")
        .param("org", org.value())
        .param("sellers", List.copyOf(sellerRefs))
        .query(Captures::capture)
        .list();
  }

  private static MonitoredListing listing(ResultSet rs, int n) throws SQLException {
    return new MonitoredListing(
        rs.getLong("id"),
        rs.getString("marketplace"),
        rs.getString("listing_id"),
        rs.getString("url"),
        rs.getObject("seller_ref", Long.class),
        rs.getObject("latest_capture_id", Long.class),
        rs.getObject("first_seen_at", OffsetDateTime.class).toInstant(),
        rs.getObject("last_seen_at", OffsetDateTime.class).toInstant());
  }

  private static Capture capture(ResultSet rs, int n) throws SQLException {
    String bullets = rs.getString("bullet_points");
    return new Capture(
        rs.getLong("id"),
        rs.getLong("monitored_listing_id"),
        rs.getObject("seller_ref", Long.class),
        rs.getString("marketplace"),
        rs.getString("listing_id"),
        rs.getString("url"),
        rs.getString("title"),
        rs.getString("brand"),
        bullets.isEmpty() ? List.of() : Arrays.asList(bullets.split("\n")),
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
}
