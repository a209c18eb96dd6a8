package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PLACEHOLDER for helper B's repository (contract of issue 15). */
@Repository
public class MarketplaceSellers {

  private final JdbcClient jdbc;

  MarketplaceSellers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<MarketplaceSeller> find(OrganizationId org, long id) {
    return byIds(org, List.of(id)).stream().findFirst();
  }

  public List<MarketplaceSeller> all(OrganizationId org, int limit) {
    return List.of();
  }

  public List<MarketplaceSeller> byIds(OrganizationId org, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from marketplace_sellers where organization_id = :org and id in (:ids)")
        .param("org", org.value())
        .param("ids", ids)
        .query(
            (rs, n) ->
                new MarketplaceSeller(
                    rs.getLong("id"),
                    rs.getString("marketplace"),
                    rs.getString("seller_id"),
                    rs.getString("name"),
                    rs.getString("address"),
                    rs.getString("phone"),
                    rs.getString("email"),
                    rs.getObject("first_seen_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("last_seen_at", OffsetDateTime.class).toInstant(),
                    null))
        .list();
  }
}
