package com.clearmark.app.staydown;

import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.fingerprint.Signature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fingerprints of removed listings, one per case. */
@Repository
class Fingerprints {

  private final JdbcClient jdbc;
  private final Clock clock;

  Fingerprints(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Stores the fingerprint of a case, replacing the one it had: a case removed, reinstated and
   * removed again keeps the latest text. The replacement gets a new id, so that an index reading
   * the rows after the ids it has seen picks it up.
   */
  void put(OrganizationId org, Fingerprint f) {
    jdbc.sql("delete from fingerprints where organization_id = ? and case_id = ?")
        .params(org.value(), f.caseId())
        .update();
    jdbc.sql(
            "insert into fingerprints (organization_id, case_id, marketplace, listing_id,"
                + " seller_ref, price_band, signature, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            org.value(),
            f.caseId(),
            f.marketplace(),
            f.listingId(),
            f.sellerRef(),
            f.priceBand() == null ? null : f.priceBand().value(),
            f.signature().encoded(),
            Timestamps.now(clock))
        .update();
  }

  /** The organization's fingerprints stored after the one with id {@code afterId}, in id order. */
  List<Fingerprint> after(OrganizationId org, long afterId) {
    return jdbc.sql(
            "select id, case_id, marketplace, listing_id, seller_ref, price_band, signature"
                + " from fingerprints where organization_id = ? and id > ? order by id")
        .params(org.value(), afterId)
        .query(Fingerprints::row)
        .list();
  }

  private static Fingerprint row(ResultSet rs, int n) throws SQLException {
    Integer band = rs.getObject("price_band", Integer.class);
    return new Fingerprint(
        rs.getLong("id"),
        rs.getLong("case_id"),
        rs.getString("marketplace"),
        rs.getString("listing_id"),
        rs.getObject("seller_ref", Long.class),
        band == null ? null : new PriceBand(band),
        Signature.decode(rs.getString("signature")));
  }
}
