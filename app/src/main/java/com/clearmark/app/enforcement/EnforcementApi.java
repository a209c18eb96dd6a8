package com.clearmark.app.enforcement;

import com.clearmark.app.document.Documents;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(
    name = "Enforcement",
    description =
        "Cases raised on monitored third-party listings, their moves, test buys and the metrics"
            + " of the notices sent for them")
class EnforcementApi {

  private final CaseService service;

  EnforcementApi(CaseService service) {
    this.service = service;
  }

  /** A move of a case: the revision as read (a case changed since answers 409) and a note. */
  record Move(Integer revision, String note) {}

  record Dismissal(Integer revision, String reason, Boolean notInfringing) {}

  record Outcome(Integer revision, CaseStatus outcome, String note) {}

  /** A case in a list, with the moves it may make next. */
  record CaseRow(EnforcementCase enforcementCase, List<CaseStatus> next) {}

  @GetMapping("/api/v1/cases")
  @Operation(
      summary = "List cases",
      description =
          "Filters: status, marketplace, mark (any case), rule, seller (the marketplace seller's"
              + " id in this service); sort newest (default), oldest, status, marketplace or mark;"
              + " at most limit cases (default 100, at most 500).")
  List<CaseRow> list(
      Caller caller,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) String marketplace,
      @RequestParam(required = false) String mark,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) Long seller,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "100") int limit) {
    return service
        .queue(caller, new CaseFilter(status, marketplace, mark, rule, seller, sort), limit)
        .stream()
        .map(c -> new CaseRow(c, List.copyOf(c.status().next())))
        .toList();
  }

  @GetMapping("/api/v1/cases/{id}")
  @Operation(summary = "A case with its allowed moves, timeline and test buys")
  CaseService.CaseFile get(Caller caller, @PathVariable long id) {
    return service.file(caller, id);
  }

  @PostMapping("/api/v1/cases/{id}/validate")
  @Operation(summary = "Validate a detected case as an infringement worth a notice")
  CaseService.CaseFile validate(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Move move) {
    var m = move == null ? new Move(null, null) : move;
    service.validate(caller, id, m.revision(), m.note());
    return service.file(caller, id);
  }

  @PostMapping("/api/v1/cases/{id}/dismiss")
  @Operation(
      summary = "Dismiss a case",
      description =
          "reason is required. With notInfringing true the detection (listing, rule, mark) is"
              + " allowed: later captures of the listing with it raise no case until the dismissal"
              + " is undone (POST .../restore).")
  CaseService.CaseFile dismiss(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Dismissal d) {
    if (d == null) {
      throw new InvalidInputException(
          "reason", "reason is required: say why the case is dismissed");
    }
    service.dismiss(caller, id, d.revision(), Boolean.TRUE.equals(d.notInfringing()), d.reason());
    return service.file(caller, id);
  }

  @PostMapping("/api/v1/cases/{id}/restore")
  @Operation(summary = "Undo a dismissal: the case is detected again")
  CaseService.CaseFile restore(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Move move) {
    service.restore(caller, id, move == null ? null : move.revision());
    return service.file(caller, id);
  }

  @PostMapping("/api/v1/cases/{id}/outcome")
  @Operation(
      summary = "Record the answer to a sent notice",
      description = "outcome: REMOVED, REJECTED, COUNTER_NOTICED or REINSTATED.")
  CaseService.CaseFile outcome(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Outcome o) {
    if (o == null) {
      throw new InvalidInputException("outcome", "outcome is required");
    }
    service.recordOutcome(caller, id, o.revision(), o.outcome(), o.note());
    return service.file(caller, id);
  }

  @PostMapping("/api/v1/cases/{id}/close")
  @Operation(summary = "Close a case whose story has ended")
  CaseService.CaseFile close(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Move move) {
    var m = move == null ? new Move(null, null) : move;
    service.close(caller, id, m.revision(), m.note());
    return service.file(caller, id);
  }

  @PostMapping("/api/v1/cases/{id}/reenforce")
  @Operation(
      summary = "Enforce a removed or closed case again",
      description =
          "Opens a new detected case on the listing's latest snapshot, linked to this one.")
  ResponseEntity<CaseService.CaseFile> reenforce(
      Caller caller, @PathVariable long id, @RequestBody(required = false) Move move) {
    var created = service.reenforce(caller, id, move == null ? null : move.note());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + created.id()))
        .body(service.file(caller, created.id()));
  }

  @GetMapping("/api/v1/cases/{id}/test-buys")
  @Operation(summary = "The test buys of a case")
  List<TestBuy> testBuys(Caller caller, @PathVariable long id) {
    return service.file(caller, id).testBuys();
  }

  @PostMapping(
      value = "/api/v1/cases/{id}/test-buys",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Record a test buy",
      description =
          "Form fields orderId, orderedOn (yyyy-mm-dd), outcome (COUNTERFEIT, GENUINE,"
              + " NOT_RECEIVED, PENDING), note, and up to 10 photos (PDF, JPEG, PNG, GIF or TIFF).")
  ResponseEntity<TestBuy> recordTestBuy(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String orderId,
      @RequestParam(required = false) LocalDate orderedOn,
      @RequestParam(required = false) TestBuyOutcome outcome,
      @RequestParam(required = false) String note,
      @RequestParam(name = "photos", required = false) List<MultipartFile> photos) {
    var buy =
        service.recordTestBuy(
            caller,
            id,
            new CaseService.TestBuyForm(orderId, orderedOn, outcome, note),
            photos(photos));
    return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/test-buys")).body(buy);
  }

  @GetMapping("/api/v1/enforcement/metrics")
  @Operation(
      summary = "Takedown, rejection and counter-notice rates and notice accuracy",
      description =
          "Overall and per marketplace, rule and mark, with each case's time from detection to"
              + " notice and from notice to takedown (ISO-8601 durations). meetsProjectZero:"
              + " accuracy at least 99%; meetsGoodFaith: takedown rate at least 90% and successful"
              + " counter-notices at most 5%; null when nothing was sent.")
  EnforcementMetrics metrics(Caller caller) {
    return service.metrics(caller);
  }

  @GetMapping("/api/v1/enforcement/settings")
  EnforcementSettings settings(Caller caller) {
    return service.settings(caller);
  }

  @PutMapping("/api/v1/enforcement/settings")
  @Operation(summary = "Change the enforcement settings (admins)")
  EnforcementSettings saveSettings(
      Caller caller, @RequestBody(required = false) SettingsBody settings) {
    if (settings == null) {
      throw new InvalidInputException("body", "send the settings as JSON");
    }
    return service.saveSettings(caller, settings.settings());
  }

  /** The settings as sent; a field left out is its default. */
  record SettingsBody(
      Boolean secondApproverRequired,
      Integer reminderDays,
      String rightsOwner,
      String agentName,
      String contactName,
      String contactEmail,
      String contactPhone,
      String contactAddress) {

    EnforcementSettings settings() {
      return new EnforcementSettings(
          Boolean.TRUE.equals(secondApproverRequired),
          reminderDays == null ? EnforcementSettings.DEFAULT_REMINDER_DAYS : reminderDays,
          rightsOwner,
          agentName,
          contactName,
          contactEmail,
          contactPhone,
          contactAddress);
    }
  }

  static List<CaseService.Photo> photos(List<MultipartFile> files) {
    List<CaseService.Photo> out = new ArrayList<>();
    if (files == null) {
      return out;
    }
    // Checked before any photo is read into memory, so an oversized upload costs nothing.
    long chosen = files.stream().filter(f -> !f.isEmpty()).count();
    if (chosen > CaseService.PHOTOS_PER_TEST_BUY) {
      throw new InvalidInputException(
          "photos",
          "a test buy takes at most " + CaseService.PHOTOS_PER_TEST_BUY + " photos, got " + chosen);
    }
    for (var f : files) {
      if (f.isEmpty()) {
        continue;
      }
      if (f.getSize() > Documents.MAX_BYTES) {
        throw new InvalidInputException(
            "photos",
            f.getOriginalFilename() + " is larger than " + (Documents.MAX_BYTES >> 20) + " MB");
      }
      try {
        out.add(new CaseService.Photo(f.getOriginalFilename(), f.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
