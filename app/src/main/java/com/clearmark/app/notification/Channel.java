package com.clearmark.app.notification;

import java.util.Locale;

/** A way a notification reaches an organization; each has its own columns in the outbox. */
enum Channel {
  EMAIL,
  WEBHOOK;

  /** The outbox column of this channel, for example {@code email_status}. */
  String column(String field) {
    return name().toLowerCase(Locale.ROOT) + "_" + field;
  }
}
