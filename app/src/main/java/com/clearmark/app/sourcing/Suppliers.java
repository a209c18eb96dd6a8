package com.clearmark.app.sourcing;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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

  /** How many corrections the supplier has had, to write the next only over the one read. */
  public long revision(long organizationId, long id) {
    return jdbc.sql("select revision from suppliers where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** The supplier recorded under the same name, ignoring letter case and repeated blanks. */
  public Optional<Supplier> withName(long organizationId, String name) {
    String wanted = comparable(name);
    return all(organizationId).stream()
        .filter(s -> comparable(s.name()).equals(wanted))
        .findFirst();
  }

  private static String comparable(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Stores a supplier's corrected details in place, so every invoice naming it shows them, provided
   * nobody corrected it since it was read at {@code revision}.
   *
   * @throws ConflictException when someone else corrected it first
   */
  public void corrected(long organizationId, long id, long revision, Supplier after) {
    int changed =
        jdbc.sql(
                "update suppliers set name = ?, address = ?, phone = ?, email = ?, website = ?,"
                    + " revision = revision + 1 where id = ? and organization_id = ? and revision"
                    + " = ?")
            .params(
                after.name(),
                after.address(),
                after.phone(),
                after.email(),
                after.website(),
                id,
                organizationId,
                revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  /** How many invoices name the supplier. */
  public int invoices(long organizationId, long id) {
    return jdbc.sql("select count(*) from invoices where supplier_id = ? and organization_id = ?")
        .params(id, organizationId)
        .query(Integer.class)
        .single();
  }

  /**
   * Deletes a supplier no invoice names, provided nobody corrected it since it was read.
   *
   * @throws ConflictException when it changed meanwhile or an invoice names it now
   */
  public void removed(long organizationId, long id, long revision) {
    int changed =
        jdbc.sql(
                "delete from suppliers where id = ? and organization_id = ? and revision = ? and"
                    + " not exists (select 1 from invoices i where i.supplier_id = suppliers.id)")
            .params(id, organizationId, revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  static final String CHANGED_MEANWHILE =
      "This supplier was changed by someone else at the same time; reload it and try again.";
}
