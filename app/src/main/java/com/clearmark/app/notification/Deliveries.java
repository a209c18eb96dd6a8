package com.clearmark.app.notification;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox: one row per notification of an organization, unique by its event key, with the state
 * of its delivery on each channel. Rows are never deleted, so a failed delivery stays visible.
 */
@Repository
class Deliveries {

  private final JdbcClient jdbc;

  Deliveries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean has(long organizationId, String key) {
    return jdbc.sql(
                "select count(*) from notification_outbox where organization_id = ? and event_key = ?")
            .params(organizationId, key)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Records a notification to send on the given channels; empty when one with the same key is
   * already there, as when two scans race.
   */
  Optional<Long> add(
      long organizationId,
      Notification n,
      String payload,
      boolean email,
      boolean webhook,
      OffsetDateTime now) {
    var keys = new GeneratedKeyHolder();
    try {
      jdbc.sql(
              """
              insert into notification_outbox (organization_id, event_key, event_type, subject,
                body, payload, email_status, email_next_at, webhook_status, webhook_next_at,
                created_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              organizationId,
              n.key(),
              n.type().name(),
              clip(n.subject(), FieldLimits.MESSAGE_SUBJECT),
              clip(n.body(), FieldLimits.MESSAGE_BODY),
              payload,
              (email ? DeliveryStatus.PENDING : DeliveryStatus.SKIPPED).name(),
              email ? now : null,
              (webhook ? DeliveryStatus.PENDING : DeliveryStatus.SKIPPED).name(),
              webhook ? now : null,
              now)
          .update(keys, "id");
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
    return Optional.of(keys.getKey().longValue());
  }

  /** The ids of the deliveries of a channel that are due by now, oldest first. */
  List<Long> due(Channel channel, OffsetDateTime now, int limit) {
    return jdbc.sql(
            "select id from notification_outbox where "
                + channel.column("status")
                + " in ('PENDING', 'FAILED') and "
                + channel.column("next_at")
                + " <= ? order by id limit "
                + limit)
        .param(now)
        .query(Long.class)
        .list();
  }

  /**
   * A delivery taken for one attempt on one channel, held until {@code leaseUntil}.
   *
   * @param leaseUntil also what tells this claim from a later one: a delivery is claimed again only
   *     once its lease has passed, so the next lease always ends later
   */
  record Claim(Channel channel, long id, OffsetDateTime leaseUntil) {}

  /**
   * Takes a due delivery for one attempt: counts the attempt and holds the delivery until {@code
   * leaseUntil}, so no other dispatcher sends it meanwhile and one that dies while sending leaves
   * it to be tried again after the lease. Empty when it is no longer due.
   */
  Optional<Claim> claim(Channel channel, long id, OffsetDateTime now, OffsetDateTime leaseUntil) {
    String next = channel.column("next_at");
    String attempts = channel.column("attempts");
    int rows =
        jdbc.sql(
                "update notification_outbox set "
                    + next
                    + " = ?, "
                    + attempts
                    + " = "
                    + attempts
                    + " + 1 where id = ? and "
                    + channel.column("status")
                    + " in ('PENDING', 'FAILED') and "
                    + next
                    + " <= ?")
            .params(leaseUntil, id, now)
            .update();
    return rows == 1 ? Optional.of(new Claim(channel, id, leaseUntil)) : Optional.empty();
  }

  int attempts(Channel channel, long id) {
    return jdbc.sql(
            "select " + channel.column("attempts") + " from notification_outbox where id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  Optional<Delivery.Outgoing> outgoing(long id) {
    return jdbc.sql(
            "select id, organization_id, event_key, event_type, subject, body, payload from"
                + " notification_outbox where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Delivery.Outgoing(
                    rs.getLong("id"),
                    rs.getLong("organization_id"),
                    rs.getString("event_key"),
                    EventType.valueOf(rs.getString("event_type")),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getString("payload")))
        .optional();
  }

  boolean sent(Claim claim, OffsetDateTime at) {
    Channel c = claim.channel();
    return settle(
        claim,
        c.column("status")
            + " = 'SENT', "
            + c.column("sent_at")
            + " = ?, "
            + c.column("next_at")
            + " = null",
        at);
  }

  /** Records a failed attempt; {@code retryAt} null means no further attempt. */
  boolean failed(Claim claim, String error, OffsetDateTime retryAt) {
    Channel c = claim.channel();
    return settle(
        claim,
        c.column("status")
            + " = 'FAILED', "
            + c.column("error")
            + " = ?, "
            + c.column("next_at")
            + " = ?",
        clip(error, FieldLimits.DELIVERY_ERROR),
        retryAt);
  }

  /** Stops a delivery whose channel is no longer set up, saying why. */
  boolean skipped(Claim claim, String reason) {
    Channel c = claim.channel();
    return settle(
        claim,
        c.column("status")
            + " = 'SKIPPED', "
            + c.column("error")
            + " = ?, "
            + c.column("next_at")
            + " = null",
        clip(reason, FieldLimits.DELIVERY_ERROR));
  }

  /**
   * Records the outcome of a claimed attempt, only while the claim still holds the delivery: one
   * whose lease ran out may have been claimed and sent by another dispatcher since. False when the
   * claim no longer held it and nothing was changed.
   */
  private boolean settle(Claim claim, String set, Object... values) {
    Channel c = claim.channel();
    List<Object> params = new ArrayList<>(Arrays.asList(values));
    params.add(claim.id());
    params.add(claim.leaseUntil());
    return jdbc.sql(
                "update notification_outbox set "
                    + set
                    + " where id = ? and "
                    + c.column("status")
                    + " in ('PENDING', 'FAILED') and "
                    + c.column("next_at")
                    + " = ?")
            .params(params)
            .update()
        == 1;
  }

  /** Sends failed channels again from the first attempt. False when the id is not the org's. */
  boolean retry(long organizationId, long id, OffsetDateTime now) {
    int rows = 0;
    for (Channel c : Channel.values()) {
      rows +=
          jdbc.sql(
                  "update notification_outbox set "
                      + c.column("status")
                      + " = 'PENDING', "
                      + c.column("attempts")
                      + " = 0, "
                      + c.column("next_at")
                      + " = ? where id = ? and organization_id = ? and "
                      + c.column("status")
                      + " = 'FAILED'")
              .params(now, id, organizationId)
              .update();
    }
    return rows > 0;
  }

  Optional<Delivery> find(long organizationId, long id) {
    return jdbc.sql("select * from notification_outbox where organization_id = ? and id = ?")
        .params(organizationId, id)
        .query(Deliveries::row)
        .optional();
  }

  /** Leaves out what went through no channel: listings told of in a summary. */
  private static final String LISTED =
      " and not (email_status = 'SKIPPED' and webhook_status = 'SKIPPED')";

  PageOf<Delivery> page(long organizationId, PageRequest page) {
    long total =
        jdbc.sql("select count(*) from notification_outbox where organization_id = ?" + LISTED)
            .param(organizationId)
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(
                "select * from notification_outbox where organization_id = ?"
                    + LISTED
                    + " order by id desc"
                    + " limit "
                    + page.size()
                    + " offset "
                    + page.offset())
            .param(organizationId)
            .query(Deliveries::row)
            .list();
    return new PageOf<>(items, page.page(), page.size(), total);
  }

  private static Delivery row(ResultSet rs, int n) throws SQLException {
    return new Delivery(
        rs.getLong("id"),
        rs.getString("event_key"),
        EventType.valueOf(rs.getString("event_type")),
        rs.getString("subject"),
        attempts(rs, Channel.EMAIL),
        attempts(rs, Channel.WEBHOOK),
        instant(rs.getObject("created_at", OffsetDateTime.class)));
  }

  private static Delivery.Attempts attempts(ResultSet rs, Channel c) throws SQLException {
    return new Delivery.Attempts(
        DeliveryStatus.valueOf(rs.getString(c.column("status"))),
        rs.getInt(c.column("attempts")),
        rs.getString(c.column("error")),
        instant(rs.getObject(c.column("next_at"), OffsetDateTime.class)),
        instant(rs.getObject(c.column("sent_at"), OffsetDateTime.class)));
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max - 1) + "…";
  }
}
