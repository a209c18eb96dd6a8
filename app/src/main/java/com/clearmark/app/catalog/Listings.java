package com.clearmark.app.catalog;

import com.clearmark.app.registry.ScreenedListings;
import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.screening.ListingLimits;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Category;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Listings, their versions and the findings of each version's screening. */
@Repository
public class Listings implements ScreenedListings {

  static final String BULLET_SEPARATOR = ListingLimits.BULLET_SEPARATOR;

  /** The most values one statement binds in a list, well below what either database allows. */
  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;

  Listings(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
  }

  /**
   * The listings of the organization with these ASINs, each ASIN as pages show it; an ASIN no
   * listing has is {@link ListedAsin#unlisted}. Where several listings share an ASIN (one per SKU)
   * the one updated last is shown.
   */
  public Map<String, ListedAsin> byAsin(long organizationId, Collection<String> asins) {
    Map<String, ListedAsin> out = new HashMap<>();
    List<String> wanted =
        asins.stream()
            .filter(a -> a != null && !a.isBlank())
            .map(a -> a.strip().toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
    for (int from = 0; from < wanted.size(); from += CHUNK) {
      List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
      jdbc.sql(
              """
              select l.id, l.asin, l.sku, l.title, v.marketplace from listings l
              join listing_versions v on v.listing_id = l.id and v.version = l.current_version
              where l.organization_id = :org and l.asin in (:asins)
              order by l.updated_at, l.id""")
          .param("org", organizationId)
          .param("asins", chunk)
          .query(
              rs -> {
                String asin = rs.getString(2).toUpperCase(Locale.ROOT);
                out.put(
                    asin,
                    new ListedAsin(
                        asin, rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5)));
              });
    }
    wanted.forEach(a -> out.putIfAbsent(a, ListedAsin.unlisted(a)));
    return out;
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

  /** The order of a list of listings: a column of the list pages, ascending or descending. */
  public record Sort(Column column, boolean descending) {

    /** The columns a list can be sorted by, by the name the {@code sort} parameter gives. */
    public enum Column {
      DECISION("case l.decision when 'BLOCK' then 2 when 'REVIEW' then 1 else 0 end"),
      SCORE("l.score"),
      SKU("l.sku"),
      TITLE("lower(l.title)"),
      BRAND("lower(l.brand)"),
      STATUS("l.review_status"),
      VERSION("l.current_version"),
      UPDATED("l.updated_at"),
      /** The most severe finding that counts on the current version. */
      SEVERITY(
          "coalesce((select max("
              + SEVERITY_RANK
              + ") from listing_versions v join findings x on x.listing_version_id = v.id where"
              + " v.listing_id = l.id and v.version = l.current_version and x.dismissed = false),"
              + " -1)"),
      /** The rule of the finding {@link TopFinding} shows. */
      RULE(topFindingColumn("x.rule")),
      /** The mark of the finding {@link TopFinding} shows. */
      MARK(topFindingColumn("lower(x.mark)"));

      private final String sql;

      Column(String sql) {
        this.sql = sql;
      }

      /** The name the {@code sort} parameter gives for this column. */
      public String param() {
        return name().toLowerCase(Locale.ROOT);
      }
    }

    public Sort {
      Objects.requireNonNull(column, "column");
    }

    /** Highest score first, then the most recently changed: the order of an unsorted list. */
    public static final Sort DEFAULT = new Sort(Column.SCORE, true);

    /**
     * The sort a page asked for, as its {@code sort} and {@code dir} parameters; none means {@link
     * #DEFAULT}.
     *
     * @throws InvalidInputException naming the parameter, for a column or direction not known
     */
    public static Sort of(String sort, String dir) {
      if (sort == null || sort.isBlank()) {
        return DEFAULT;
      }
      Column column = null;
      for (Column c : Column.values()) {
        if (c.param().equals(sort.strip().toLowerCase(Locale.ROOT))) {
          column = c;
        }
      }
      if (column == null) {
        throw new InvalidInputException(
            "sort",
            "sort by one of "
                + String.join(", ", Arrays.stream(Column.values()).map(Column::param).toList()));
      }
      if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
        throw new InvalidInputException("dir", "give asc or desc");
      }
      return new Sort(column, "desc".equals(dir));
    }

    /** The direction as the {@code dir} parameter gives it. */
    public String dir() {
      return descending ? "desc" : "asc";
    }

    String orderBy() {
      String by = column.sql + (descending ? " desc" : " asc");
      return this.equals(DEFAULT)
          ? by + ", l.updated_at desc, l.id"
          : by + ", l.id" + (descending ? " desc" : "");
    }
  }

