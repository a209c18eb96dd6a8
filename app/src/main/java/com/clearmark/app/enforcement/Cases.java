package com.clearmark.app.enforcement;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.TimeWarp;
import com.clearmark.app.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The enforcement cases of each organization and their timelines. Every query is scoped by the
 * organization: another organization's case is answered as missing.
 */
@Repository
public class Cases {

  static final String CHANGED_MEANWHILE =
      "This case was changed by someone else at the same time; reload it and try again.";

  private static final String COLUMNS =
      "id, monitored_listing_id, capture_id, seller_ref, marketplace, rule, mark, registration,"
          + " status, revision, relisting_of, detected_at, validated_at, noticed_at, outcome_at,"
          + " closed_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  Cases(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<EnforcementCase> find(OrganizationId org, long id) {
    return jdbc.sql(
            "select " + COLUMNS + " from enforcement_cases where organization_id = ? and id = ?")
        .params(org.value(), id)
        .query(Cases::row)
        .optional();
  }

  public List<EnforcementCase> byIds(OrganizationId org, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from enforcement_cases where organization_id = :org and id in (:ids) order by"
                + " id")
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
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from enforcement_cases where organization_id = :org and seller_ref in (:sellers)"
                + " order by detected_at desc, id desc")
        .param("org", org.value())
        .param("sellers", List.copyOf(sellerRefs))
        .query(Cases::row)
        .list();
  }

  /** The cases of a monitored listing, newest first. */
  List<EnforcementCase> ofListing(OrganizationId org, long monitoredListingId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from enforcement_cases where organization_id = ? and monitored_listing_id = ?"
                + " order by id desc")
        .params(org.value(), monitoredListingId)
        .query(Cases::row)
        .list();
  }

  /** The queue: the cases matching the filter, in its order, at most {@code limit}. */
  List<EnforcementCase> matching(OrganizationId org, CaseFilter f, int limit) {
    var sql =
        new StringBuilder(
            "select " + COLUMNS + " from enforcement_cases where organization_id = :org");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("org", org.value());
    if (f.status() != null) {
      sql.append(" and status = :status");
      params.put("status", f.status().name());
    }
    if (f.marketplace() != null) {
      sql.append(" and marketplace = :marketplace");
      params.put("marketplace", f.marketplace());
    }
    if (f.mark() != null) {
      sql.append(" and lower(mark) = lower(:mark)");
      params.put("mark", f.mark());
    }
    if (f.rule() != null) {
      sql.append(" and rule = :rule");
      params.put("rule", f.rule());
    }
    if (f.seller() != null) {
      sql.append(" and seller_ref = :seller");
      params.put("seller", f.seller());
    }
    sql.append(" order by ").append(f.orderBy()).append(" limit ").append(limit);
    return jdbc.sql(sql.toString()).params(params).query(Cases::row).list();
  }

  /** The distinct values of a column among the organization's cases, for the queue's filters. */
  List<String> distinct(OrganizationId org, String column) {
    if (!List.of("marketplace", "mark", "rule").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    return jdbc.sql(
            "select distinct "
                + column
                + " from enforcement_cases where organization_id = ? and "
                + column
                + " <> '' order by "
                + column)
        .params(org.value())
        .query(String.class)
        .list();
  }

  /** Every case of the organization, for the metrics, oldest first. */
  List<EnforcementCase> all(OrganizationId org) {
    return jdbc.sql(
            "select " + COLUMNS + " from enforcement_cases where organization_id = ? order by id")
        .params(org.value())
        .query(Cases::row)
        .list();
  }

  /** Sent cases with no answer recorded since before {@code cutoff}, the longest waiting first. */
  List<EnforcementCase> sentBefore(OrganizationId org, Instant cutoff) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from enforcement_cases where organization_id = ? and status = ? and noticed_at"
                + " < ? order by noticed_at, id")
        .params(org.value(), CaseStatus.SENT.name(), at(cutoff))
        .query(Cases::row)
        .list();
  }

  /** A new case as detected; returns its id. */
  long open(OrganizationId org, EnforcementCase c) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into enforcement_cases (organization_id, monitored_listing_id, capture_id,
              seller_ref, marketplace, rule, mark, registration, status, revision, relisting_of,
              detected_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
        .params(
            org.value(),
            c.monitoredListingId(),
            c.captureId(),
            c.sellerRef(),
            c.marketplace(),
            c.rule(),
            c.mark(),
            c.registration(),
            c.status().name(),
            c.relistingOf(),
            at(c.detectedAt()),
            now())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * Stores a move of a case, provided nobody moved it since {@code before} was read.
   *
   * @param dismissReason why the case was dismissed, kept while it stays dismissed
   * @throws ConflictException when someone else changed the case first
   */
  EnforcementCase moved(
      OrganizationId org, EnforcementCase before, EnforcementCase after, String dismissReason) {
    int changed =
        jdbc.sql(
                """
                update enforcement_cases set status = ?, validated_at = ?, noticed_at = ?,
                  outcome_at = ?, closed_at = ?, dismiss_reason = ?, updated_at = ?,
                  revision = revision + 1
                where id = ? and organization_id = ? and revision = ?""")
            .params(
                after.status().name(),
                at(after.validatedAt()),
                at(after.noticedAt()),
                at(after.outcomeAt()),
                at(after.closedAt()),
                dismissReason,
                now(),
                before.id(),
                org.value(),
                before.revision())
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
    return find(org, before.id()).orElseThrow();
  }

  /** Why the case was dismissed, when it is. */
  Optional<String> dismissReason(OrganizationId org, long id) {
    return jdbc.sql(
            "select dismiss_reason from enforcement_cases where organization_id = ? and id = ? and"
                + " dismiss_reason is not null")
        .params(org.value(), id)
        .query(String.class)
        .optional();
  }

  void event(
      OrganizationId org,
      long caseId,
      String kind,
      CaseStatus from,
      CaseStatus to,
      String summary,
      Long actorId,
      String actorName) {
    jdbc.sql(
            """
            insert into case_events (organization_id, case_id, kind, from_status, to_status,
              summary, actor_id, actor_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            org.value(),
            caseId,
            kind,
            from == null ? null : from.name(),
            to == null ? null : to.name(),
            clip(summary, FieldLimits.CASE_EVENT_SUMMARY),
            actorId,
            clip(actorName, FieldLimits.ACTOR_NAME),
            now())
        .update();
  }

  /** A case's timeline, oldest first. */
  List<CaseEvent> events(OrganizationId org, long caseId) {
    return jdbc.sql(
            "select id, case_id, kind, from_status, to_status, summary, actor_name, created_at from"
                + " case_events where organization_id = ? and case_id = ? order by id")
        .params(org.value(), caseId)
        .query(
            (rs, n) ->
                new CaseEvent(
                    rs.getLong("id"),
                    rs.getLong("case_id"),
                    rs.getString("kind"),
                    status(rs.getString("from_status")),
                    status(rs.getString("to_status")),
                    rs.getString("summary"),
                    rs.getString("actor_name"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /**
   * Moves the organization's case and timeline times by {@code warp}, keeping their order; for the
   * demo, which records a fortnight of work in a second.
   */
  public void warpTimes(OrganizationId org, TimeWarp warp) {
    for (var c : all(org)) {
      jdbc.sql(
              "update enforcement_cases set detected_at = ?, validated_at = ?, noticed_at = ?,"
                  + " outcome_at = ?, closed_at = ? where organization_id = ? and id = ?")
          .params(
              at(warp.apply(c.detectedAt())),
              at(warp.apply(c.validatedAt())),
              at(warp.apply(c.noticedAt())),
              at(warp.apply(c.outcomeAt())),
              at(warp.apply(c.closedAt())),
              org.value(),
              c.id())
          .update();
    }
    var events =
        jdbc.sql("select id, created_at from case_events where organization_id = ?")
            .params(org.value())
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getLong("id"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
            .list();
    for (var e : events) {
      jdbc.sql("update case_events set created_at = ? where organization_id = ? and id = ?")
          .params(at(warp.apply(e.getValue())), org.value(), e.getKey())
          .update();
    }
  }

  /**
   * Which of the cases were ever removed, whatever they are now: a takedown stays a takedown when
   * its case is closed or enforced again.
   */
  public Set<Long> everRemoved(OrganizationId org, Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select distinct case_id from case_events where organization_id = :org and"
                    + " to_status = 'REMOVED' and case_id in (:ids)")
            .param("org", org.value())
            .param("ids", List.copyOf(caseIds))
            .query(Long.class)
            .list());
  }

  /**
   * For each case of the organization, how often it reached each status: what the metrics count
   * rejections and counter-notices by, since a case tried again after a rejection leaves it.
   */
  Map<Long, Map<CaseStatus, Integer>> reached(OrganizationId org) {
    Map<Long, Map<CaseStatus, Integer>> out = new LinkedHashMap<>();
    jdbc.sql(
            "select case_id, to_status, count(*) as times from case_events where organization_id"
                + " = ? and to_status is not null group by case_id, to_status")
        .params(org.value())
        .query(
            rs -> {
              out.computeIfAbsent(rs.getLong("case_id"), k -> new EnumMap<>(CaseStatus.class))
                  .put(CaseStatus.valueOf(rs.getString("to_status")), rs.getInt("times"));
            });
    return out;
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }

  static OffsetDateTime at(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static CaseStatus status(String s) {
    return s == null ? null : CaseStatus.valueOf(s);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static EnforcementCase row(ResultSet rs, int n) throws SQLException {
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
        instant(rs, "detected_at"),
        instant(rs, "validated_at"),
        instant(rs, "noticed_at"),
        instant(rs, "outcome_at"),
        instant(rs, "closed_at"));
  }

  static List<Long> ids(List<EnforcementCase> cases) {
    var out = new ArrayList<Long>();
    cases.forEach(c -> out.add(c.id()));
    return out;
  }
}
