package com.clearmark.app.enforcement;

import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The test buys recorded for each case, with their photos. */
@Repository
public class TestBuys {

  private final JdbcClient jdbc;
  private final Clock clock;

  TestBuys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** How many of the cases' test buys came back with {@code outcome}, in one query. */
  public int countWithOutcome(
      OrganizationId org, java.util.Collection<Long> caseIds, TestBuyOutcome outcome) {
    if (caseIds.isEmpty()) {
      return 0;
    }
    Integer n =
        jdbc.sql(
                "select count(*) from test_buys where organization_id = :org and outcome = :outcome"
                    + " and case_id in (:ids)")
            .param("org", org.value())
            .param("outcome", outcome.name())
            .param("ids", List.copyOf(caseIds))
            .query(Integer.class)
            .single();
    return n == null ? 0 : n;
  }

  /** The test buys of a case of the organization, in the order they were recorded. */
  public List<TestBuy> forCase(OrganizationId org, long caseId) {
    record Row(long id, String orderId, LocalDate orderedOn, String outcome, String note) {}
    var rows =
        jdbc.sql(
                "select id, order_id, ordered_on, outcome, note from test_buys where"
                    + " organization_id = ? and case_id = ? order by id")
            .params(org.value(), caseId)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong("id"),
                        rs.getString("order_id"),
                        rs.getObject("ordered_on", LocalDate.class),
                        rs.getString("outcome"),
                        rs.getString("note")))
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Long>> photos = new LinkedHashMap<>();
    jdbc.sql(
            "select p.test_buy_id, p.document_id from test_buy_photos p join test_buys b on b.id ="
                + " p.test_buy_id where b.organization_id = ? and b.case_id = ? order by"
                + " p.document_id")
        .params(org.value(), caseId)
        .query(
            rs -> {
              photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    return rows.stream()
        .map(
            r ->
                new TestBuy(
                    r.id(),
                    caseId,
                    r.orderId(),
                    r.orderedOn(),
                    TestBuyOutcome.valueOf(r.outcome()),
                    r.note(),
                    photos.getOrDefault(r.id(), List.of())))
        .toList();
  }

  long add(
      OrganizationId org,
      long caseId,
      String orderId,
      LocalDate orderedOn,
      TestBuyOutcome outcome,
      String note,
      List<Long> photoDocumentIds,
      Long userId) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into test_buys (organization_id, case_id, order_id, ordered_on, outcome, note,
              created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            org.value(),
            caseId,
            orderId,
            orderedOn,
            outcome.name(),
            note,
            userId,
            Timestamps.now(clock))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (long doc : photoDocumentIds) {
      jdbc.sql("insert into test_buy_photos (test_buy_id, document_id) values (?, ?)")
          .params(id, doc)
          .update();
    }
    return id;
  }
}
