package com.clearmark.app.patent;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimText;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The patents of each organization's register and their claims (tables {@code patents} and {@code
 * patent_claims}). Claims are stored as written and split into their elements again when read, so
 * an improvement to the splitting applies to patents already registered.
 */
@Repository
class Patents {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;

  Patents(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
  }

  /** Adds a patent; the caller has checked that its number is not registered yet. */
  long add(long organizationId, Patent p, boolean own, Long jobId) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into patents (organization_id, number, kind, type, title, assignee, filed,
              granted, earliest_us_filing, term_adjustment_days, terminal_disclaimer,
              disclaimed_expiry, lapsed, cpc, own, job_id, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            organizationId,
            p.number(),
            p.kind(),
            p.type().name(),
            p.title(),
            p.assignee(),
            p.filed(),
            p.granted(),
            p.earliestUsFiling(),
            p.termAdjustmentDays(),
            p.terminalDisclaimer(),
            p.disclaimedExpiry(),
            p.lapsed(),
            String.join("|", p.cpc()),
            own,
            jobId,
            Timestamps.now(clock))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    writeClaims(id, p.claims());
    return id;
  }

  /**
   * Replaces a patent's details and claims, provided nobody changed it since it was read.
   *
   * @throws ConflictException when someone else changed it first
   */
  void corrected(long organizationId, long id, long revision, Patent p, boolean own) {
    int changed =
        jdbc.sql(
                """
                update patents set number = ?, kind = ?, type = ?, title = ?, assignee = ?,
                  filed = ?, granted = ?, earliest_us_filing = ?, term_adjustment_days = ?,
                  terminal_disclaimer = ?, disclaimed_expiry = ?, lapsed = ?, cpc = ?, own = ?,
                  revision = revision + 1
                where id = ? and organization_id = ? and revision = ?""")
            .params(
                p.number(),
                p.kind(),
                p.type().name(),
                p.title(),
                p.assignee(),
                p.filed(),
                p.granted(),
                p.earliestUsFiling(),
                p.termAdjustmentDays(),
                p.terminalDisclaimer(),
                p.disclaimedExpiry(),
                p.lapsed(),
                String.join("|", p.cpc()),
                own,
                id,
                organizationId,
                revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
    jdbc.sql("delete from patent_claims where patent_id = ?").param(id).update();
    writeClaims(id, p.claims());
  }

  /**
   * Deletes a patent and its claims, provided nobody changed it since it was read.
   *
   * @throws ConflictException when someone else changed it first
   */
  void removed(long organizationId, long id, long revision) {
    jdbc.sql(
            """
            delete from patent_claims where patent_id in
              (select id from patents where id = ? and organization_id = ? and revision = ?)""")
        .params(id, organizationId, revision)
        .update();
    int changed =
        jdbc.sql("delete from patents where id = ? and organization_id = ? and revision = ?")
            .params(id, organizationId, revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  static final String CHANGED_MEANWHILE =
      "This patent was changed by someone else at the same time; reload it and try again.";

  private void writeClaims(long patentId, List<Claim> claims) {
    template.batchUpdate(
        "insert into patent_claims (patent_id, number, text) values (?, ?, ?)",
        claims,
        CLAIMS_PER_BATCH,
        (ps, c) -> {
          ps.setLong(1, patentId);
          ps.setInt(2, c.number());
          ps.setString(3, c.text());
        });
  }

  /** A patent has at most 200 claims, so its claims go in one batch. */
  private static final int CLAIMS_PER_BATCH = 200;

  Optional<RegisteredPatent> find(long organizationId, long id) {
    return query(" and p.id = ?", List.of(organizationId, id), "").stream().findFirst();
  }

  Optional<RegisteredPatent> byNumber(long organizationId, String number) {
    return query(" and p.number = ?", List.of(organizationId, number), "").stream().findFirst();
  }

  /** The whole register, by patent number. */
  List<RegisteredPatent> all(long organizationId) {
    return query("", List.of(organizationId), "");
  }

  /**
   * One page of the register by patent number, filtered by a text in the number, title or assignee
   * and by whether the patents are the organization's own.
   */
  PageOf<RegisteredPatent> page(long organizationId, String text, Boolean own, PageRequest page) {
    var where = new StringBuilder();
    List<Object> params = new ArrayList<>(List.of(organizationId));
    if (text != null && !text.isBlank()) {
      where.append(
          " and (lower(p.title) like ? or lower(p.assignee) like ? or upper(p.number) like ?)");
      String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
      params.add(like);
      params.add(like);
      params.add("%" + text.strip().toUpperCase(Locale.ROOT) + "%");
    }
    if (own != null) {
      where.append(" and p.own = ?");
      params.add(own);
    }
    long total =
        jdbc.sql("select count(*) from patents p where p.organization_id = ?" + where)
            .params(params)
            .query(Long.class)
            .single();
    var items =
        query(where.toString(), params, " limit " + page.size() + " offset " + page.offset());
    return new PageOf<>(items, page.page(), page.size(), total);
  }

  int count(long organizationId) {
    return jdbc.sql("select count(*) from patents where organization_id = ?")
        .param(organizationId)
        .query(Integer.class)
        .single();
  }

  /** Ids and revisions by patent number, for imports that update in place. */
  Map<String, long[]> idsByNumber(long organizationId) {
    Map<String, long[]> ids = new HashMap<>();
    jdbc.sql("select id, revision, number from patents where organization_id = ?")
        .param(organizationId)
        .query(
            rs -> {
              ids.put(
                  rs.getString("number"), new long[] {rs.getLong("id"), rs.getLong("revision")});
            });
    return ids;
  }

  private List<RegisteredPatent> query(String where, List<Object> params, String limit) {
    var rows =
        jdbc.sql(
                "select p.* from patents p where p.organization_id = ?"
                    + where
                    + " order by p.number"
                    + limit)
            .params(params)
            .query(Patents::header)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Claim>> claims = claims(rows.stream().map(Header::id).toList());
    List<RegisteredPatent> out = new ArrayList<>(rows.size());
    for (Header h : rows) {
      out.add(h.with(claims.getOrDefault(h.id, List.of())));
    }
    return out;
  }

  private static final int CHUNK = 500;

  private Map<Long, List<Claim>> claims(List<Long> patentIds) {
    Map<Long, List<Claim>> byPatent = new HashMap<>();
    for (int from = 0; from < patentIds.size(); from += CHUNK) {
      List<Long> chunk = patentIds.subList(from, Math.min(patentIds.size(), from + CHUNK));
      jdbc.sql(
              "select patent_id, number, text from patent_claims where patent_id in (:ids)"
                  + " order by patent_id, number")
          .param("ids", chunk)
          .query(
              rs -> {
                byPatent
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(claim(rs.getInt(2), rs.getString(3)));
              });
    }
    return byPatent;
  }

  /**
   * A stored claim split again. Every claim was split once when it was registered, so this fails
   * only when a newer splitter refuses what an older one took; the claim is then kept as one
   * element rather than losing the patent.
   */
  private static Claim claim(int number, String text) {
    try {
      return ClaimText.parse(number, text);
    } catch (IllegalArgumentException e) {
      return new Claim(number, 0, false, "", List.of(), text);
    }
  }

  /** A patent row before its claims are attached. */
  private record Header(
      long id,
      String number,
      String kind,
      PatentType type,
      String title,
      String assignee,
      LocalDate filed,
      LocalDate granted,
      LocalDate earliest,
      int adjustment,
      boolean disclaimer,
      LocalDate disclaimedExpiry,
      LocalDate lapsed,
      String cpc,
      boolean own,
      long revision,
      OffsetDateTime createdAt) {

    RegisteredPatent with(List<Claim> claims) {
      var p =
          new Patent(
              number,
              kind,
              type,
              title,
              assignee,
              filed,
              granted,
              earliest,
              adjustment,
              disclaimer,
              disclaimedExpiry,
              lapsed,
              cpc.isEmpty() ? List.of() : Arrays.asList(cpc.split("\\|")),
              claims);
      return new RegisteredPatent(id, p, own, revision, createdAt.toInstant());
    }
  }

  private static Header header(ResultSet rs, int n) throws SQLException {
    return new Header(
        rs.getLong("id"),
        rs.getString("number"),
        rs.getString("kind"),
        PatentType.valueOf(rs.getString("type")),
        rs.getString("title"),
        rs.getString("assignee"),
        rs.getObject("filed", LocalDate.class),
        rs.getObject("granted", LocalDate.class),
        rs.getObject("earliest_us_filing", LocalDate.class),
        rs.getInt("term_adjustment_days"),
        rs.getBoolean("terminal_disclaimer"),
        rs.getObject("disclaimed_expiry", LocalDate.class),
        rs.getObject("lapsed", LocalDate.class),
        rs.getString("cpc"),
        rs.getBoolean("own"),
        rs.getLong("revision"),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
