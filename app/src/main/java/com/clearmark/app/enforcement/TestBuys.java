package com.clearmark.app.enforcement;

import com.clearmark.app.shared.OrganizationId;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PLACEHOLDER of helper C's contracted repository of test buys. */
@Repository
public class TestBuys {

  private final JdbcClient jdbc;

  TestBuys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<TestBuy> forCase(OrganizationId org, long caseId) {
    return jdbc.sql(
            "select id, case_id, order_id, ordered_on, outcome, note from test_buys"
                + " where organization_id = ? and case_id = ? order by id")
        .params(org.value(), caseId)
        .query(
            (rs, n) ->
                new TestBuy(
                    rs.getLong("id"),
                    rs.getLong("case_id"),
                    rs.getString("order_id"),
                    rs.getObject("ordered_on", Date.class).toLocalDate(),
                    TestBuyOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("note"),
                    List.of()))
        .list();
  }
}
