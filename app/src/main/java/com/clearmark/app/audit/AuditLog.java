package com.clearmark.app.audit;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
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
              subject_id, summary, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
    var where = new StringBuilder(" where organization_id = ?");
    List<Object> params = new ArrayList<>(List.of(organizationId));
    if (action != null && !action.isBlank()) {
      where.append(" and action = ?");
      params.add(action);
    }
    if (subjectType != null && !subjectType.isBlank()) {
      where.append(" and subject_type = ?");
      params.add(subjectType);
    }
    if (subjectId != null) {
      where.append(" and subject_id = ?");
      params.add(subjectId);
    }
    long total =
        jdbc.sql("select count(*) from audit_log" + where)
            .params(params)
            .query(Long.class)
            .single();
    var pageParams = new ArrayList<>(params);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    List<AuditEntry> items =
        jdbc.sql("select * from audit_log" + where + " order by id desc limit ? offset ?")
            .params(pageParams)
            .query(
                (rs, n) ->
                    new AuditEntry(
                        rs.getLong("id"),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        (Long) rs.getObject("subject_id", Long.class),
                        rs.getString("summary"),
                        rs.getString("reason"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
            .list();
    return new PageOf<>(items, page.page(), page.size(), total);
  }

  public List<String> actions(long organizationId) {
    return jdbc.sql(
            "select distinct action from audit_log where organization_id = ? order by action")
        .param(organizationId)
        .query(String.class)
        .list();
  }
}
