package com.clearmark.app.notification;

/** Where the delivery of a notification through one channel stands. */
enum DeliveryStatus {
  /** Not tried yet. */
  PENDING,
  /** Delivered: the mail server took the message, or the webhook answered 2xx. */
  SENT,
  /** The last attempt failed; tried again later unless the attempts are used up. */
  FAILED,
  /** The channel was not set up for this notification. */
  SKIPPED
}
