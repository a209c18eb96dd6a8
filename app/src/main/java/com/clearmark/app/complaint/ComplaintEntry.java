package com.clearmark.app.complaint;

import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.FormDates;
import com.clearmark.app.web.StoredLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The complaints page's "Record by hand" form as typed: ASINs in one box, separated by commas,
 * semicolons or blanks. The constraints answer what a field alone can tell; whether the notice date
 * is in the future and whether each ASIN is one are {@link ComplaintForm#toComplaint}'s to say.
 */
record ComplaintEntry(
    @NotBlank(message = "enter the complaint ID from the notice")
        @StoredLength(max = FieldLimits.COMPLAINT_REFERENCE)
        String reference,
    String type,
    @NotBlank(message = "enter the date of the notice")
        @Pattern(regexp = FormDates.PATTERN, message = FormDates.MESSAGE)
        String noticeDate,
    @NotBlank(message = "name at least one ASIN the complaint is about") String asins,
    @StoredLength(max = FieldLimits.RIGHTS_OWNER) String rightsOwner,
    @Pattern(
            regexp = "\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?\\s*",
            message = "enter an email address like legal@brand.example")
        @StoredLength(max = FieldLimits.EMAIL)
        String rightsOwnerEmail,
    @StoredLength(max = FieldLimits.COMPLAINT_REGISTRATION) String registration,
    Boolean accountHealthBelow100,
    Long revision) {

  static ComplaintEntry blank() {
    return new ComplaintEntry("", ComplaintType.TRADEMARK.name(), "", "", "", "", "", false, null);
  }

  /** A recorded complaint's details as the edit form shows them, with the revision read. */
  static ComplaintEntry of(Complaint c) {
    return new ComplaintEntry(
        c.reference(),
        c.type() == null ? "" : c.type().name(),
        c.noticeDate() == null ? "" : c.noticeDate().toString(),
        String.join(", ", c.products().stream().map(Complaint.Product::asin).toList()),
        c.rightsOwner(),
        c.rightsOwnerEmail(),
        c.registration(),
        c.accountHealthBelow100(),
        c.revision());
  }

  /** The ASINs typed, in order, without the separators. */
  List<String> asinList() {
    return asins == null
        ? List.of()
        : Arrays.stream(asins.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
  }

  /**
   * What {@link ComplaintForm#toComplaint} would refuse besides, so that a form refused by its
   * constraints names every problem at once; empty when the date cannot be read.
   */
  Map<String, String> problems(LocalDate today) {
    try {
      toForm().toComplaint(today);
      return Map.of();
    } catch (InvalidInputException e) {
      return e.fields();
    }
  }

  /** The service's form, which checks the rest. */
  ComplaintForm toForm() {
    return new ComplaintForm(
        reference,
        type,
        null,
        FormDates.parse("noticeDate", noticeDate),
        asinList(),
        List.of(),
        registration,
        rightsOwner,
        rightsOwnerEmail,
        Boolean.TRUE.equals(accountHealthBelow100),
        "");
  }
}
