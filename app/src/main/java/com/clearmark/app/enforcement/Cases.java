package com.clearmark.app.enforcement;

import com.clearmark.app.shared.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PLACEHOLDER of helper C's contracted repository of cases. */
@Repository
public class Cases {

  private static final String SELECT =
      "select id, monitored_listing_id, capture_id, seller_ref, marketplace, rule, mark,"
          + " registration, status, revision, relisting_of, detected_at, validated_at,"
          + " noticed_at, outcome_at, closed_at from enforcement_cases";

  private final JdbcClient jdbc;

  Cases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<EnforcementCase> find(OrganizationId org, long id) {
    return jdbc.sql(SELECT + " where organization_id = ? and id = ?")
        .params(org.value(), id)
        .query(Cases::row)
        .optional();
  }

  public List<EnforcementCase> byIds(OrganizationId org, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where organization_id = :org and id in (:ids) order by id")
        .param("org", org.value())
        .param("ids", List.copyOf(ids))
        .query(Cases::row)
        .list();
  }

  public List<EnforcementCase> ofSeller(OrganizationId org, long sellerRef) {
    return ofSellers(org, List.of(sellerRef));
  }

  public List<EnforcementCase> ofSellers(OrganizationId org, Collection<Long> sellerRefs) {
    if (sellerRefs.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where organization_id = :org and seller_ref in (:s) order by id")
        .param("org", org.value())
        .param("s", List.copyOf(sellerRefs))
        .query(Cases::row)
        .list();
  }

  private static Instant at(ResultSet rs, String column) throws SQLException {
    var t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static EnforcementCase row(ResultSet rs, int n) throws SQLException {
    return new EnforcementCase(
        rs.getLong("id"),
        rs.getLong("monitored_listing_id"),
        rs.getLong("capture_id"),
        rs.getObject("seller_ref", Long.class),
        rs.getString("marketplace"),
        rs.getString("rule"),
        rs.getString("mark"),
        rs.getString("registration"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getInt("revision"),
        rs.getObject("relisting_of", Long.class),
        at(rs, "detected_at"),
        at(rs, "validated_at"),
        at(rs, "noticed_at"),
        at(rs, "outcome_at"),
        at(rs, "closed_at"));
  }
}
