package com.clearmark.app.complaint;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.FieldLengths;
import com.clearmark.app.web.FormDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Recording complaints, moving them through their lifecycle and recording what was done. */
@Service
public class ComplaintService {

  private final Complaints complaints;
  private final AuditLog audit;
  private final DeadlinePolicy deadlines;
  private final Clock clock;

  ComplaintService(
      Complaints complaints, AuditLog audit, ClearmarkProperties properties, Clock clock) {
    this.complaints = complaints;
    this.audit = audit;
    this.deadlines = new DeadlinePolicy(properties.complaintResponseDays());
    this.clock = clock;
  }

  /** The day deadlines and account health are judged on, and no notice may be dated after. */
  LocalDate today() {
    return Timestamps.today(clock);
  }

  public Complaint get(Caller caller, long id) {
    return complaints
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("complaint", id));
  }

  public AccountHealth health(Caller caller) {
    return AccountHealth.of(complaints.all(caller.organizationId()), deadlines, today());
  }

  /** Account health today and its risk score over the last 26 weeks, as pages show them. */
  public record Standing(AccountHealth health, RiskTrendChart riskTrend) {}

  public Standing standing(Caller caller) {
    return standing(complaints.all(caller.organizationId()));
  }

  /** The standing from complaints already loaded, so a page reads them once. */
  public Standing standing(List<Complaint> all) {
    LocalDate today = today();
    return new Standing(
        AccountHealth.of(all, deadlines, today),
        RiskTrendChart.of(AccountHealth.trend(all, deadlines, today, 26)));
  }

  public List<Complaint> all(Caller caller) {
    return complaints.all(caller.organizationId());
  }

  public List<Deadline> deadlinesOf(Complaint c) {
    if (c.noticeDate() == null || !c.status().open()) {
      return List.of();
    }
    var out = new ArrayList<>(deadlines.deadlines(c.noticeDate(), c.accountHealthBelow100()));
    if (c.respondBy() != null) {
      out.add(
          new Deadline(
              "Reply by the date the notice gives",
              c.respondBy(),
              "The notice itself asks for a reply by this day."));
    }
    return List.copyOf(out);
  }

  @Transactional
  public Complaint record(Caller caller, ComplaintForm form) {
    caller.require(Role.REVIEWER);
    Complaint c = form.toComplaint(today());
    refuseDuplicate(caller, c.reference(), null);
    long id = complaints.add(caller.organizationId(), c);
    audit.record(caller, AuditAction.COMPLAINT_RECORDED, "COMPLAINT", id, describe(c), null);
    return get(caller, id);
  }

  /** The fields of a paste, with what the text gives wherever the seller left one blank. */
  NotificationPaste read(NotificationPaste paste) {
    return paste.completedFrom(parse(paste.text()));
  }

  private static ParsedNotification parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "paste the notification text");
    }
    if (text.length() > FieldLimits.NOTIFICATION_TEXT) {
      throw new InvalidInputException(
          "text", "at most " + FieldLimits.NOTIFICATION_TEXT + " characters, got " + text.length());
    }
    var parsed = NotificationParser.parse(text);
    tooLong(parsed);
    return parsed;
  }

  /** What a field the text does not give says, in the seller's words. */
  private static final Map<String, String> NOT_IN_TEXT =
      Map.of(
          "reference", "the notification does not give its complaint ID: enter it",
          "type", "the notification does not say the infringement type: choose it",
          "noticeDate", "the notification does not give its date: enter the day it was sent",
          "asins", "the notification names no ASIN: enter the ASINs it is about");

  /**
   * Records a complaint from a pasted notification, completed by the fields the seller typed. A
   * paste that still lacks a field a complaint needs (complaint ID, type, notice date, ASIN) is not
   * recorded: it is refused with what was read, by field. What the text does not give but a
   * complaint can do without (the registration, the rights owner's name or email) is listed as
   * missing on the complaint; the raw text is kept so nothing the seller pasted is lost.
   *
   * @throws IncompleteNotificationException naming each field still to fill in
   * @throws DuplicateComplaintException when the complaint ID is recorded already
   */
  @Transactional
  /** Records a complaint from a notification's text alone, refused when the text lacks a field. */
  public Complaint recordFromText(Caller caller, String text, boolean accountHealthBelow100) {
    return recordFromText(caller, NotificationPaste.of(text, accountHealthBelow100));
  }

  public Complaint recordFromText(Caller caller, NotificationPaste paste) {
    caller.require(Role.REVIEWER);
    var parsed = parse(paste == null ? null : paste.text());
    var read = paste.completedFrom(parsed);
    var titles = new ArrayList<String>();
    var asins = read.asinList();
    for (String asin : asins) {
      int at = parsed.asins().indexOf(asin.strip().toUpperCase(Locale.ROOT));
      titles.add(at >= 0 && at < parsed.titles().size() ? parsed.titles().get(at) : "");
    }
    Complaint edited;
    try {
      var form =
          new ComplaintForm(
              read.reference(),
              read.type(),
              parsed.origin().name(),
              FormDates.parse("noticeDate", read.noticeDate()),
              asins,
              titles,
              read.registration(),
              read.rightsOwner(),
              read.rightsOwnerEmail(),
              Boolean.TRUE.equals(read.accountHealthBelow100()),
              "");
      edited = form.toComplaint(today());
    } catch (InvalidInputException e) {
      var fields = new LinkedHashMap<String, String>();
      e.fields()
          .forEach(
              (field, message) -> {
                boolean blank =
                    switch (field) {
                      case "reference" -> read.reference().isBlank();
                      case "type" -> read.type().isBlank();
                      case "noticeDate" -> read.noticeDate().isBlank();
                      case "asins" -> asins.isEmpty();
                      default -> false;
                    };
                fields.put(field, blank ? NOT_IN_TEXT.getOrDefault(field, message) : message);
              });
      throw new IncompleteNotificationException(read, fields);
    }
    LocalDate respondBy = FormDates.parse("respondBy", read.respondBy());
    refuseDuplicate(caller, edited.reference(), null);
    var c =
        new Complaint(
            0,
            edited.reference(),
            edited.type(),
            parsed.origin(),
            ComplaintStatus.NEW,
            edited.noticeDate(),
            edited.registration(),
            edited.rightsOwner(),
            edited.rightsOwnerEmail(),
            edited.accountHealthBelow100(),
            "",
            edited.products(),
            List.of(),
            Complaint.notGiven(edited, parsed.origin()),
            paste.text(),
            null,
            respondBy,
            0);
    long id = complaints.add(caller.organizationId(), c);
    audit.record(
        caller,
        AuditAction.COMPLAINT_RECORDED,
        "COMPLAINT",
        id,
        describe(c)
            + " (from a pasted notification"
            + (c.missing().isEmpty() ? "" : "; not given: " + String.join(", ", c.missing()))
            + ")",
        null);
    return get(caller, id);
  }

  /**
   * Refuses a complaint ID the organization has recorded already, unless on the complaint being
   * corrected.
   */
  private void refuseDuplicate(Caller caller, String reference, Long self) {
    complaints
        .withReference(caller.organizationId(), reference)
        .filter(existing -> !existing.equals(self))
        .ifPresent(
            existing -> {
              throw new DuplicateComplaintException(reference, existing);
            });
  }

  /**
   * Corrects a complaint's details as read at {@code revision}: its complaint ID, type, notice
   * date, ASINs, rights owner and registration. Its status and history stay.
   *
   * @throws ConflictException when someone changed it since it was read
   * @throws DuplicateComplaintException when the new complaint ID belongs to another complaint
   */
  @Transactional
  public Complaint correct(Caller caller, long id, Long revision, ComplaintForm form) {
    caller.require(Role.REVIEWER);
    if (form == null) {
      throw new InvalidInputException("body", "send the complaint as JSON");
    }
    Complaint before = get(caller, id);
    if (revision != null && revision != before.revision()) {
      throw new ConflictException(Complaints.CHANGED_MEANWHILE);
    }
    Complaint edited = form.toComplaint(today());
    refuseDuplicate(caller, edited.reference(), id);
    Complaint after = before.correctedTo(edited);
    complaints.corrected(caller.organizationId(), before, after);
    audit.record(
        caller,
        AuditAction.COMPLAINT_CORRECTED,
        "COMPLAINT",
        id,
        "before: " + summary(before) + "; after: " + summary(after),
        null);
    return get(caller, id);
  }

  /**
   * Deletes a complaint recorded by mistake, as read at {@code revision}. A complaint with a
   * history (acted on, moved on, appealed) is kept and can only be corrected.
   *
   * @throws ConflictException saying why the complaint is kept, or that it changed meanwhile
   */
  @Transactional
  public void delete(Caller caller, long id, Long revision) {
    caller.require(Role.REVIEWER);
    Complaint c = get(caller, id);
    if (revision != null && revision != c.revision()) {
      throw new ConflictException(Complaints.CHANGED_MEANWHILE);
    }
    c.requireDeletable();
    complaints.removed(caller.organizationId(), c);
    audit.record(caller, AuditAction.COMPLAINT_DELETED, "COMPLAINT", id, summary(c), null);
  }

  /** A complaint's details in one line, for the audit log's before and after. */
  private static String summary(Complaint c) {
    return (c.reference().isEmpty() ? "(no ID)" : c.reference())
        + ", "
        + (c.type() == null ? "no type" : c.type().label())
        + ", notice "
        + (c.noticeDate() == null ? "undated" : c.noticeDate())
        + ", "
        + c.products().stream().map(Complaint.Product::asin).toList()
        + (c.rightsOwner().isEmpty() ? "" : ", " + c.rightsOwner())
        + (c.rightsOwnerEmail().isEmpty() ? "" : " <" + c.rightsOwnerEmail() + ">")
        + (c.registration().isEmpty() ? "" : ", registration " + c.registration());
  }

  static final int CSV_LIMIT_BYTES = 5 * 1024 * 1024;

  /** The text of an uploaded CSV file, refused when it is too large or not UTF-8. */
  static String text(MultipartFile file) {
    String name = file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename();
    if (file.isEmpty()) {
      throw new InvalidInputException("file", "choose a CSV file of complaints");
    }
    if (file.getSize() > CSV_LIMIT_BYTES) {
      throw new InvalidInputException("file", name + " is larger than 5 MB");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(file.getBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file", name + " is not UTF-8 text: save it as CSV UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a CSV import recorded, and the complaint IDs it skipped as already recorded. */
  public record Imported(int recorded, List<String> alreadyRecorded) {}

  /**
   * Records every complaint of a CSV file (see {@link ComplaintCsv}) in one transaction. A
   * complaint whose ID is already recorded is skipped, so importing a file again after adding rows
   * records only the new ones.
   */
  @Transactional
  public Imported importCsv(Caller caller, String fileName, String text) {
    caller.require(Role.REVIEWER);
    var rows = ComplaintCsv.read(text, fileName, today());
    var known = new HashSet<String>();
    complaints.all(caller.organizationId()).forEach(c -> known.add(c.reference()));
    List<String> skipped = new ArrayList<>();
    int recorded = 0;
    for (var row : rows) {
      Complaint c = row.complaint();
      if (known.contains(c.reference())) {
        skipped.add(c.reference());
        continue;
      }
      long id = complaints.add(caller.organizationId(), c);
      audit.record(
          caller,
          AuditAction.COMPLAINT_RECORDED,
          "COMPLAINT",
          id,
          describe(c) + " (imported from " + fileName + " line " + row.line() + ")",
          null);
      recorded++;
    }
    return new Imported(recorded, skipped);
  }

  @Transactional
  public Complaint move(Caller caller, long id, ComplaintStatus to, String note) {
    caller.require(Role.REVIEWER);
    if (to == null) {
      throw new InvalidInputException("status", "choose the new status");
    }
    Complaint c = get(caller, id);
    complaints.moved(caller.organizationId(), c, c.moveTo(to));
    audit.record(
        caller,
        to.auditAction(),
        "COMPLAINT",
        id,
        c.reference() + ": " + c.status() + " -> " + to,
        note);
    return get(caller, id);
  }

  @Transactional
  public Complaint act(Caller caller, long id, ComplaintAction action, String note) {
    caller.require(Role.REVIEWER);
    if (action == null) {
      throw new InvalidInputException("action", "choose what was done");
    }
    Complaint c = get(caller, id);
    String text = note == null ? "" : note.strip();
    if (text.length() > FieldLimits.COMPLAINT_NOTE) {
      throw new InvalidInputException(
          "note", "at most " + FieldLimits.COMPLAINT_NOTE + " characters");
    }
    complaints.moved(caller.organizationId(), c, c.actedOn());
    complaints.addAction(id, action, text, caller.userName());
    audit.record(
        caller,
        AuditAction.COMPLAINT_ACTION,
        "COMPLAINT",
        id,
        c.reference() + ": " + action.label(),
        text.isEmpty() ? null : text);
    return get(caller, id);
  }

  /**
   * Refuses a pasted notification with a value longer than a complaint keeps, naming what in the
   * text is too long, instead of keeping part of it.
   */
  private static void tooLong(ParsedNotification parsed) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (parsed.asins().size() > FieldLimits.ASINS_PER_COMPLAINT) {
      errors.put(
          "asins",
          "the text names "
              + parsed.asins().size()
              + " ASINs; a complaint names at most "
              + FieldLimits.ASINS_PER_COMPLAINT
              + ": paste a larger notice in parts");
    }
    FieldLengths.check(errors, "reference", parsed.complaintId(), FieldLimits.COMPLAINT_REFERENCE);
    FieldLengths.check(
        errors, "registration", parsed.registration(), FieldLimits.COMPLAINT_REGISTRATION);
    FieldLengths.check(errors, "rightsOwner", parsed.rightsOwner(), FieldLimits.RIGHTS_OWNER);
    FieldLengths.check(errors, "rightsOwnerEmail", parsed.rightsOwnerEmail(), FieldLimits.EMAIL);
    parsed.titles().forEach(t -> FieldLengths.check(errors, "titles", t, FieldLimits.TITLE));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "The text has values longer than a complaint keeps: "
              + String.join(", ", errors.keySet())
              + ". Nothing was recorded.",
          errors);
    }
  }

  private static String describe(Complaint c) {
    return (c.type() == null ? "complaint" : c.type().label() + " complaint")
        + (c.reference().isEmpty() ? "" : " " + c.reference())
        + (c.rightsOwner().isEmpty() ? "" : " from " + c.rightsOwner())
        + " about "
        + c.products().stream().map(Complaint.Product::asin).toList();
  }
}
