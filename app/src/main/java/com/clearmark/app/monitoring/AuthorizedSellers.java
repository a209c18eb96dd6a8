package com.clearmark.app.monitoring;

import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The sellers a brand has authorized on each marketplace, with the days it holds. */
@Repository
public class AuthorizedSellers {

  /** One authorization: the seller may sell the brand's goods from {@code validFrom}. */
  record AuthorizedSeller(
      long id,
      String marketplace,
      String sellerId,
      String sellerName,
      LocalDate validFrom,
      LocalDate validUntil,
      String note) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  AuthorizedSellers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether the seller held an authorization of the organization on that day. */
  public boolean authorized(
      OrganizationId org, String marketplace, String sellerId, LocalDate day) {
    if (sellerId == null || sellerId.isBlank()) {
      return false;
    }
    return jdbc.sql(
                "select count(*) from authorized_sellers where organization_id = ? and marketplace = ?"
                    + " and seller_id = ? and valid_from <= ? and (valid_until is null or valid_until"
                    + " >= ?)")
            .params(org.value(), marketplace, sellerId, day, day)
            .query(Long.class)
            .single()
        > 0;
  }

  List<AuthorizedSeller> all(OrganizationId org) {
    return jdbc.sql(
            "select * from authorized_sellers where organization_id = ? order by marketplace,"
                + " seller_id, valid_from")
        .param(org.value())
        .query(
            (rs, n) ->
                new AuthorizedSeller(
                    rs.getLong("id"),
                    rs.getString("marketplace"),
                    rs.getString("seller_id"),
                    rs.getString("seller_name"),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_until", LocalDate.class),
                    rs.getString("note")))
        .list();
  }

  Optional<AuthorizedSeller> find(OrganizationId org, long id) {
    return all(org).stream().filter(a -> a.id() == id).findFirst();
  }

  long add(OrganizationId org, AuthorizedSellerForm f) {
    var keys = new GeneratedKeyHolder();
    var now = Timestamps.now(clock);
    jdbc.sql(
            """
            insert into authorized_sellers (organization_id, marketplace, seller_id, seller_name,
              valid_from, valid_until, note, created_at, updated_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            org.value(),
            f.marketplace().strip(),
            f.sellerId().strip(),
            f.sellerName() == null ? "" : f.sellerName().strip(),
            f.validFrom(),
            f.validUntil(),
            f.note() == null ? "" : f.note().strip(),
            now,
            now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  boolean remove(OrganizationId org, long id) {
    return jdbc.sql("delete from authorized_sellers where id = ? and organization_id = ?")
            .params(id, org.value())
            .update()
        == 1;
  }
}
