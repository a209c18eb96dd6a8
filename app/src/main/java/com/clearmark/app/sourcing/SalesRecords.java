package com.clearmark.app.sourcing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units sold per product and period, from business reports. */
@Repository
public class SalesRecords {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  SalesRecords(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Records units sold. A row for a product and period already recorded replaces it, so a report
   * imported twice, or again after a correction, counts its units once.
   */
  public void addAll(long organizationId, List<Sales> sales) {
    template.batchUpdate(
        "delete from sales where organization_id = ? and asin = ? and sku = ? and period_from = ?"
            + " and period_to = ?",
        sales,
        1000,
        (ps, s) -> {
          ps.setLong(1, organizationId);
          ps.setString(2, s.asin());
          ps.setString(3, s.sku());
          ps.setObject(4, s.from());
          ps.setObject(5, s.to());
        });
    template.batchUpdate(
        "insert into sales (organization_id, asin, sku, period_from, period_to, units) values (?,"
            + " ?, ?, ?, ?, ?)",
        sales,
        1000,
        (ps, s) -> {
          ps.setLong(1, organizationId);
          ps.setString(2, s.asin());
          ps.setString(3, s.sku());
          ps.setObject(4, s.from());
          ps.setObject(5, s.to());
          ps.setLong(6, s.units());
        });
  }

  private static Sales sales(ResultSet rs, int row) throws SQLException {
    return new Sales(
        rs.getString(1),
        rs.getString(2),
        rs.getObject(3, LocalDate.class),
        rs.getObject(4, LocalDate.class),
        rs.getLong(5));
  }

  public List<Sales> all(long organizationId) {
    return jdbc.sql(
            "select asin, sku, period_from, period_to, units from sales where organization_id = ?"
                + " order by period_from")
        .param(organizationId)
        .query(SalesRecords::sales)
        .list();
  }

  /** The latest periods recorded, newest first, at most {@code limit} rows. */
  public List<Sales> recent(long organizationId, int limit) {
    return jdbc.sql(
            "select asin, sku, period_from, period_to, units from sales where organization_id = ?"
                + " order by period_to desc, asin, sku, id desc limit ?")
        .params(organizationId, limit)
        .query(SalesRecords::sales)
        .list();
  }
}
