package com.clearmark.app.complaint;

import com.clearmark.app.shared.InvalidInputException;
import java.util.Map;

/**
 * A pasted notification that does not give every field a complaint needs, refused with what was
 * read from it so that the seller completes it instead of pasting again.
 */
class IncompleteNotificationException extends InvalidInputException {
  private static final long serialVersionUID = 1L;
  private final transient NotificationPaste read;

  IncompleteNotificationException(NotificationPaste read, Map<String, String> fields) {
    super(
        "Nothing was recorded: the notification does not give every field a complaint needs."
            + " Fill in the fields marked and send it again.",
        fields);
    this.read = read;
  }

  /** The paste with the fields read from its text filled in. */
  NotificationPaste read() {
    return read;
  }
}
