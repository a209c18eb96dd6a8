package com.clearmark.app.complaint;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.web.StoredLength;
import jakarta.validation.constraints.NotBlank;

/** The complaints page's "Record from the notification" form: the pasted text as it came. */
record NotificationPaste(
    @NotBlank(message = "paste the notification text")
        @StoredLength(max = FieldLimits.NOTIFICATION_TEXT)
        String text,
    Boolean accountHealthBelow100) {

  static NotificationPaste blank() {
    return new NotificationPaste("", false);
  }
}
