package com.clearmark.app.notice;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@Tag(
    name = "Notices",
    description = "Takedown notices drafted from cases, checked, approved, sent or withdrawn")
class NoticeApi {

  private final NoticeService notices;

  NoticeApi(NoticeService notices) {
    this.notices = notices;
  }

  record DraftRequest(List<Long> caseIds, NoticeRegime regime) {}

  record SendRequest(SendChannel via, String to) {}

  @GetMapping("/api/v1/notices")
  @Operation(summary = "The organization's notices, newest first")
  List<Notice> list(Caller caller) {
    return notices.list(caller);
  }

  @GetMapping("/api/v1/notices/follow-ups")
  @Operation(
      summary =
          "Sent notices with a case still awaiting the marketplace's answer after the reminder days")
  List<Notice> followUps(Caller caller) {
    return notices.followUps(caller);
  }

  @GetMapping("/api/v1/notices/{id}")
  @Operation(summary = "One notice with the cases it covers")
  Notice get(Caller caller, @PathVariable long id) {
    return notices.get(caller, id);
  }

  @PostMapping("/api/v1/notices")
  @Operation(
      summary =
          "Draft one notice for cases on one marketplace; the regime is the marketplace's unless given")
  ResponseEntity<Notice> draft(Caller caller, @RequestBody DraftRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(notices.draft(caller, request.caseIds(), request.regime()));
  }

  @PutMapping("/api/v1/notices/{id}")
  @Operation(summary = "Edit a draft; fields left out keep their value, revision is required")
  Notice edit(Caller caller, @PathVariable long id, @RequestBody NoticeForm form) {
    Notice current = notices.get(caller, id);
    return notices.edit(
        caller, id, form.requiredRevision(), form.content(current.content()), form.reasonCodes());
  }

  @GetMapping("/api/v1/notices/{id}/checks")
  @Operation(summary = "The accuracy checks of the notice, each pass or fail with its reason")
  List<NoticeCheck> checks(Caller caller, @PathVariable long id) {
    return notices.checks(caller, id);
  }

  @PostMapping("/api/v1/notices/{id}/approve")
  @Operation(summary = "Approve a draft whose checks all pass (409 with the failing reasons)")
  Notice approve(
      Caller caller,
      @PathVariable long id,
      @RequestParam(name = "revision", required = false) Integer revision) {
    return notices.approve(caller, id, revision);
  }

  @PostMapping("/api/v1/notices/{id}/send")
  @Operation(
      summary =
          "Record an approved notice as sent (portal, PDF, CSV upload) or email it through the configured SMTP server")
  Notice send(Caller caller, @PathVariable long id, @RequestBody SendRequest request) {
    return notices.send(caller, id, request.via(), request.to());
  }

  @PostMapping("/api/v1/notices/{id}/withdraw")
  @Operation(summary = "Withdraw a draft or approved notice")
  Notice withdraw(Caller caller, @PathVariable long id) {
    return notices.withdraw(caller, id);
  }

  @PostMapping("/api/v1/notices/{id}/corrections")
  @Operation(summary = "Draft a correction of a sent notice: a new notice pointing at it")
  ResponseEntity<Notice> correct(Caller caller, @PathVariable long id) {
    return ResponseEntity.status(HttpStatus.CREATED).body(notices.correct(caller, id));
  }
}
