package com.clearmark.app.notification;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code clearmark.notifications.*}; the SMTP server itself is {@code
 * spring.mail.*}.
 *
 * @param baseUrl the address of this service as its users reach it, for links in the messages;
 *     without it the messages carry no links
 * @param from the sender of the emails
 * @param digestAt the time of day (UTC) from which the daily digest is sent
 * @param allowPrivateWebhooks whether webhooks may go to loopback and private addresses, for
 *     installations whose receiver is on their own network; off, so that no organization can make
 *     the service call addresses only it can reach
 */
@ConfigurationProperties("clearmark.notifications")
record NotificationProperties(
    String baseUrl, String from, LocalTime digestAt, boolean allowPrivateWebhooks) {

  NotificationProperties {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "" : baseUrl.strip().replaceAll("/+$", "");
    if (from == null || from.isBlank()) {
      from = "clearmark@localhost";
    }
    if (digestAt == null) {
      digestAt = LocalTime.of(7, 0);
    }
  }

  /** The full address of a page of the service, or null without a base URL. */
  String link(String path) {
    return baseUrl.isEmpty() || path == null ? null : baseUrl + path;
  }
}
