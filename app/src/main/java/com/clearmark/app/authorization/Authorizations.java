package com.clearmark.app.authorization;

import com.clearmark.app.registry.AuthorizedBrands;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.context.OwnBrand;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Letters of authorization, licences and distribution agreements of an organization. */
@Repository
public class Authorizations implements AuthorizedBrands {

  private final JdbcClient jdbc;
  private final Clock clock;

  Authorizations(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long add(long organizationId, Authorization a) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into authorizations (organization_id, kind, licensor, brands, marketplaces, asins,
              skus, valid_from, valid_to, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            organizationId,
            a.kind(),
            a.licensor(),
            join(a.brands()),
            join(a.marketplaces()),
            join(a.asins()),
            join(a.skus()),
            a.validFrom(),
            a.validTo(),
            Timestamps.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** How many corrections the authorization has had, to write the next over the one read. */
  public long revision(long organizationId, long id) {
    return jdbc.sql("select revision from authorizations where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /**
   * Stores an authorization's corrected details, provided nobody corrected it since it was read.
   *
   * @throws ConflictException when someone else corrected it first
   */
  public void corrected(long organizationId, long id, long revision, Authorization a) {
    int changed =
        jdbc.sql(
                """
                update authorizations set kind = ?, licensor = ?, brands = ?, marketplaces = ?,
                  asins = ?, skus = ?, valid_from = ?, valid_to = ?, revision = revision + 1
                where id = ? and organization_id = ? and revision = ?""")
            .params(
                a.kind(),
                a.licensor(),
                join(a.brands()),
                join(a.marketplaces()),
                join(a.asins()),
                join(a.skus()),
                a.validFrom(),
                a.validTo(),
                id,
                organizationId,
                revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  /**
   * Deletes an authorization, provided nobody corrected it since it was read.
   *
   * @throws ConflictException when someone else corrected it first
   */
  public void removed(long organizationId, long id, long revision) {
    int changed =
        jdbc.sql("delete from authorizations where id = ? and organization_id = ? and revision = ?")
            .params(id, organizationId, revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  static final String CHANGED_MEANWHILE =
      "This authorization was changed by someone else at the same time; reload it and try"
          + " again.";

  public boolean attach(long organizationId, long id, long documentId) {
    return jdbc.sql(
                "update authorizations set document_id = ? where id = ? and organization_id = ?")
            .params(documentId, id, organizationId)
            .update()
        > 0;
  }

  public Optional<Authorization> find(long organizationId, long id) {
    return query(organizationId, " and id = ?", id).stream().findFirst();
  }

  public List<Authorization> all(long organizationId) {
    return query(organizationId, "", null);
  }

  /** The id of the document attached to an authorization, if any. */
  public Optional<Long> documentOf(long organizationId, long id) {
    return jdbc.sql("select document_id from authorizations where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query((rs, n) -> rs.getObject(1, Long.class))
        .optional()
        .filter(Objects::nonNull);
  }

  /** The ids of the organization's authorizations that have a document attached. */
  public Set<Long> withDocument(long organizationId) {
    return Set.copyOf(
        jdbc.sql(
                "select id from authorizations where organization_id = ? and document_id is not"
                    + " null")
            .param(organizationId)
            .query(Long.class)
            .list());
  }

  /** Authorizations whose last day falls between two dates, soonest first. */
  public List<Authorization> expiringBetween(long organizationId, LocalDate from, LocalDate to) {
    return all(organizationId).stream()
        .filter(a -> a.validTo() != null && !a.validTo().isBefore(from) && !a.validTo().isAfter(to))
        .sorted(Comparator.comparing(Authorization::validTo))
        .toList();
  }

  /**
   * Brands the organization holds an authorization for, one entry per brand of each authorization,
   * within its ASINs, SKUs and dates: the registry screens them like the organization's own brands
   * there.
   */
  @Override
  public List<OwnBrand> authorizedBrands(long organizationId) {
    List<OwnBrand> out = new ArrayList<>();
    jdbc.sql(
            "select brands, asins, skus, valid_from, valid_to from authorizations where"
                + " organization_id = ?")
        .param(organizationId)
        .query(
            rs -> {
              var asins = lines(rs.getString(2));
              var skus = lines(rs.getString(3));
              var from = rs.getObject(4, LocalDate.class);
              var to = rs.getObject(5, LocalDate.class);
              for (String brand : lines(rs.getString(1))) {
                out.add(new OwnBrand(brand, asins, skus, from, to));
              }
            });
    return out;
  }

  private static Set<String> lines(String column) {
    return column == null || column.isEmpty() ? Set.of() : Set.of(column.split("\n"));
  }

  private List<Authorization> query(long organizationId, String where, Long id) {
    var spec =
        jdbc.sql("select * from authorizations where organization_id = ?" + where + " order by id");
    var bound = id == null ? spec.param(organizationId) : spec.params(organizationId, id);
    return bound
        .query(
            (rs, n) ->
                new Authorization(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getString("licensor"),
                    split(rs.getString("brands")),
                    split(rs.getString("marketplaces")),
                    split(rs.getString("asins")),
                    split(rs.getString("skus")),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class)))
        .list();
  }

  static String join(Set<String> values) {
    return String.join("\n", new TreeSet<>(values));
  }

  static Set<String> split(String column) {
    return column == null || column.isEmpty()
        ? Set.of()
        : Arrays.stream(column.split("\n")).collect(Collectors.toUnmodifiableSet());
  }
}
