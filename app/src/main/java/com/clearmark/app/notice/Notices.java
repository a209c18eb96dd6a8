package com.clearmark.app.notice;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.TimeWarp;
import com.clearmark.app.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The notices of each organization and the cases each covers. Every change is written only over the
 * revision it was read with, so of two people approving or editing one notice at once, the second
 * is told to reload.
 */
@Repository
class Notices {

  static final String CHANGED_MEANWHILE =
      "This notice was changed by someone else at the same time; reload it and try again.";

  private static final String COLUMNS =
      "id, regime, ip_type, marketplace, status, revision, mark, registration, work, body,"
          + " message_to_seller, submitter, rights_owner, agent_name, contact_name, contact_email,"
          + " contact_phone, contact_address, appears_in, test_buy_orders, signature, good_faith,"
          + " accurate, drafted_by, drafted_by_name, drafted_at, approved_by, approved_by_name,"
          + " approved_at, sent_at, sent_via, sent_to, corrects_notice_id";

  private final JdbcClient jdbc;
  private final Clock clock;

  Notices(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  long insert(OrganizationId org, Notice n) {
    var c = n.content();
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into notices (organization_id, regime, ip_type, marketplace, status, revision,
              mark, registration, work, body, message_to_seller, submitter, rights_owner,
              agent_name, contact_name, contact_email, contact_phone, contact_address, appears_in,
              test_buy_orders, signature, good_faith, accurate, drafted_by, drafted_by_name,
              drafted_at, corrects_notice_id, updated_at)
            values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              ?, ?)\
            """)
        .params(
            org.value(),
            c.regime().name(),
            c.ipType().name(),
            n.marketplace(),
            n.status().name(),
            c.mark(),
            c.registration(),
            c.work(),
            c.body(),
            c.messageToSeller(),
            c.submitter().name(),
            c.rightsOwner(),
            c.agentName(),
            c.contactName(),
            c.contactEmail(),
            c.contactPhone(),
            c.contactAddress(),
            appearsIn(c.appearsIn()),
            c.testBuyOrders(),
            c.signature(),
            c.goodFaith(),
            c.accurate(),
            n.draftedBy(),
            n.draftedByName(),
            n.draftedAt().atOffset(ZoneOffset.UTC),
            n.correctsNoticeId(),
            Timestamps.now(clock))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (NoticeItem i : n.items()) {
      jdbc.sql(
              "insert into notice_cases (notice_id, case_id, reason_code, listing_id, url)"
                  + " values (?, ?, ?, ?, ?)")
          .params(id, i.caseId(), i.reasonCode(), i.listingId(), i.url())
          .update();
    }
    return id;
  }

  /** Moves the organization's notice times by {@code warp}; for the demo (see TimeWarp). */
  void warpTimes(OrganizationId org, TimeWarp warp) {
    for (Notice n : all(org, 10_000)) {
      jdbc.sql(
              "update notices set drafted_at = ?, approved_at = ?, sent_at = ? where"
                  + " organization_id = ? and id = ?")
          .params(
              at(warp.apply(n.draftedAt())),
              at(warp.apply(n.approvedAt())),
              at(warp.apply(n.sentAt())),
              org.value(),
              n.id())
          .update();
    }
  }

  Optional<Notice> find(OrganizationId org, long id) {
    return query(org, " and id = ?", List.of(id)).stream().findFirst();
  }

  List<Notice> all(OrganizationId org, int limit) {
    return query(org, " order by id desc fetch first " + limit + " rows only", List.of());
  }

  List<Notice> ofCase(OrganizationId org, long caseId) {
    return query(
        org,
        " and id in (select notice_id from notice_cases where case_id = ?) order by id desc",
        List.of(caseId));
  }

  /**
   * Stores a draft's edited content over the revision it was read with, while it is still a draft.
   *
   * @throws ConflictException when someone else changed the notice first
   */
  void edited(OrganizationId org, Notice before, Notice after) {
    var c = after.content();
    int changed =
        jdbc.sql(
                """
                update notices set regime = ?, ip_type = ?, mark = ?, registration = ?, work = ?,
                  body = ?, message_to_seller = ?, submitter = ?, rights_owner = ?,
                  agent_name = ?, contact_name = ?, contact_email = ?, contact_phone = ?,
                  contact_address = ?, appears_in = ?, test_buy_orders = ?, signature = ?,
                  good_faith = ?, accurate = ?, revision = revision + 1, updated_at = ?
                where id = ? and organization_id = ? and revision = ? and status = 'DRAFT'\
                """)
            .params(
                c.regime().name(),
                c.ipType().name(),
                c.mark(),
                c.registration(),
                c.work(),
                c.body(),
                c.messageToSeller(),
                c.submitter().name(),
                c.rightsOwner(),
                c.agentName(),
                c.contactName(),
                c.contactEmail(),
                c.contactPhone(),
                c.contactAddress(),
                appearsIn(c.appearsIn()),
                c.testBuyOrders(),
                c.signature(),
                c.goodFaith(),
                c.accurate(),
                Timestamps.now(clock),
                before.id(),
                org.value(),
                before.revision())
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
    for (NoticeItem i : after.items()) {
      jdbc.sql("update notice_cases set reason_code = ? where notice_id = ? and case_id = ?")
          .params(i.reasonCode(), before.id(), i.caseId())
          .update();
    }
  }

  /**
   * Stores a move of the notice's status (with who approved or how it was sent) over the revision
   * and status it was read with.
   *
   * @throws ConflictException when someone else changed the notice first
   */
  void moved(OrganizationId org, Notice before, Notice after) {
    int changed =
        jdbc.sql(
                """
                update notices set status = ?, approved_by = ?, approved_by_name = ?,
                  approved_at = ?, sent_at = ?, sent_via = ?, sent_to = ?,
                  revision = revision + 1, updated_at = ?
                where id = ? and organization_id = ? and revision = ? and status = ?\
                """)
            .params(
                after.status().name(),
                after.approvedBy(),
                after.approvedByName(),
                at(after.approvedAt()),
                at(after.sentAt()),
                after.sentVia() == null ? null : after.sentVia().name(),
                after.sentTo(),
                Timestamps.now(clock),
                before.id(),
                org.value(),
                before.revision(),
                before.status().name())
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  private static OffsetDateTime at(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  private List<Notice> query(OrganizationId org, String where, List<Object> params) {
    List<Object> all = new ArrayList<>();
    all.add(org.value());
    all.addAll(params);
    Map<Long, Notice> byId = new LinkedHashMap<>();
    jdbc.sql("select " + COLUMNS + " from notices where organization_id = ?" + where)
        .params(all)
        .query(Notices::row)
        .list()
        .forEach(n -> byId.put(n.id(), n));
    if (byId.isEmpty()) {
      return List.of();
    }
    Map<Long, List<NoticeItem>> items = new LinkedHashMap<>();
    jdbc.sql(
            "select notice_id, case_id, reason_code, listing_id, url from notice_cases"
                + " where notice_id in (:ids) order by notice_id, case_id")
        .param("ids", List.copyOf(byId.keySet()))
        .query(
            rs -> {
              items
                  .computeIfAbsent(rs.getLong("notice_id"), k -> new ArrayList<>())
                  .add(
                      new NoticeItem(
                          rs.getLong("case_id"),
                          rs.getString("listing_id"),
                          rs.getString("url"),
                          rs.getString("reason_code")));
            });
    List<Notice> out = new ArrayList<>();
    for (Notice n : byId.values()) {
      out.add(withItems(n, items.getOrDefault(n.id(), List.of())));
    }
    return out;
  }

  private static Notice withItems(Notice n, List<NoticeItem> items) {
    return new Notice(
        n.id(),
        n.marketplace(),
        n.status(),
        n.revision(),
        n.content(),
        items,
        n.draftedBy(),
        n.draftedByName(),
        n.draftedAt(),
        n.approvedBy(),
        n.approvedByName(),
        n.approvedAt(),
        n.sentAt(),
        n.sentVia(),
        n.sentTo(),
        n.correctsNoticeId());
  }

  static String appearsIn(Set<Appearance> where) {
    return where.stream().sorted().map(Appearance::name).collect(Collectors.joining(","));
  }

  static Set<Appearance> appearsIn(String column) {
    if (column == null || column.isBlank()) {
      return Set.of();
    }
    var out = EnumSet.noneOf(Appearance.class);
    Arrays.stream(column.split(",")).map(String::strip).map(Appearance::valueOf).forEach(out::add);
    return out;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static Notice row(ResultSet rs, int n) throws SQLException {
    var content =
        new NoticeContent(
            NoticeRegime.valueOf(rs.getString("regime")),
            IpType.valueOf(rs.getString("ip_type")),
            rs.getString("mark"),
            rs.getString("registration"),
            rs.getString("work"),
            rs.getString("body"),
            rs.getString("message_to_seller"),
            Submitter.valueOf(rs.getString("submitter")),
            rs.getString("rights_owner"),
            rs.getString("agent_name"),
            rs.getString("contact_name"),
            rs.getString("contact_email"),
            rs.getString("contact_phone"),
            rs.getString("contact_address"),
            appearsIn(rs.getString("appears_in")),
            rs.getString("test_buy_orders"),
            rs.getString("signature"),
            rs.getBoolean("good_faith"),
            rs.getBoolean("accurate"));
    String via = rs.getString("sent_via");
    return new Notice(
        rs.getLong("id"),
        rs.getString("marketplace"),
        NoticeStatus.valueOf(rs.getString("status")),
        rs.getInt("revision"),
        content,
        List.of(),
        rs.getObject("drafted_by", Long.class),
        rs.getString("drafted_by_name"),
        instant(rs, "drafted_at"),
        rs.getObject("approved_by", Long.class),
        rs.getString("approved_by_name"),
        instant(rs, "approved_at"),
        instant(rs, "sent_at"),
        via == null ? null : SendChannel.valueOf(via),
        rs.getString("sent_to"),
        rs.getObject("corrects_notice_id", Long.class));
  }
}
