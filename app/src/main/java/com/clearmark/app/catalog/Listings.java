package com.clearmark.app.catalog;

import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.screening.ListingLimits;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.screening.Category;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Listings, their versions and the findings of each version's screening. */
@Repository
public class Listings {

  static final String BULLET_SEPARATOR = ListingLimits.BULLET_SEPARATOR;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;

  Listings(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
  }

  /** What an import needs to know of a stored listing to decide whether a row changes it. */
  public record Current(
      long id, int version, String contentHash, ReviewStatus reviewStatus, String decision) {}

  /**
   * Filters of the listing list and the review queue; null or blank means any.
   *
   * @param reviewStatus {@code OPEN}, {@code ACCEPTED}, {@code FIXED} or {@code NONE}
   */
  public record Filter(
      String decision,
      String rule,
      String mark,
      String brand,
      String q,
      LocalDate from,
      LocalDate to,
      String reviewStatus,
      boolean flaggedOnly) {

    public static Filter none() {
      return new Filter(null, null, null, null, null, null, null, null, false);
    }
  }

  public PageOf<ListingSummary> page(long organizationId, Filter f, PageRequest page) {
    var where = new StringBuilder(" where l.organization_id = ?");
    List<Object> params = new ArrayList<>(List.of(organizationId));
    if (f.flaggedOnly()) {
      where.append(" and l.decision in ('REVIEW', 'BLOCK')");
    }
    if (present(f.decision())) {
      where.append(" and l.decision = ?");
      params.add(f.decision().toUpperCase(Locale.ROOT));
    }
    if (present(f.reviewStatus())) {
      where.append(" and l.review_status = ?");
      params.add(f.reviewStatus().toUpperCase(Locale.ROOT));
    }
    if (present(f.brand())) {
      where.append(" and lower(l.brand) like ?");
      params.add("%" + f.brand().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (present(f.q())) {
      where.append(" and (lower(l.title) like ? or lower(l.sku) like ? or lower(l.asin) like ?)");
      String like = "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%";
      params.add(like);
      params.add(like);
      params.add(like);
    }
    if (f.from() != null) {
      where.append(" and l.updated_at >= ?");
      params.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (f.to() != null) {
      where.append(" and l.updated_at < ?");
      params.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (present(f.rule()) || present(f.mark())) {
      where.append(
          " and exists (select 1 from listing_versions v join findings x on x.listing_version_id"
              + " = v.id where v.listing_id = l.id and v.version = l.current_version and"
              + " x.dismissed = false");
      if (present(f.rule())) {
        where.append(" and x.rule = ?");
        params.add(f.rule().strip().toUpperCase(Locale.ROOT));
      }
      if (present(f.mark())) {
        where.append(" and lower(x.mark) = ?");
        params.add(f.mark().strip().toLowerCase(Locale.ROOT));
      }
      where.append(')');
    }
    long total =
        jdbc.sql("select count(*) from listings l" + where)
            .params(params)
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(
                "select l.* from listings l"
                    + where
                    + " order by l.score desc, l.updated_at desc, l.id limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .params(params)
            .query(Listings::summary)
            .list();
    return new PageOf<>(items, page.page(), page.size(), total);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  public Optional<ListingSummary> find(long organizationId, long id) {
    return jdbc.sql("select * from listings where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query(Listings::summary)
        .optional();
  }

  public Optional<ListingSummary> findBySku(long organizationId, String sku) {
    return jdbc.sql("select * from listings where sku = ? and organization_id = ?")
        .params(sku, organizationId)
        .query(Listings::summary)
        .optional();
  }

  public List<ListingVersion> versions(long organizationId, long listingId) {
    return jdbc.sql(
            "select * from listing_versions where listing_id = ? and organization_id = ? order by"
                + " version desc")
        .params(listingId, organizationId)
        .query(Listings::version)
        .list();
  }

  public Optional<ListingVersion> version(long organizationId, long listingId, int version) {
    return jdbc.sql(
            "select * from listing_versions where listing_id = ? and organization_id = ? and"
                + " version = ?")
        .params(listingId, organizationId, version)
        .query(Listings::version)
        .optional();
  }

  public List<ListingFinding> findings(long organizationId, long versionId) {
    return jdbc.sql(
            "select * from findings where listing_version_id = ? and organization_id = ? order by"
                + " id")
        .params(versionId, organizationId)
        .query(Listings::finding)
        .list();
  }

  public Optional<ListingFinding> finding(long organizationId, long findingId) {
    return jdbc.sql("select * from findings where id = ? and organization_id = ?")
        .params(findingId, organizationId)
        .query(Listings::finding)
        .optional();
  }

  public Optional<ListingVersion> versionById(long organizationId, long versionId) {
    return jdbc.sql("select * from listing_versions where id = ? and organization_id = ?")
        .params(versionId, organizationId)
        .query(Listings::version)
        .optional();
  }

  public Map<String, Current> currentBySku(long organizationId) {
    Map<String, Current> map = new HashMap<>();
    jdbc.sql(
            "select id, sku, current_version, content_hash, review_status, decision from listings"
                + " where organization_id = ?")
        .param(organizationId)
        .query(
            rs -> {
              map.put(
                  rs.getString("sku"),
                  new Current(
                      rs.getLong("id"),
                      rs.getInt("current_version"),
                      rs.getString("content_hash"),
                      ReviewStatus.valueOf(rs.getString("review_status")),
                      rs.getString("decision")));
            });
    return map;
  }

  public Current currentBySkuOne(long organizationId, String sku) {
    return jdbc.sql(
            "select id, current_version, content_hash, review_status, decision from listings"
                + " where organization_id = ? and sku = ?")
        .params(organizationId, sku)
        .query(
            (rs, n) ->
                new Current(
                    rs.getLong("id"),
                    rs.getInt("current_version"),
                    rs.getString("content_hash"),
                    ReviewStatus.valueOf(rs.getString("review_status")),
                    rs.getString("decision")))
        .optional()
        .orElse(null);
  }

  /** A listing row ready to be written by an import: its content, screening and review state. */
  public record Write(
      Current existing,
      String sku,
      String asin,
      com.clearmark.engine.listing.Listing content,
      String contentHash,
      ScreeningOutcome outcome,
      ReviewStatus reviewStatus) {

    int nextVersion() {
      return existing == null ? 1 : existing.version() + 1;
    }
  }

  /**
   * Writes a batch of new listings and new versions with their findings. Call inside one
   * transaction: either every row is written or none.
   */
  public void write(long organizationId, List<Write> rows, Long jobId) {
    // One timestamp for the whole batch, truncated to what both databases store, so the rows
    // written can be found again by it (writes of one organization are serialized by the caller).
    // Two batches may still share it, when the clock has not moved between them: rows are then
    // told apart by their SKU and version, never by the timestamp alone.
    OffsetDateTime ts = Timestamps.now(clock);
    List<Write> fresh = rows.stream().filter(w -> w.existing() == null).toList();
    List<Write> changed = rows.stream().filter(w -> w.existing() != null).toList();
    template.batchUpdate(
        """
        insert into listings (organization_id, sku, asin, current_version, brand, title, decision,
          score, review_status, content_hash, registry_version, created_at, updated_at)
        values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        fresh,
        1000,
        (ps, w) -> {
          ps.setLong(1, organizationId);
          ps.setString(2, w.sku());
          ps.setString(3, fitted(w.asin(), FieldLimits.ASIN));
          ps.setString(4, fitted(w.content().brand(), FieldLimits.BRAND));
          ps.setString(5, fitted(w.content().title(), FieldLimits.TITLE));
          ps.setString(6, w.outcome().decision().name());
          ps.setInt(7, w.outcome().score());
          ps.setString(8, w.reviewStatus().name());
          ps.setString(9, w.contentHash());
          // The registry version it was screened against: what re-screens and the registry's
          // count of listings behind read.
          ps.setLong(10, w.outcome().registryVersion());
          ps.setObject(11, ts);
          ps.setObject(12, ts);
        });
    template.batchUpdate(
        """
        update listings set asin = ?, current_version = ?, brand = ?, title = ?, decision = ?,
          score = ?, review_status = ?, content_hash = ?, registry_version = ?, updated_at = ?
        where id = ? and organization_id = ?""",
        changed,
        1000,
        (ps, w) -> {
          ps.setString(1, fitted(w.asin(), FieldLimits.ASIN));
          ps.setInt(2, w.nextVersion());
          ps.setString(3, fitted(w.content().brand(), FieldLimits.BRAND));
          ps.setString(4, fitted(w.content().title(), FieldLimits.TITLE));
          ps.setString(5, w.outcome().decision().name());
          ps.setInt(6, w.outcome().score());
          ps.setString(7, w.reviewStatus().name());
          ps.setString(8, w.contentHash());
          ps.setLong(9, w.outcome().registryVersion());
          ps.setObject(10, ts);
          ps.setLong(11, w.existing().id());
          ps.setLong(12, organizationId);
        });
    Map<String, Long> ids = new HashMap<>();
    if (!fresh.isEmpty()) {
      jdbc.sql("select id, sku from listings where organization_id = ? and created_at = ?")
          .params(organizationId, ts)
          .query(
              rs -> {
                ids.put(rs.getString(2), rs.getLong(1));
              });
    }
    List<long[]> versionKeys = new ArrayList<>(rows.size());
    for (Write w : rows) {
      long listingId = w.existing() != null ? w.existing().id() : ids.get(w.sku());
      versionKeys.add(new long[] {listingId, w.nextVersion()});
    }
    int[] index = {0};
    template.batchUpdate(
        """
        insert into listing_versions (organization_id, listing_id, version, title, brand,
          bullet_points, description, search_terms, price, currency, category, marketplace,
          job_id, decision, score, registry_version, created_at, screened_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows,
        1000,
        (ps, w) -> {
          long[] key = versionKeys.get(index[0]++);
          var c = w.content();
          ps.setLong(1, organizationId);
          ps.setLong(2, key[0]);
          ps.setInt(3, (int) key[1]);
          ps.setString(4, fitted(c.title(), FieldLimits.TITLE));
          ps.setString(5, fitted(c.brand(), FieldLimits.BRAND));
          ps.setString(6, fitted(ListingLimits.bullets(c), FieldLimits.BULLET_POINTS));
          ps.setString(7, fitted(c.description(), FieldLimits.DESCRIPTION));
          ps.setString(8, fitted(c.searchTerms(), FieldLimits.SEARCH_TERMS));
          ps.setBigDecimal(9, c.price());
          ps.setString(10, fitted(c.currency(), FieldLimits.CURRENCY));
          ps.setString(11, fitted(c.category(), FieldLimits.CATEGORY));
          ps.setString(12, fitted(c.marketplace(), FieldLimits.MARKETPLACE));
          if (jobId == null) {
            ps.setNull(13, java.sql.Types.BIGINT);
          } else {
            ps.setLong(13, jobId);
          }
          ps.setString(14, w.outcome().decision().name());
          ps.setInt(15, w.outcome().score());
          ps.setLong(16, w.outcome().registryVersion());
          ps.setObject(17, ts);
          ps.setObject(18, ts);
        });
    Map<String, Long> versionIds = new HashMap<>();
    jdbc.sql(
            "select id, listing_id, version from listing_versions where organization_id = ? and"
                + " created_at = ?")
        .params(organizationId, ts)
        .query(
            rs -> {
              versionIds.put(rs.getLong(2) + ":" + rs.getInt(3), rs.getLong(1));
            });
    List<Object[]> findingRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      long[] key = versionKeys.get(i);
      long versionId = versionIds.get(key[0] + ":" + key[1]);
      for (ScreeningOutcome.Screened s : rows.get(i).outcome().findings()) {
        findingRows.add(findingRow(organizationId, versionId, s));
      }
    }
    insertFindings(findingRows);
  }

  private void insertFindings(List<Object[]> findingRows) {
    template.batchUpdate(
        """
        insert into findings (organization_id, listing_version_id, rule, category, severity, mark,
          registration, owner, field, start_offset, end_offset, evidence, explanation, dismissed)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        findingRows,
        1000,
        (ps, r) -> {
          for (int i = 0; i < r.length; i++) {
            ps.setObject(i + 1, r[i]);
          }
        });
  }

  private static Object[] findingRow(
      long organizationId, long versionId, ScreeningOutcome.Screened s) {
    Finding f = s.finding();
    return new Object[] {
      organizationId,
      versionId,
      f.rule().name(),
      f.category().name(),
      f.severity().name(),
      excerpt(f.mark(), FieldLimits.MARK_NAME),
      excerpt(f.registration(), FieldLimits.REGISTRATION),
      excerpt(f.owner(), FieldLimits.MARK_OWNER),
      f.field(),
      f.start(),
      f.end(),
      excerpt(f.text(), FieldLimits.EVIDENCE),
      excerpt(f.explanation(), FieldLimits.EXPLANATION),
      s.dismissed()
    };
  }

  /** A new screening of a stored version, replacing its findings and verdict. */
  public record Rescreened(
      long listingId, long versionId, ScreeningOutcome outcome, ReviewStatus reviewStatus) {}

  /** Replaces the screening of a stored version: for re-screens and dismissed findings. */
  public void rescreened(
      long organizationId,
      long listingId,
      long versionId,
      ScreeningOutcome outcome,
      ReviewStatus reviewStatus) {
    rescreenedAll(
        organizationId, List.of(new Rescreened(listingId, versionId, outcome, reviewStatus)));
  }

  /** Replaces the screenings of many stored versions with batched statements. */
  public void rescreenedAll(long organizationId, List<Rescreened> rows) {
    if (rows.isEmpty()) {
      return;
    }
    OffsetDateTime ts = Timestamps.now(clock);
    template.batchUpdate(
        "delete from findings where listing_version_id = ? and organization_id = ?",
        rows,
        1000,
        (ps, r) -> {
          ps.setLong(1, r.versionId());
          ps.setLong(2, organizationId);
        });
    List<Object[]> findingRows = new ArrayList<>();
    for (Rescreened r : rows) {
      for (ScreeningOutcome.Screened f : r.outcome().findings()) {
        findingRows.add(findingRow(organizationId, r.versionId(), f));
      }
    }
    insertFindings(findingRows);
    template.batchUpdate(
        "update listing_versions set decision = ?, score = ?, registry_version = ?, screened_at = ?"
            + " where id = ? and organization_id = ?",
        rows,
        1000,
        (ps, r) -> {
          ps.setString(1, r.outcome().decision().name());
          ps.setInt(2, r.outcome().score());
          ps.setLong(3, r.outcome().registryVersion());
          ps.setObject(4, ts);
          ps.setLong(5, r.versionId());
          ps.setLong(6, organizationId);
        });
    template.batchUpdate(
        "update listings set decision = ?, score = ?, review_status = ?, registry_version = ?"
            + " where id = ? and organization_id = ?",
        rows,
        1000,
        (ps, r) -> {
          ps.setString(1, r.outcome().decision().name());
          ps.setInt(2, r.outcome().score());
          ps.setString(3, r.reviewStatus().name());
          ps.setLong(4, r.outcome().registryVersion());
          ps.setLong(5, r.listingId());
          ps.setLong(6, organizationId);
        });
  }

  /** A stored version whose screening a re-screen found unchanged under a registry version. */
  public record Confirmed(long listingId, long versionId, long registryVersion) {}

  /**
   * Records that the stored screenings of these versions hold for a newer registry version, without
   * rewriting them (nor their screening time, which the dashboard's trend counts).
   */
  public void confirmedAll(long organizationId, List<Confirmed> rows) {
    if (rows.isEmpty()) {
      return;
    }
    template.batchUpdate(
        "update listing_versions set registry_version = ? where id = ? and organization_id = ?",
        rows,
        1000,
        (ps, r) -> {
          ps.setLong(1, r.registryVersion());
          ps.setLong(2, r.versionId());
          ps.setLong(3, organizationId);
        });
    template.batchUpdate(
        "update listings set registry_version = ? where id = ? and organization_id = ?",
        rows,
        1000,
        (ps, r) -> {
          ps.setLong(1, r.registryVersion());
          ps.setLong(2, r.listingId());
          ps.setLong(3, organizationId);
        });
  }

  /** The findings of many versions in one query, by version id. */
  public Map<Long, List<ListingFinding>> findingsOf(long organizationId, List<Long> versionIds) {
    Map<Long, List<ListingFinding>> byVersion = new HashMap<>();
    if (versionIds.isEmpty()) {
      return byVersion;
    }
    String marks = String.join(",", java.util.Collections.nCopies(versionIds.size(), "?"));
    List<Object> params = new ArrayList<>(versionIds.size() + 1);
    params.add(organizationId);
    params.addAll(versionIds);
    jdbc.sql(
            "select * from findings where organization_id = ? and listing_version_id in ("
                + marks
                + ") order by id")
        .params(params)
        .query(Listings::finding)
        .list()
        .forEach(
            f -> byVersion.computeIfAbsent(f.listingVersionId(), k -> new ArrayList<>()).add(f));
    return byVersion;
  }

  public void markDismissed(long organizationId, long findingId) {
    jdbc.sql("update findings set dismissed = true where id = ? and organization_id = ?")
        .params(findingId, organizationId)
        .update();
  }

  public int setReviewStatus(long organizationId, long listingId, ReviewStatus status) {
    return jdbc.sql("update listings set review_status = ? where id = ? and organization_id = ?")
        .params(status.name(), listingId, organizationId)
        .update();
  }

  /**
   * The current versions of an organization's listings screened against an older registry version
   * than {@code registryVersion}, in id order, a page at a time.
   */
  public List<Object[]> currentVersionsBehind(
      long organizationId, long registryVersion, long afterListingId, int limit) {
    return jdbc.sql(
            """
            select l.id as listing_id, l.sku, l.asin, l.review_status, l.decision as l_decision,
              v.* from listings l
            join listing_versions v on v.listing_id = l.id and v.version = l.current_version
            where l.organization_id = ? and l.registry_version < ? and l.id > ?
            order by l.id limit ?""")
        .params(organizationId, registryVersion, afterListingId, limit)
        .query(
            (rs, n) ->
                new Object[] {
                  rs.getLong("listing_id"),
                  rs.getString("sku"),
                  rs.getString("asin"),
                  ReviewStatus.valueOf(rs.getString("review_status")),
                  version(rs, n)
                })
        .list();
  }

  public long count(long organizationId) {
    return jdbc.sql("select count(*) from listings where organization_id = ?")
        .param(organizationId)
        .query(Long.class)
        .single();
  }

  /** How many of an organization's listings are screened against an older registry version. */
  public long countBehind(long organizationId, long registryVersion) {
    return jdbc.sql(
            "select count(*) from listings where organization_id = ? and registry_version < ?")
        .params(organizationId, registryVersion)
        .query(Long.class)
        .single();
  }

  /** The organizations with listings screened against an older version of their registry. */
  public List<Long> organizationsBehind() {
    return jdbc.sql(
            """
            select distinct l.organization_id from listings l
            join organizations o on o.id = l.organization_id
            where l.registry_version < o.registry_version order by l.organization_id""")
        .query(Long.class)
        .list();
  }

  public long insertOne(long organizationId, Write w) {
    write(organizationId, List.of(w), null);
    return findBySku(organizationId, w.sku()).orElseThrow().id();
  }

  /**
   * A listing field as stored. Every way in checks the field against its limit first ({@link
   * ListingLimits}), so this never cuts: a longer value here is a bug, refused rather than stored
   * shorter than what was screened.
   */
  static String fitted(String s, int max) {
    String value = s == null ? "" : s;
    if (value.length() > max) {
      throw new IllegalStateException(
          "a listing field of " + value.length() + " characters passed its limit of " + max);
    }
    return value;
  }

  /**
   * What a finding stores of the engine's evidence and explanation, which it derives (the listing
   * version keeps the whole field and the finding's offsets point into it): cut to the column.
   */
  static String excerpt(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
  }

  static ListingSummary summary(ResultSet rs, int n) throws SQLException {
    return new ListingSummary(
        rs.getLong("id"),
        rs.getString("sku"),
        rs.getString("asin"),
        rs.getString("brand"),
        rs.getString("title"),
        rs.getString("decision"),
        rs.getInt("score"),
        ReviewStatus.valueOf(rs.getString("review_status")),
        rs.getInt("current_version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }

  static ListingVersion version(ResultSet rs, int n) throws SQLException {
    String bullets = rs.getString("bullet_points");
    Object job = rs.getObject("job_id");
    return new ListingVersion(
        rs.getLong("id"),
        rs.getLong("listing_id"),
        rs.getInt("version"),
        rs.getString("title"),
        rs.getString("brand"),
        bullets.isEmpty() ? List.of() : Arrays.asList(bullets.split(BULLET_SEPARATOR, -1)),
        rs.getString("description"),
        rs.getString("search_terms"),
        rs.getBigDecimal("price"),
        rs.getString("currency"),
        rs.getString("category"),
        rs.getString("marketplace"),
        rs.getString("decision"),
        rs.getInt("score"),
        job == null ? null : ((Number) job).longValue(),
        rs.getLong("registry_version"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("screened_at", OffsetDateTime.class).toInstant());
  }

  static ListingFinding finding(ResultSet rs, int n) throws SQLException {
    return new ListingFinding(
        rs.getLong("id"),
        rs.getLong("listing_version_id"),
        Rule.valueOf(rs.getString("rule")),
        Category.valueOf(rs.getString("category")),
        Severity.valueOf(rs.getString("severity")),
        rs.getString("mark"),
        rs.getString("registration"),
        rs.getString("owner"),
        rs.getString("field"),
        rs.getInt("start_offset"),
        rs.getInt("end_offset"),
        rs.getString("evidence"),
        rs.getString("explanation"),
        rs.getBoolean("dismissed"));
  }
}
