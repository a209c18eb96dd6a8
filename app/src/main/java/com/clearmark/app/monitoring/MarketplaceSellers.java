package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The storefronts seen in each organization's captures. */
@Repository
public class MarketplaceSellers {

  private final JdbcClient jdbc;
  private final Clock clock;

  MarketplaceSellers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<MarketplaceSeller> find(OrganizationId org, long id) {
    return jdbc.sql("select * from marketplace_sellers where id = ? and organization_id = ?")
        .params(id, org.value())
        .query(MarketplaceSellers::row)
        .optional();
  }

  /** The sellers last seen most recently first. */
  public List<MarketplaceSeller> all(OrganizationId org, int limit) {
    return jdbc.sql(
            "select * from marketplace_sellers where organization_id = ? order by last_seen_at"
                + " desc, id desc limit ?")
        .params(org.value(), Math.max(0, limit))
        .query(MarketplaceSellers::row)
        .list();
  }

  public List<MarketplaceSeller> byIds(OrganizationId org, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from marketplace_sellers where organization_id = :org and id in (:ids) order"
                + " by id")
        .param("org", org.value())
        .param("ids", List.copyOf(ids))
        .query(MarketplaceSellers::row)
        .list();
  }

  Optional<MarketplaceSeller> bySellerId(long org, String marketplace, String sellerId) {
    return jdbc.sql(
            "select * from marketplace_sellers where organization_id = ? and marketplace = ? and"
                + " seller_id = ?")
        .params(org, marketplace, sellerId)
        .query(MarketplaceSellers::row)
        .optional();
  }

  /**
   * Records the seller of a capture: a new one as captured; a known one with its name, and its
   * contact data unless that was erased, taken from the capture where the capture has them.
   */
  MarketplaceSeller seen(long org, ListingCapture c, Instant at) {
    var known = bySellerId(org, c.marketplace(), c.sellerId());
    var when = at.atOffset(ZoneOffset.UTC);
    if (known.isEmpty()) {
      var keys = new GeneratedKeyHolder();
      jdbc.sql(
              """
              insert into marketplace_sellers (organization_id, marketplace, seller_id, name,
                address, phone, email, first_seen_at, last_seen_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              org,
              c.marketplace(),
              c.sellerId(),
              c.sellerName(),
              c.sellerAddress(),
              c.sellerPhone(),
              c.sellerEmail(),
              when,
              when)
          .update(keys, "id");
      return new MarketplaceSeller(
          keys.getKey().longValue(),
          c.marketplace(),
          c.sellerId(),
          c.sellerName(),
          c.sellerAddress(),
          c.sellerPhone(),
          c.sellerEmail(),
          at,
          at,
          null);
    }
    MarketplaceSeller s = known.get();
    boolean erased = s.contactErased();
    String name = or(c.sellerName(), s.name());
    String address = erased ? "" : or(c.sellerAddress(), s.address());
    String phone = erased ? "" : or(c.sellerPhone(), s.phone());
    String email = erased ? "" : or(c.sellerEmail(), s.email());
    Instant lastSeen = at.isAfter(s.lastSeenAt()) ? at : s.lastSeenAt();
    if (!name.equals(s.name())
        || !address.equals(s.address())
        || !phone.equals(s.phone())
        || !email.equals(s.email())
        || !lastSeen.equals(s.lastSeenAt())) {
      jdbc.sql(
              "update marketplace_sellers set name = ?, address = ?, phone = ?, email = ?,"
                  + " last_seen_at = ? where id = ?")
          .params(name, address, phone, email, lastSeen.atOffset(ZoneOffset.UTC), s.id())
          .update();
    }
    return new MarketplaceSeller(
        s.id(),
        s.marketplace(),
        s.sellerId(),
        name,
        address,
        phone,
        email,
        s.firstSeenAt(),
        lastSeen,
        s.contactErasedAt());
  }

  /** Empties the seller's contact data and remembers that it was erased; the name stays. */
  boolean eraseContact(OrganizationId org, long id) {
    return jdbc.sql(
                "update marketplace_sellers set address = '', phone = '', email = '',"
                    + " contact_erased_at = ? where id = ? and organization_id = ?")
            .params(Timestamps.now(clock), id, org.value())
            .update()
        == 1;
  }

  private static String or(String fresh, String held) {
    return fresh.isEmpty() ? held : fresh;
  }

  static MarketplaceSeller row(ResultSet rs, int n) throws SQLException {
    var erased = rs.getObject("contact_erased_at", OffsetDateTime.class);
    return new MarketplaceSeller(
        rs.getLong("id"),
        rs.getString("marketplace"),
        rs.getString("seller_id"),
        rs.getString("name"),
        rs.getString("address"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getObject("first_seen_at", OffsetDateTime.class).toInstant(),
        rs.getObject("last_seen_at", OffsetDateTime.class).toInstant(),
        erased == null ? null : erased.toInstant());
  }
}
