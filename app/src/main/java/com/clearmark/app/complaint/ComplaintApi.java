package com.clearmark.app.complaint;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(
    name = "Complaints",
    description = "Received and suspected IP complaints, their deadlines and actions")
class ComplaintApi {

  private final ComplaintService service;
  private final Complaints complaints;

  ComplaintApi(ComplaintService service, Complaints complaints) {
    this.service = service;
    this.complaints = complaints;
  }

  /**
   * A pasted notification, with optional fields completing or correcting what its text gives: each
   * one given wins over the text.
   */
  record Pasted(
      String text,
      Boolean accountHealthBelow100,
      String reference,
      String type,
      LocalDate noticeDate,
      List<String> asins,
      String rightsOwner,
      String rightsOwnerEmail,
      String registration,
      LocalDate respondBy) {

    NotificationPaste paste() {
      return new NotificationPaste(
          text,
          Boolean.TRUE.equals(accountHealthBelow100),
          reference,
          type,
          noticeDate == null ? "" : noticeDate.toString(),
          asins == null ? "" : String.join(", ", asins),
          rightsOwner,
          rightsOwnerEmail,
          registration,
          respondBy == null ? "" : respondBy.toString(),
          true);
    }
  }

  record Move(ComplaintStatus status, String note) {}

  record Act(ComplaintAction action, String note) {}

  /** A complaint with its deadlines and the moves it may make next. */
  record ComplaintView(Complaint complaint, List<Deadline> deadlines, List<ComplaintStatus> next) {}

  ComplaintView view(Complaint c) {
    return new ComplaintView(c, service.deadlinesOf(c), List.copyOf(c.status().next()));
  }

  @PostMapping("/api/v1/complaints")
  @Operation(summary = "Record a complaint from its fields")
  ResponseEntity<ComplaintView> record(Caller caller, @Valid @RequestBody ComplaintForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "send the complaint as JSON");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(view(service.record(caller, form)));
  }

  @PostMapping("/api/v1/complaints/parse")
  @Operation(
      summary = "Record a complaint from the pasted notification text",
      description =
          "The text is read for the complaint ID, ASINs, type, rights owner name and email,"
              + " registration, notice date and reply deadline, on one line or several; fields"
              + " given beside the text win over it. A text that does not give the complaint ID,"
              + " type, notice date or an ASIN records nothing and answers 400 naming each field,"
              + " with what was read under \"read\": send it again with those fields. A complaint"
              + " ID already recorded answers 409 with the existing complaint's Location. What the"
              + " text does not give but a complaint can do without is listed in"
              + " complaint.missing; the raw text is kept.")
  ResponseEntity<ComplaintView> paste(Caller caller, @Valid @RequestBody Pasted pasted) {
    if (pasted == null) {
      throw new InvalidInputException("text", "paste the notification text");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(service.recordFromText(caller, pasted.paste())));
  }

  @ExceptionHandler(IncompleteNotificationException.class)
  ProblemDetail incomplete(IncompleteNotificationException e) {
    var p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid input");
    p.setProperty("errors", e.fields());
    var read = e.read();
    var fields = new LinkedHashMap<String, Object>();
    fields.put("reference", read.reference());
    fields.put("type", read.type());
    fields.put("noticeDate", read.noticeDate());
    fields.put("asins", read.asinList());
    fields.put("rightsOwner", read.rightsOwner());
    fields.put("rightsOwnerEmail", read.rightsOwnerEmail());
    fields.put("registration", read.registration());
    fields.put("respondBy", read.respondBy());
    p.setProperty("read", fields);
    return p;
  }

  @ExceptionHandler(DuplicateComplaintException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateComplaintException e) {
    var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("Conflict");
    p.setProperty("existing", e.existing());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .location(URI.create("/api/v1/complaints/" + e.existing()))
        .body(p);
  }

  @PutMapping("/api/v1/complaints/{id}")
  @Operation(
      summary = "Correct a complaint's details",
      description =
          "The same fields as recording it; status and actions stay. With ?revision= (the"
              + " complaint's revision as read) a complaint changed since answers 409. A complaint"
              + " ID that another complaint has answers 409 with that complaint's Location.")
  ComplaintView correct(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Long revision,
      @Valid @RequestBody ComplaintForm form) {
    return view(service.correct(caller, id, revision, form));
  }

  @DeleteMapping("/api/v1/complaints/{id}")
  @Operation(
      summary = "Delete a complaint recorded by mistake",
      description =
          "Only a new complaint with nothing done about it; one with a history answers 409 and is"
              + " kept (correct it with PUT). With ?revision= a complaint changed since answers"
              + " 409.")
  ResponseEntity<Void> delete(
      Caller caller, @PathVariable long id, @RequestParam(required = false) Long revision) {
    service.delete(caller, id, revision);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(value = "/api/v1/complaints/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Record complaints from a CSV file",
      description =
          "Header names the columns: complaint_id, type, notice_date and asins (several separated by"
              + " |) are required; origin, titles, registration, rights_owner, rights_owner_email,"
              + " account_health_below_100 and brand are optional. A file with any bad row records"
              + " nothing and answers 400 naming each line and column; complaint IDs already"
              + " recorded are skipped.")
  ResponseEntity<ComplaintService.Imported> importCsv(
      Caller caller, @RequestParam("file") MultipartFile file) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(service.importCsv(caller, file.getOriginalFilename(), ComplaintService.text(file)));
  }

  @GetMapping("/api/v1/complaints")
  List<ComplaintView> list(Caller caller) {
    return complaints.all(caller.organizationId()).stream().map(this::view).toList();
  }

  @GetMapping("/api/v1/account-health")
  @Operation(
      summary =
          "IP complaints of the last 180 days by type and rights owner, open deadlines and a risk score")
  AccountHealth health(Caller caller) {
    return service.health(caller);
  }

  @GetMapping("/api/v1/complaints/{id}")
  ComplaintView get(Caller caller, @PathVariable long id) {
    return view(service.get(caller, id));
  }

  @PostMapping("/api/v1/complaints/{id}/status")
  @Operation(
      summary = "Move the complaint on; an appealed complaint cannot be appealed again (409)")
  ComplaintView move(Caller caller, @PathVariable long id, @Valid @RequestBody Move move) {
    return view(
        service.move(
            caller, id, move == null ? null : move.status(), move == null ? null : move.note()));
  }

  @PostMapping("/api/v1/complaints/{id}/actions")
  @Operation(
      summary =
          "Record what was done: listing removed or edited, inventory removed, supplier changed")
  ComplaintView act(Caller caller, @PathVariable long id, @Valid @RequestBody Act act) {
    return view(
        service.act(
            caller, id, act == null ? null : act.action(), act == null ? null : act.note()));
  }
}