  /** Ranks severities in SQL as their order: INFO lowest, CRITICAL highest. */
  private static final String SEVERITY_RANK =
      "case x.severity when 'CRITICAL' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW'"
          + " then 1 else 0 end";

  private static String topFindingColumn(String column) {
    return "coalesce((select "
        + column
        + " from listing_versions v join findings x on x.listing_version_id = v.id where"
        + " v.listing_id = l.id and v.version = l.current_version and x.dismissed = false order by "
        + SEVERITY_RANK
        + " desc, x.id fetch first 1 rows only), '')";
  }

  public PageOf<ListingSummary> page(long organizationId, Filter f, PageRequest page) {
    return page(organizationId, f, page, Sort.DEFAULT);
  }

  public PageOf<ListingSummary> page(long organizationId, Filter f, PageRequest page, Sort sort) {
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
                    + " order by "
                    + sort.orderBy()
                    + " limit "
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

  /**
   * The finding a list shows for a listing: the most severe of its current version's findings that
   * count (the first found of equal ones), with the text around its evidence and how many others
   * count besides.
   *
   * @param before up to {@value #CONTEXT} characters of the field before the evidence
   * @param after up to {@value #CONTEXT} characters of the field after it
   */
  public record TopFinding(ListingFinding finding, String before, String after, int others) {

    static final int CONTEXT = 40;

    static TopFinding of(ListingFinding f, String fieldText, int others) {
      String text = fieldText == null ? "" : fieldText;
      if (f.start() < 0 || f.end() > text.length() || f.start() > f.end()) {
        return new TopFinding(f, "", "", others);
      }
      int from = Math.max(0, f.start() - CONTEXT);
      int to = Math.min(text.length(), f.end() + CONTEXT);
      return new TopFinding(
          f,
          (from > 0 ? "…" : "") + text.substring(from, f.start()),
          text.substring(f.end(), to) + (to < text.length() ? "…" : ""),
          others);
    }
  }

  /** The findings of the current version of each of the listings, by listing id. */
  public Map<Long, List<ListingFinding>> currentFindings(
      long organizationId, Collection<Long> listingIds) {
    Map<Long, List<ListingFinding>> out = new HashMap<>();
    List<Long> ids = List.copyOf(new LinkedHashSet<>(listingIds));
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() + 1);
      params.add(organizationId);
      params.addAll(chunk);
      jdbc.sql(
              "select v.listing_id as of_listing, x.* from findings x join listing_versions v on"
                  + " v.id = x.listing_version_id join listings l on l.id = v.listing_id and"
                  + " v.version = l.current_version where l.organization_id = ? and l.id in ("
                  + String.join(",", Collections.nCopies(chunk.size(), "?"))
                  + ") order by x.id")
          .params(params)
          .query(
              rs -> {
                out.computeIfAbsent(rs.getLong("of_listing"), k -> new ArrayList<>())
                    .add(finding(rs, 0));
              });
    }
    return out;
  }

  /** The finding to show for each of the listings that has one that counts, by listing id. */
  public Map<Long, TopFinding> topFindings(long organizationId, Collection<Long> listingIds) {
    Map<Long, TopFinding> top = new HashMap<>();
    List<Long> ids = List.copyOf(new LinkedHashSet<>(listingIds));
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() + 1);
      params.add(organizationId);
      params.addAll(chunk);
      List<ListingVersion> current =
          jdbc.sql(
                  "select v.* from listing_versions v join listings l on l.id = v.listing_id and"
                      + " v.version = l.current_version where l.organization_id = ? and l.id in ("
                      + String.join(",", Collections.nCopies(chunk.size(), "?"))
                      + ")")
              .params(params)
              .query(Listings::version)
              .list();
      var findings = findingsOf(organizationId, current.stream().map(ListingVersion::id).toList());
      for (ListingVersion v : current) {
        List<ListingFinding> counting =
            findings.getOrDefault(v.id(), List.of()).stream().filter(f -> !f.dismissed()).toList();
        counting.stream()
            .reduce((a, b) -> b.severity().compareTo(a.severity()) > 0 ? b : a)
            .ifPresent(
                f ->
                    top.put(
                        v.listingId(), TopFinding.of(f, v.field(f.field()), counting.size() - 1)));
      }
    }
    return top;
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

  /** Marks a version as saved from Clearmark's editor, so it is offered for download. */
  public void markCorrected(long organizationId, long listingId, int version) {
    jdbc.sql(
            "update listing_versions set corrected = true where organization_id = ? and listing_id"
                + " = ? and version = ?")
        .params(organizationId, listingId, version)
        .update();
  }

  /**
   * The listings whose current version was corrected in Clearmark, newest first, at most {@code
   * limit}: what the seller still has to upload to the marketplace.
   */
  public List<ListingSummary> correctedCurrent(long organizationId, int limit) {
    return jdbc.sql(
            "select l.* from listings l join listing_versions v on v.listing_id = l.id and"
                + " v.version = l.current_version and v.organization_id = l.organization_id"
                + " where l.organization_id = ? and v.corrected = true order by l.updated_at desc,"
                + " l.id desc limit ?")
        .params(organizationId, limit)
        .query(Listings::summary)
        .list();
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
      Listing content,
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
        values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
        """,
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
          score = ?, review_status = ?, content_hash = ?, registry_version = ?, updated_at = ?,
          review_revision = review_revision + 1
        where id = ? and organization_id = ?\
        """,
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
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
        """,
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
            ps.setNull(13, Types.BIGINT);
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
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\
        """,
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
        "update listings set decision = ?, score = ?, review_status = ?, registry_version = ?,"
            + " review_revision = review_revision + 1 where id = ? and organization_id = ?",
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
    String marks = String.join(",", Collections.nCopies(versionIds.size(), "?"));
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

  /**
   * A listing as a reviewer reads it, with the revision of its review state: every write of the
   * review status (a decision, a screening, a dismissed finding) raises the revision by one.
   */
  public record Reviewed(ListingSummary listing, long revision) {}

  /** The listing and its review revision, read in one statement so that the two agree. */
  public Optional<Reviewed> reviewed(long organizationId, long id) {
    return jdbc.sql("select * from listings where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query((rs, n) -> new Reviewed(summary(rs, n), rs.getLong("review_revision")))
        .optional();
  }

  /**
   * Writes a reviewer's decision, provided the listing's review state is still at the revision the
   * reviewer read: optimistic locking, so that of two decisions made at the same time one is
   * refused rather than silently overwritten.
   *
   * @throws ConflictException when the review state changed since {@code revision} was read
   */
  public void setReviewStatus(
      long organizationId, long listingId, long revision, ReviewStatus status) {
    int changed =
        jdbc.sql(
                "update listings set review_status = ?, review_revision = review_revision + 1"
                    + " where id = ? and organization_id = ? and review_revision = ?")
            .params(status.name(), listingId, organizationId, revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(REVIEW_CHANGED_MEANWHILE);
    }
  }

  /**
   * Claims the listing's review state at the revision read, raising it, before a change that
   * rewrites the listing's screening (a dismissed finding), so that two such changes made at the
   * same time do not both go through.
   *
   * @throws ConflictException when the review state changed since {@code revision} was read
   */
  public void claimReview(long organizationId, long listingId, long revision) {
    int changed =
        jdbc.sql(
                "update listings set review_revision = review_revision + 1"
                    + " where id = ? and organization_id = ? and review_revision = ?")
            .params(listingId, organizationId, revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(REVIEW_CHANGED_MEANWHILE);
    }
  }

  /** What a reviewer is told when another change of the same listing's review came first. */
  public static final String REVIEW_CHANGED_MEANWHILE =
      "This listing's review was changed by someone else at the same time; reload it and try"
          + " again.";

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
            order by l.id limit ?\
            """)
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
  @Override
  public long countBehind(long organizationId, long registryVersion) {
    return jdbc.sql(
            "select count(*) from listings where organization_id = ? and registry_version < ?")
        .params(organizationId, registryVersion)
        .query(Long.class)
        .single();
  }

  /**
   * The organizations with listings screened against an older version of their registry.
   *
   * @param registryVersion the current registry version of an organization
   */
  public List<Long> organizationsBehind(LongUnaryOperator registryVersion) {
    List<Long> behind = new ArrayList<>();
    jdbc.sql(
            "select organization_id, min(registry_version) from listings group by organization_id"
                + " order by organization_id")
        .query(
            rs -> {
              long org = rs.getLong(1);
              if (rs.getLong(2) < registryVersion.applyAsLong(org)) {
                behind.add(org);
              }
            });
    return behind;
  }

  /** The newest registry version any of an organization's listings was screened against, or -1. */
  @Override
  public long newestRegistryVersion(long organizationId) {
    return jdbc.sql(
            "select coalesce(max(registry_version), -1) from listings where organization_id = ?")
        .param(organizationId)
        .query(Long.class)
        .single();
  }

  /** How many of an organization's listings have each current decision. */
  public Map<String, Long> countByDecision(long organizationId) {
    Map<String, Long> byDecision = new HashMap<>();
    jdbc.sql("select decision, count(*) from listings where organization_id = ? group by decision")
        .param(organizationId)
        .query(
            rs -> {
              byDecision.put(rs.getString(1), rs.getLong(2));
            });
    return byDecision;
  }

  /** How many listings flagged REVIEW or BLOCK still wait for a reviewer. */
  public long countOpenReviews(long organizationId) {
    return jdbc.sql(
            "select count(*) from listings where organization_id = ? and decision in ('REVIEW',"
                + " 'BLOCK') and review_status = 'OPEN'")
        .param(organizationId)
        .query(Long.class)
        .single();
  }

  /**
   * How many listings carry each of the brands, in one query. Brands are compared upper-cased: the
   * keys are the brands as given, matched against each listing's brand in upper case.
   */
  public Map<String, Long> countByBrand(long organizationId, Collection<String> upperCaseBrands) {
    Map<String, Long> byBrand = new HashMap<>();
    List<String> brands = List.copyOf(new LinkedHashSet<>(upperCaseBrands));
    for (int i = 0; i < brands.size(); i += CHUNK) {
      List<String> chunk = brands.subList(i, Math.min(brands.size(), i + CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() + 1);
      params.add(organizationId);
      params.addAll(chunk);
      jdbc.sql(
              "select upper(brand), count(*) from listings where organization_id = ? and"
                  + " upper(brand) in ("
                  + String.join(",", Collections.nCopies(chunk.size(), "?"))
                  + ") group by upper(brand)")
          .params(params)
          .query(
              rs -> {
                byBrand.put(rs.getString(1), rs.getLong(2));
              });
    }
    return byBrand;
  }

  /** The screenings of one day (UTC) by decision; any decision but PASS and REVIEW is a block. */
  public record ScreeningsOnDay(LocalDate day, long pass, long review, long block) {}

  /** The screenings of each day from {@code first} to {@code last} (UTC), one entry per day. */
  public List<ScreeningsOnDay> screeningsPerDay(
      long organizationId, LocalDate first, LocalDate last) {
    Map<LocalDate, long[]> counts = new HashMap<>();
    jdbc.sql(
            "select screened_at, decision from listing_versions where organization_id = ? and"
                + " screened_at >= ?")
        .params(organizationId, first.atStartOfDay().atOffset(ZoneOffset.UTC))
        .query(
            rs -> {
              LocalDate day =
                  rs.getObject(1, OffsetDateTime.class)
                      .withOffsetSameInstant(ZoneOffset.UTC)
                      .toLocalDate();
              long[] c = counts.computeIfAbsent(day, d -> new long[3]);
              switch (rs.getString(2)) {
                case "PASS" -> c[0]++;
                case "REVIEW" -> c[1]++;
                default -> c[2]++;
              }
            });
    List<ScreeningsOnDay> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      long[] c = counts.getOrDefault(d, new long[3]);
      days.add(new ScreeningsOnDay(d, c[0], c[1], c[2]));
    }
    return days;
  }

  /** A mark and how many listings' current versions have a finding naming it. */
  public record MarkHits(String mark, long listings) {}

  /**
   * The marks most often named by findings of current versions that are neither dismissed nor
   * merely informational, most listings first.
   */
  public List<MarkHits> topMarks(long organizationId, int limit) {
    return jdbc.sql(
            """
            select f.mark, count(distinct l.id) as hits from findings f
            join listing_versions v on v.id = f.listing_version_id
            join listings l on l.id = v.listing_id and l.current_version = v.version
            where f.organization_id = ? and f.mark <> '' and f.dismissed = false
              and f.severity <> 'INFO'
            group by f.mark order by hits desc, f.mark limit ?\
            """)
        .params(organizationId, limit)
        .query((rs, n) -> new MarkHits(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /** A listing that sells a brand: its current version names it in a source-proof finding. */
  public record Resold(
      long listingId,
      String sku,
      String asin,
      String title,
      String brand,
      String marketplace,
      String decision) {}

  /**
   * One row per listing and brand whose current version has a {@code TM_SOURCE_PROOF} finding that
   * nobody dismissed: the listings that sell another company's brand, by brand and SKU.
   */
  public List<Resold> resold(long organizationId) {
    return jdbc.sql(
            """
            select distinct l.id, l.sku, l.asin, l.title, f.mark, v.marketplace, l.decision
            from listings l
            join listing_versions v on v.listing_id = l.id and v.version = l.current_version
            join findings f on f.listing_version_id = v.id
            where l.organization_id = ? and f.rule = 'TM_SOURCE_PROOF' and f.dismissed = false
            order by f.mark, l.sku\
            """)
        .param(organizationId)
        .query(
            (rs, n) ->
                new Resold(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)))
        .list();
  }

  /** A screened version of a listing with the listing's SKU and ASIN. */
  public record Screened(
      long listingId,
      long versionId,
      int version,
      String sku,
      String asin,
      String title,
      String brand,
      int score) {}

  /** The current versions screened BLOCK at or after {@code from}, in version id order. */
  public List<Screened> blockedSince(long organizationId, OffsetDateTime from) {
    return jdbc.sql(
            """
            select v.id, v.listing_id, v.version, l.sku, l.asin, v.title, v.brand, v.score
            from listing_versions v
            join listings l on l.id = v.listing_id and l.current_version = v.version
            where v.organization_id = ? and v.decision = 'BLOCK' and v.screened_at >= ?
            order by v.id\
            """)
        .params(organizationId, from)
        .query(Listings::screened)
        .list();
  }

  /** Every version of the listings, in chunks of at most {@value #CHUNK} listings a query. */
  public List<Screened> versionsOf(long organizationId, List<Long> listingIds) {
    List<Screened> out = new ArrayList<>();
    for (int i = 0; i < listingIds.size(); i += CHUNK) {
      List<Long> chunk = listingIds.subList(i, Math.min(listingIds.size(), i + CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() + 1);
      params.add(organizationId);
      params.addAll(chunk);
      out.addAll(
          jdbc.sql(
                  "select v.id, v.listing_id, v.version, l.sku, l.asin, v.title, v.brand, v.score"
                      + " from listing_versions v join listings l on l.id = v.listing_id where"
                      + " v.organization_id = ? and v.listing_id in ("
                      + String.join(",", Collections.nCopies(chunk.size(), "?"))
                      + ")")
              .params(params)
              .query(Listings::screened)
              .list());
    }
    return out;
  }

  /**
   * The findings nobody dismissed of the versions, at most {@code perVersion} of each in id order,
   * read in chunks of at most {@value #CHUNK} versions a query.
   */
  public Map<Long, List<ListingFinding>> undismissedFindingsOf(
      long organizationId, List<Long> versionIds, int perVersion) {
    Map<Long, List<ListingFinding>> found = new HashMap<>();
    for (int i = 0; i < versionIds.size(); i += CHUNK) {
      List<Long> chunk = versionIds.subList(i, Math.min(versionIds.size(), i + CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() + 1);
      params.add(organizationId);
      params.addAll(chunk);
      jdbc.sql(
              "select * from findings where organization_id = ? and dismissed = false and"
                  + " listing_version_id in ("
                  + String.join(",", Collections.nCopies(chunk.size(), "?"))
                  + ") order by listing_version_id, id")
          .params(params)
          .query(
              rs -> {
                var list =
                    found.computeIfAbsent(rs.getLong("listing_version_id"), k -> new ArrayList<>());
                if (list.size() < perVersion) {
                  list.add(finding(rs, 0));
                }
              });
    }
    return found;
  }

  /**
   * Spreads the organization's screenings over the past fortnight, each version moved back by one
   * to fourteen days: for the demo, so that the dashboard's trend has a shape.
   */
  public void spreadScreeningsOverPastFortnight(long organizationId) {
    jdbc.sql(
            "update listing_versions set screened_at = screened_at - (mod(id, 14) + 1) * interval"
                + " '1' day, created_at = created_at - (mod(id, 14) + 1) * interval '1' day where"
                + " organization_id = ?")
        .param(organizationId)
        .update();
  }

  private static Screened screened(ResultSet rs, int n) throws SQLException {
    return new Screened(
        rs.getLong("listing_id"),
        rs.getLong("id"),
        rs.getInt("version"),
        rs.getString("sku"),
        rs.getString("asin"),
        rs.getString("title"),
        rs.getString("brand"),
        rs.getInt("score"));
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
