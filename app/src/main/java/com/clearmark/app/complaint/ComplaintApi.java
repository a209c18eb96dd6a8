package com.clearmark.app.complaint;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

  record Pasted(String text, Boolean accountHealthBelow100) {}

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
          "Fields the text does not give are listed in complaint.missing; the raw text is kept.")
  ResponseEntity<ComplaintView> paste(Caller caller, @Valid @RequestBody Pasted pasted) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            view(
                service.recordFromText(
                    caller,
                    pasted == null ? null : pasted.text(),
                    pasted != null && Boolean.TRUE.equals(pasted.accountHealthBelow100()))));
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
