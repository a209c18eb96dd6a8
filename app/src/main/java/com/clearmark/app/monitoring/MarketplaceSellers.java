package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PLACEHOLDER of helper B's contracted repository of marketplace sellers. */
@Repository
public class MarketplaceSellers {

  private static final String COLUMNS =
      "id, marketplace, seller_id, name, address, phone, email, first_seen_at, last_seen_at,"
          + " contact_erased_at";

  private final JdbcClient jdbc;

  MarketplaceSellers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<MarketplaceSeller> find(OrganizationId org, long id) {
    return jdbc.sql(
            "select " + COLUMNS + " from marketplace_sellers where organization_id = ? and id = ?")
        .params(org.value(), id)
        .query(MarketplaceSellers::row)
        .optional();
  }

  public List<MarketplaceSeller> all(OrganizationId org, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from marketplace_sellers where organization_id = ? order by id"
                + " fetch first ? rows only")
        .params(org.value(), limit)
        .query(MarketplaceSellers::row)
        .list();
  }

  public List<MarketplaceSeller> byIds(OrganizationId org, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from marketplace_sellers where organization_id = :org and id in (:ids)"
                + " order by id")
        .param("org", org.value())
        .param("ids", List.copyOf(ids))
        .query(MarketplaceSellers::row)
        .list();
  }

  private static MarketplaceSeller row(ResultSet rs, int n) throws SQLException {
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
