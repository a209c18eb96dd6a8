package com.clearmark.app.complaint;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Complaints with the products they name and the actions taken. */
@Repository
public class Complaints {

  private final JdbcClient jdbc;
  private final Clock clock;

  Complaints(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long add(long organizationId, Complaint c) {
    var keys = new GeneratedKeyHolder();
    var now = Timestamps.now(clock);
    jdbc.sql(
            """
            insert into complaints (organization_id, reference, type, origin, status, notice_date,
              registration, rights_owner, rights_owner_email, account_health_below_100, brand,
              raw_text, missing_fields, created_at, updated_at, respond_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            organizationId,
            c.reference(),
            c.type() == null ? null : c.type().name(),
            c.origin().name(),
            c.status().name(),
            c.noticeDate(),
            c.registration(),
            c.rightsOwner(),
            c.rightsOwnerEmail(),
            c.accountHealthBelow100(),
            c.brand(),
            c.rawText(),
            String.join("\n", c.missing()),
            now,
            now,
            c.respondBy())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    addProducts(id, c.products());
    return id;
  }

  private void addProducts(long complaintId, List<Complaint.Product> products) {
    for (Complaint.Product p : products) {
      jdbc.sql("insert into complaint_asins (complaint_id, asin, title) values (?, ?, ?)")
          .params(complaintId, p.asin(), p.title())
          .update();
    }
  }

  /** The complaint of the organization recorded under a marketplace complaint ID, if any. */
  public Optional<Long> withReference(long organizationId, String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    return jdbc
        .sql(
            "select id from complaints where organization_id = ? and lower(reference) = ? order by"
                + " id")
        .params(organizationId, reference.strip().toLowerCase(Locale.ROOT))
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * Stores a correction of a complaint's details, provided nobody corrected or moved it since it
   * was read: its revision and status must still be those of {@code before}.
   *
   * @throws ConflictException when someone else changed the complaint first
   */
  public void corrected(long organizationId, Complaint before, Complaint after) {
    int changed =
        jdbc.sql(
                """
                update complaints set reference = ?, type = ?, notice_date = ?, registration = ?,
                  rights_owner = ?, rights_owner_email = ?, account_health_below_100 = ?,
                  brand = ?, missing_fields = ?, respond_by = ?, updated_at = ?,
                  revision = revision + 1
                where id = ? and organization_id = ? and revision = ? and status = ?""")
            .params(
                after.reference(),
                after.type() == null ? null : after.type().name(),
                after.noticeDate(),
                after.registration(),
                after.rightsOwner(),
                after.rightsOwnerEmail(),
                after.accountHealthBelow100(),
                after.brand(),
                String.join("\n", after.missing()),
                after.respondBy(),
                Timestamps.now(clock),
                before.id(),
                organizationId,
                before.revision(),
                before.status().name())
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
    jdbc.sql("delete from complaint_asins where complaint_id = ?").param(before.id()).update();
    addProducts(before.id(), after.products());
  }

  /**
   * Deletes a complaint read as {@code c}, provided nobody changed it since.
   *
   * @throws ConflictException when someone else changed the complaint first
   */
  public void removed(long organizationId, Complaint c) {
    jdbc.sql(
            "delete from complaint_asins where complaint_id = (select id from complaints where id ="
                + " ? and organization_id = ? and revision = ? and status = ?)")
        .params(c.id(), organizationId, c.revision(), c.status().name())
        .update();
    int changed =
        jdbc.sql(
                "delete from complaints where id = ? and organization_id = ? and revision = ? and"
                    + " status = ? and not exists (select 1 from complaint_actions a where"
                    + " a.complaint_id = complaints.id)")
            .params(c.id(), organizationId, c.revision(), c.status().name())
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  /**
   * Stores a complaint's move from {@code before} to {@code after}, provided it still has the
   * status it was read with. The lifecycle only ever moves forward (see {@link ComplaintStatus}),
   * so a complaint that still has its old status has not been moved by anyone else since it was
   * read, and the status itself serves as the complaint's version.
   *
   * @throws ConflictException when someone else moved the complaint first
   */
  public void moved(long organizationId, Complaint before, Complaint after) {
    if (before.status() == after.status()) {
      return;
    }
    int changed =
        jdbc.sql(
                "update complaints set status = ?, updated_at = ? where id = ? and organization_id"
                    + " = ? and status = ?")
            .params(
                after.status().name(),
                Timestamps.now(clock),
                before.id(),
                organizationId,
                before.status().name())
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  /** What a user is told when another user's change of the same complaint came first. */
  static final String CHANGED_MEANWHILE =
      "This complaint was changed by someone else at the same time; reload it and try again.";

  public void addAction(long complaintId, ComplaintAction action, String note, String actor) {
    jdbc.sql(
            "insert into complaint_actions (complaint_id, action, note, actor_name, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(complaintId, action.name(), note, actor, Timestamps.now(clock))
        .update();
  }

  public Optional<Complaint> find(long organizationId, long id) {
    return query(organizationId, id).stream().findFirst();
  }

  public List<Complaint> all(long organizationId) {
    return query(organizationId, null);
  }

  /** Complaints whose notice is on or after a day, for the account-health window. */
  public List<Complaint> since(long organizationId, LocalDate from) {
    return all(organizationId).stream()
        .filter(c -> c.noticeDate() != null && !c.noticeDate().isBefore(from))
        .toList();
  }

  private List<Complaint> query(long organizationId, Long only) {
    String one = only == null ? "" : " and c.id = " + only;
    Map<Long, List<Complaint.Product>> products = new HashMap<>();
    jdbc.sql(
            "select a.complaint_id, a.asin, a.title from complaint_asins a join complaints c on c.id"
                + " = a.complaint_id where c.organization_id = ?"
                + one
                + " order by a.id")
        .param(organizationId)
        .query(
            rs -> {
              products
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Complaint.Product(rs.getString(2), rs.getString(3)));
            });
    Map<Long, List<Complaint.Action>> actions = new HashMap<>();
    jdbc.sql(
            "select a.* from complaint_actions a join complaints c on c.id = a.complaint_id where"
                + " c.organization_id = ?"
                + one
                + " order by a.id")
        .param(organizationId)
        .query(
            rs -> {
              actions
                  .computeIfAbsent(rs.getLong("complaint_id"), k -> new ArrayList<>())
                  .add(
                      new Complaint.Action(
                          ComplaintAction.valueOf(rs.getString("action")),
                          rs.getString("note"),
                          rs.getString("actor_name"),
                          rs.getObject("created_at", OffsetDateTime.class).toInstant()));
            });
    return jdbc.sql(
            "select * from complaints c where c.organization_id = ?" + one + " order by c.id desc")
        .param(organizationId)
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              String type = rs.getString("type");
              String missing = rs.getString("missing_fields");
              return new Complaint(
                  id,
                  rs.getString("reference"),
                  type == null ? null : ComplaintType.valueOf(type),
                  ComplaintOrigin.valueOf(rs.getString("origin")),
                  ComplaintStatus.valueOf(rs.getString("status")),
                  rs.getObject("notice_date", LocalDate.class),
                  rs.getString("registration"),
                  rs.getString("rights_owner"),
                  rs.getString("rights_owner_email"),
                  rs.getBoolean("account_health_below_100"),
                  rs.getString("brand"),
                  products.getOrDefault(id, List.of()),
                  actions.getOrDefault(id, List.of()),
                  missing.isEmpty() ? List.of() : Arrays.asList(missing.split("\n")),
                  rs.getString("raw_text"),
                  rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                  rs.getObject("respond_by", LocalDate.class),
                  rs.getLong("revision"));
            })
        .list();
  }
}
