package com.clearmark.app.sourcing;

import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The suppliers an organization buys from. */
@Repository
public class Suppliers {

  private final JdbcClient jdbc;
  private final Clock clock;

  Suppliers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long add(long organizationId, Supplier s) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into suppliers (organization_id, name, address, phone, email, website,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            organizationId,
            s.name(),
            s.address(),
            s.phone(),
            s.email(),
            s.website(),
            Timestamps.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<Supplier> find(long organizationId, long id) {
    return jdbc.sql(
            "select id, name, address, phone, email, website from suppliers where id = ? and"
                + " organization_id = ?")
        .params(id, organizationId)
        .query(Supplier.class)
        .optional();
  }

  public List<Supplier> all(long organizationId) {
    return jdbc.sql(
            "select id, name, address, phone, email, website from suppliers where organization_id"
                + " = ? order by name")
        .param(organizationId)
        .query(Supplier.class)
        .list();
  }
}
