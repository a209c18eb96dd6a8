package com.clearmark.app.complaint;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.web.FormDates;
import com.clearmark.app.web.StoredLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;

/**
 * The complaints page's "Record from the notification" form: the pasted text as it came and, once
 * the text was read, the fields read from it, for the seller to complete what the text did not give
 * and correct what was misread. A field left blank is taken from the text.
 *
 * @param read whether the text was read already, so the form shows its fields
 */
record NotificationPaste(
    @NotBlank(message = "paste the notification text")
        @StoredLength(max = FieldLimits.NOTIFICATION_TEXT)
        String text,
    Boolean accountHealthBelow100,
    @StoredLength(max = FieldLimits.COMPLAINT_REFERENCE) String reference,
    String type,
    @Pattern(regexp = FormDates.PATTERN, message = FormDates.MESSAGE) String noticeDate,
    String asins,
    @StoredLength(max = FieldLimits.RIGHTS_OWNER) String rightsOwner,
    @StoredLength(max = FieldLimits.EMAIL) String rightsOwnerEmail,
    @StoredLength(max = FieldLimits.COMPLAINT_REGISTRATION) String registration,
    @Pattern(regexp = FormDates.PATTERN, message = FormDates.MESSAGE) String respondBy,
    Boolean read) {

  static NotificationPaste blank() {
    return new NotificationPaste("", false, "", "", "", "", "", "", "", "", false);
  }

  /** Only the text, as the API's callers and older forms send it. */
  static NotificationPaste of(String text, boolean accountHealthBelow100) {
    return new NotificationPaste(
        text, accountHealthBelow100, "", "", "", "", "", "", "", "", false);
  }

  /** This paste with every field the seller left blank filled in from what the text gave. */
  NotificationPaste completedFrom(ParsedNotification parsed) {
    return new NotificationPaste(
        text,
        accountHealthBelow100,
        or(reference, parsed.complaintId()),
        or(type, parsed.type() == null ? "" : parsed.type().name()),
        or(noticeDate, parsed.date() == null ? "" : parsed.date().toString()),
        or(asins, String.join(", ", parsed.asins())),
        or(rightsOwner, parsed.rightsOwner()),
        or(rightsOwnerEmail, parsed.rightsOwnerEmail()),
        or(registration, parsed.registration()),
        or(respondBy, parsed.respondBy() == null ? "" : parsed.respondBy().toString()),
        true);
  }

  /** The ASINs typed or read, in order, without the separators. */
  List<String> asinList() {
    return asins == null
        ? List.of()
        : Arrays.stream(asins.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
  }

  private static String or(String typed, String read) {
    return typed == null || typed.isBlank() ? (read == null ? "" : read) : typed.strip();
  }
}
