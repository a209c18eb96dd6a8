package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The brand's usual prices per mark (and optionally product), in a currency. */
@Repository
class ReferencePrices {

  record ReferencePrice(long id, String brand, String product, BigDecimal price, String currency) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ReferencePrices(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<ReferencePrice> all(OrganizationId org) {
    return jdbc.sql(
            "select * from reference_prices where organization_id = ? order by lower(brand),"
                + " product, id")
        .param(org.value())
        .query(
            (rs, n) ->
                new ReferencePrice(
                    rs.getLong("id"),
                    rs.getString("brand"),
                    rs.getString("product"),
                    rs.getBigDecimal("price"),
                    rs.getString("currency")))
        .list();
  }

  long add(OrganizationId org, String brand, String product, BigDecimal price, String currency) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into reference_prices (organization_id, brand, product, price, currency,"
                + " created_at) values (?, ?, ?, ?, ?, ?)")
        .params(org.value(), brand, product, price, currency, Timestamps.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  boolean remove(OrganizationId org, long id) {
    return jdbc.sql("delete from reference_prices where id = ? and organization_id = ?")
            .params(id, org.value())
            .update()
        == 1;
  }
}
