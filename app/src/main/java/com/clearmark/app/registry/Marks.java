package com.clearmark.app.registry;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The marks of each organization's registry. */
@Repository
public class Marks {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;

  Marks(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
  }

  public PageOf<MarkRow> list(long organizationId, String query, Boolean own, PageRequest page) {
    var where = new StringBuilder(" where organization_id = ?");
    List<Object> params = new ArrayList<>(List.of(organizationId));
    if (query != null && !query.isBlank()) {
      where.append(" and (lower(name) like ? or lower(owner) like ? or registration like ?)");
      String like = "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
      params.add(like);
      params.add(like);
      params.add("%" + query.strip() + "%");
    }
    if (own != null) {
      where.append(" and own = ?");
      params.add(own);
    }
    long total =
        jdbc.sql("select count(*) from marks" + where).params(params).query(Long.class).single();
    var items =
        jdbc.sql(
                "select * from marks"
                    + where
                    + " order by own desc, lower(name), id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(Marks::row)
            .list();
    return new PageOf<>(items, page.page(), page.size(), total);
  }

  public List<MarkRow> all(long organizationId) {
    return jdbc.sql("select * from marks where organization_id = ? order by id")
        .param(organizationId)
        .query(Marks::row)
        .list();
  }

  public Optional<MarkRow> find(long organizationId, long id) {
    return jdbc.sql("select * from marks where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query(Marks::row)
        .optional();
  }

  /**
   * The registry's entries by what screening does with them: live third-party marks are compiled
   * and screened against, dead ones are kept but not screened, own brands mark the seller's goods.
   */
  public record Counts(long screened, long dead, long own) {
    public long total() {
      return screened + dead + own;
    }
  }

  public Counts counts(long organizationId) {
    long[] n = new long[3];
    jdbc.sql(
            "select own, status, count(*) from marks where organization_id = ? group by own,"
                + " status")
        .param(organizationId)
        .query(
            rs -> {
              int slot =
                  rs.getBoolean(1) ? 2 : MarkStatus.LIVE.name().equals(rs.getString(2)) ? 0 : 1;
              n[slot] += rs.getLong(3);
            });
    return new Counts(n[0], n[1], n[2]);
  }

  public long count(long organizationId) {
    return jdbc.sql("select count(*) from marks where organization_id = ?")
        .param(organizationId)
        .query(Long.class)
        .single();
  }

  public long insert(long organizationId, Mark mark, boolean own, Long jobId) {
    var keys = new GeneratedKeyHolder();
    var now = Timestamps.now(clock);
    jdbc.sql(
            """
            insert into marks (organization_id, name, owner, registration, jurisdiction,
              nice_classes, status, famous, own, job_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            organizationId,
            mark.name(),
            mark.owner(),
            mark.registrationNumber(),
            mark.jurisdiction(),
            MarkRow.classesColumn(mark.niceClasses()),
            mark.status().name(),
            mark.famous(),
            own,
            jobId,
            now,
            now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public boolean update(long organizationId, long id, Mark mark, boolean own) {
    return jdbc.sql(
                """
                update marks set name = ?, owner = ?, registration = ?, jurisdiction = ?,
                  nice_classes = ?, status = ?, famous = ?, own = ?, updated_at = ?
                where id = ? and organization_id = ?""")
            .params(
                mark.name(),
                mark.owner(),
                mark.registrationNumber(),
                mark.jurisdiction(),
                MarkRow.classesColumn(mark.niceClasses()),
                mark.status().name(),
                mark.famous(),
                own,
                Timestamps.now(clock),
                id,
                organizationId)
            .update()
        > 0;
  }

  public boolean delete(long organizationId, long id) {
    return jdbc.sql("delete from marks where id = ? and organization_id = ?")
            .params(id, organizationId)
            .update()
        > 0;
  }

  /** Ids of the organization's marks by identity key, for imports that update in place. */
  public Map<String, Long> idsByIdentity(long organizationId) {
    Map<String, Long> ids = new HashMap<>();
    for (MarkRow m : all(organizationId)) {
      ids.put(identity(m.toEngine()), m.id());
    }
    return ids;
  }

  /** A registration is known by its office and number; a mark without one by name and owner. */
  static String identity(Mark m) {
    return m.registrationNumber().isEmpty()
        ? "N:" + m.name().toLowerCase(Locale.ROOT) + "|" + m.owner().toLowerCase(Locale.ROOT)
        : "R:" + m.jurisdiction().toUpperCase(Locale.ROOT) + ":" + m.registrationNumber();
  }

  public void insertAll(long organizationId, List<Mark> marks, boolean own, long jobId) {
    var now = Timestamps.now(clock);
    template.batchUpdate(
        """
        insert into marks (organization_id, name, owner, registration, jurisdiction,
          nice_classes, status, famous, own, job_id, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        marks,
        1000,
        (ps, m) -> {
          ps.setLong(1, organizationId);
          ps.setString(2, fitted(m.name(), FieldLimits.MARK_NAME));
          ps.setString(3, fitted(m.owner(), FieldLimits.MARK_OWNER));
          ps.setString(4, fitted(m.registrationNumber(), FieldLimits.REGISTRATION));
          ps.setString(5, fitted(m.jurisdiction(), FieldLimits.JURISDICTION));
          ps.setString(6, MarkRow.classesColumn(m.niceClasses()));
          ps.setString(7, m.status().name());
          ps.setBoolean(8, m.famous());
          ps.setBoolean(9, own);
          ps.setLong(10, jobId);
          ps.setObject(11, now);
          ps.setObject(12, now);
        });
  }

  /**
   * A mark field as stored. Imports and forms check every mark against {@link MarkLimits} first, so
   * this never cuts: a longer value here is a bug, refused rather than stored shorter.
   */
  private static String fitted(String s, int max) {
    if (s.length() > max) {
      throw new IllegalStateException(
          "a mark field of " + s.length() + " characters passed its limit of " + max);
    }
    return s;
  }

  static MarkRow row(ResultSet rs, int n) throws SQLException {
    return new MarkRow(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("owner"),
        rs.getString("registration"),
        rs.getString("jurisdiction"),
        MarkRow.parseClasses(rs.getString("nice_classes")),
        MarkStatus.valueOf(rs.getString("status")),
        rs.getBoolean("famous"),
        rs.getBoolean("own"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
