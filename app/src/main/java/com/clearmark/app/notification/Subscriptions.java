package com.clearmark.app.notification;

import com.clearmark.app.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification settings of each organization that has set them up. */
@Repository
class Subscriptions {

  private final JdbcClient jdbc;
  private final Clock clock;

  Subscriptions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Subscription> find(long organizationId) {
    return jdbc.sql("select * from notification_settings where organization_id = ?")
        .param(organizationId)
        .query(Subscriptions::row)
        .optional();
  }

  List<Subscription> all() {
    return jdbc.sql("select * from notification_settings order by organization_id")
        .query(Subscriptions::row)
        .list();
  }

  /**
   * Stores the settings. The first time, the scan starts from now, so what happened before
   * notifications were set up is not announced as new.
   */
  void save(
      long organizationId,
      List<EmailAddress> recipients,
      WebhookUrl webhookUrl,
      String webhookSecret,
      Set<EventType> events,
      boolean digest) {
    OffsetDateTime now = Timestamps.now(clock);
    String to = recipients.stream().map(EmailAddress::value).collect(Collectors.joining("\n"));
    String url = webhookUrl == null ? null : webhookUrl.value();
    String chosen = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    int updated =
        jdbc.sql(
                """
                update notification_settings set recipients = ?, webhook_url = ?,
                  webhook_secret = ?, events = ?, digest = ?, updated_at = ?
                where organization_id = ?""")
            .params(to, url, webhookSecret, chosen, digest, now, organizationId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into notification_settings (organization_id, recipients, webhook_url,
                webhook_secret, events, digest, enabled_at, scanned_until, updated_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(organizationId, to, url, webhookSecret, chosen, digest, now, now, now)
          .update();
    }
  }

  void scanned(long organizationId, OffsetDateTime until) {
    jdbc.sql("update notification_settings set scanned_until = ? where organization_id = ?")
        .params(until, organizationId)
        .update();
  }

  private static Subscription row(ResultSet rs, int n) throws SQLException {
    String to = rs.getString("recipients");
    String url = rs.getString("webhook_url");
    String events = rs.getString("events");
    Set<EventType> chosen = EnumSet.noneOf(EventType.class);
    if (!events.isEmpty()) {
      for (String e : events.split(",")) {
        try {
          chosen.add(EventType.valueOf(e));
        } catch (IllegalArgumentException gone) {
          // An event type a later version dropped: ignore it rather than fail the whole page.
        }
      }
    }
    return new Subscription(
        rs.getLong("organization_id"),
        to.isEmpty() ? List.of() : Arrays.stream(to.split("\n")).map(EmailAddress::new).toList(),
        url == null ? null : new WebhookUrl(url),
        rs.getString("webhook_secret"),
        chosen,
        rs.getBoolean("digest"),
        instant(rs.getObject("enabled_at", OffsetDateTime.class)),
        instant(rs.getObject("scanned_until", OffsetDateTime.class)));
  }

  private static Instant instant(OffsetDateTime t) {
    return t.toInstant();
  }
}
