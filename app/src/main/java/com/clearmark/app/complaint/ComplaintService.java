package com.clearmark.app.complaint;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.FieldLengths;
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
    return c.noticeDate() == null || !c.status().open()
        ? List.of()
        : deadlines.deadlines(c.noticeDate(), c.accountHealthBelow100());
  }

  @Transactional
  public Complaint record(Caller caller, ComplaintForm form) {
    caller.require(Role.REVIEWER);
    Complaint c = form.toComplaint(today());
    long id = complaints.add(caller.organizationId(), c);
    audit.record(caller, AuditAction.COMPLAINT_RECORDED, "COMPLAINT", id, describe(c), null);
    return get(caller, id);
  }

  /**
   * Records a complaint from a pasted notification. What the text does not say is listed as
   * missing; the raw text is kept so nothing the seller pasted is lost.
   */
  @Transactional
  public Complaint recordFromText(Caller caller, String text, boolean accountHealthBelow100) {
    caller.require(Role.REVIEWER);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "paste the notification text");
    }
    if (text.length() > FieldLimits.NOTIFICATION_TEXT) {
      throw new InvalidInputException(
          "text", "at most " + FieldLimits.NOTIFICATION_TEXT + " characters, got " + text.length());
    }
    var parsed = NotificationParser.parse(text);
    tooLong(parsed);
    List<String> missing = new ArrayList<>(parsed.missing());
    LocalDate date = parsed.date();
    if (date != null && date.isAfter(today())) {
      missing.add("date (the text says " + date + ", which is in the future)");
      date = null;
    }
    var products = new ArrayList<Complaint.Product>();
    for (int i = 0; i < parsed.asins().size(); i++) {
      products.add(
          new Complaint.Product(
              parsed.asins().get(i), i < parsed.titles().size() ? parsed.titles().get(i) : ""));
    }
    var c =
        new Complaint(
            0,
            parsed.complaintId(),
            parsed.type(),
            parsed.origin(),
            ComplaintStatus.NEW,
            date,
            parsed.registration(),
            parsed.rightsOwner(),
            parsed.rightsOwnerEmail(),
            accountHealthBelow100,
            "",
            products,
            List.of(),
            missing,
            text,
            null);
    long id = complaints.add(caller.organizationId(), c);
    audit.record(
        caller,
        AuditAction.COMPLAINT_RECORDED,
        "COMPLAINT",
        id,
        describe(c) + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing)),
        null);
    return get(caller, id);
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
