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

/** PLACEHOLDER for helper B's repository (contract of issue 15): plain reads of the V12 tables. */
@Repository
public class Captures {

  private final JdbcClient jdbc;

  Captures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Capture> find(OrganizationId org, long captureId) {
    return jdbc.sql(
            "select c.*, l.marketplace, l.listing_id from captures c join monitored_listings l on"
                + " l.id = c.monitored_listing_id where c.organization_id = ? and c.id = ?")
        .params(org.value(), captureId)
        .query(Captures::capture)
        .optional();
  }

  public List<CaptureFinding> findings(OrganizationId org, long captureId) {
    return jdbc.sql(
            "select * from capture_findings where organization_id = ? and capture_id = ? order by"
                + " id")
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
    return jdbc.sql("select * from monitored_listings where organization_id = ? and id = ?")
        .params(org.value(), monitoredListingId)
        .query(
            (rs, n) ->
                new MonitoredListing(
                    rs.getLong("id"),
                    rs.getString("marketplace"),
                    rs.getString("listing_id"),
                    rs.getString("url"),
                    (Long) rs.getObject("seller_ref", Long.class),
                    (Long) rs.getObject("latest_capture_id", Long.class),
                    rs.getObject("first_seen_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("last_seen_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  public List<Capture> history(OrganizationId org, long monitoredListingId) {
    return jdbc.sql(
            "select c.*, l.marketplace, l.listing_id from captures c join monitored_listings l on"
                + " l.id = c.monitored_listing_id where c.organization_id = ? and"
                + " c.monitored_listing_id = ? order by c.id desc")
        .params(org.value(), monitoredListingId)
        .query(Captures::capture)
        .list();
  }

  public Optional<Capture> latest(OrganizationId org, long monitoredListingId) {
    return history(org, monitoredListingId).stream().findFirst();
  }

  public List<MonitoredListing> listingsOfSeller(OrganizationId org, long sellerRef) {
    return List.of();
  }

  public List<Capture> latestOfSellers(OrganizationId org, Collection<Long> sellerRefs) {
    return List.of();
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
