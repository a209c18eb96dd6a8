package com.clearmark.app.audit;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only record of every decision and change in an organization. Entries are written in
 * the same transaction as the change they describe, so one never exists without the other.
 */
@Repository
public class AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(
      Caller caller,
      AuditAction action,
      String subjectType,
      Long subjectId,
      String summary,
      String reason) {
    record(
        caller.organizationId(),
        caller.userId(),
        caller.userName(),
        action,
        subjectType,
        subjectId,
        summary,
        reason);
  }

  public void record(
      long organizationId,
      Long actorId,
      String actorName,
      AuditAction action,
      String subjectType,
      Long subjectId,
      String summary,
      String reason) {
    jdbc.sql(
            """
            insert into audit_log (organization_id, actor_id, actor_name, action, subject_type,
              subject_id, summary, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            organizationId,
            actorId,
            actorName,
            action.stored(),
            subjectType,
            subjectId,
            clip(summary),
            reason == null ? null : clip(reason),
            Timestamps.now(clock))
        .update();
  }

  /** Whether any of the actions was recorded for the subject. */
  public boolean recorded(
      long organizationId, String subjectType, long subjectId, List<String> actions) {
    if (actions.isEmpty()) {
      return false;
    }
    List<Object> params = new ArrayList<>(List.of(organizationId, subjectType, subjectId));
    params.addAll(actions);
    return jdbc.sql(
                "select count(*) from audit_log where organization_id = ? and subject_type = ? and"
                    + " subject_id = ? and action in ("
                    + String.join(",", Collections.nCopies(actions.size(), "?"))
                    + ")")
            .params(params)
            .query(Long.class)
            .single()
        > 0;
  }

  private static String clip(String s) {
    return s.length() <= FieldLimits.AUDIT_TEXT
        ? s
        : s.substring(0, FieldLimits.AUDIT_TEXT - 3) + "...";
  }

  /** Newest first, optionally narrowed to one action or one subject. */
  public PageOf<AuditEntry> list(
      long organizationId, String action, String subjectType, Long subjectId, PageRequest page) {
    var where = new Where(organizationId);
    where.action(action);
    if (subjectType != null && !subjectType.isBlank()) {
      where.and("subject_type = ?", subjectType);
    }
    if (subjectId != null) {
      where.and("subject_id = ?", subjectId);
    }
    return page(where, page);
  }

  /** Newest first, the entries the filter lets through. */
  PageOf<AuditEntry> list(long organizationId, AuditFilter filter, PageRequest page) {
    return page(filtered(organizationId, filter), page);
  }

  /**
   * Newest first, at most {@code limit} of the entries the filter lets through, for an export; the
   * caller asks for one more than it writes to learn whether there were more.
   */
  List<AuditEntry> all(long organizationId, AuditFilter filter, int limit) {
    var where = filtered(organizationId, filter);
    var params = new ArrayList<>(where.params);
    params.add(limit);
    return jdbc.sql("select * from audit_log" + where.sql + " order by id desc limit ?")
        .params(params)
        .query(AuditLog::entry)
        .list();
  }

  private Where filtered(long organizationId, AuditFilter filter) {
    var where = new Where(organizationId);
    where.action(filter.action());
    if (filter.actorId() != null) {
      where.and("actor_id = ?", filter.actorId());
    }
    if (filter.from() != null) {
      where.and("created_at >= ?", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      where.and("created_at < ?", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    return where;
  }

  private PageOf<AuditEntry> page(Where where, PageRequest page) {
    long total =
        jdbc.sql("select count(*) from audit_log" + where.sql)
            .params(where.params)
            .query(Long.class)
            .single();
    var pageParams = new ArrayList<>(where.params);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    List<AuditEntry> items =
        jdbc.sql("select * from audit_log" + where.sql + " order by id desc limit ? offset ?")
            .params(pageParams)
            .query(AuditLog::entry)
            .list();
    return new PageOf<>(items, page.page(), page.size(), total);
  }

  private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getString("actor_name"),
        rs.getString("action"),
        rs.getString("subject_type"),
        (Long) rs.getObject("subject_id", Long.class),
        rs.getString("summary"),
        rs.getString("reason"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  /** The where clause of a query on one organization's entries, and its parameters in order. */
  private static final class Where {
    private final StringBuilder sql = new StringBuilder(" where organization_id = ?");
    private final List<Object> params = new ArrayList<>();

    Where(long organizationId) {
      params.add(organizationId);
    }

    void action(String action) {
      if (action != null && !action.isBlank()) {
        and("action = ?", action);
      }
    }

    void and(String condition, Object param) {
      sql.append(" and ").append(condition);
      params.add(param);
    }
  }

  /** A member who has entries in the log, by the name last recorded for them. */
  record Actor(long id, String name) {}

  /** Everyone with entries in the log, for the filter; the name is the newest one recorded. */
  List<Actor> actors(long organizationId) {
    return jdbc.sql(
            """
            select a.actor_id, a.actor_name from audit_log a where a.organization_id = ? and
              a.actor_id is not null and a.id = (select max(b.id) from audit_log b where b.organization_id = a.organization_id
              and b.actor_id = a.actor_id) order by a.actor_name\
            """)
        .param(organizationId)
        .query((rs, n) -> new Actor(rs.getLong("actor_id"), rs.getString("actor_name")))
        .list();
  }

  public List<String> actions(long organizationId) {
    return jdbc.sql(
            "select distinct action from audit_log where organization_id = ? order by action")
        .param(organizationId)
        .query(String.class)
        .list();
  }
}
