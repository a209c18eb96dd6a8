package com.clearmark.app.patent;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.ApiController;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@Tag(
    name = "Patents",
    description =
        "The patent register: patents watched (every listing is checked against their claims) and"
            + " the organization's own (charted against others' listings)")
class PatentApi {

  private final PatentRegister register;
  private final ClaimCharts charts;
  private final Clock clock;

  PatentApi(PatentRegister register, ClaimCharts charts, Clock clock) {
    this.register = register;
    this.charts = charts;
    this.clock = clock;
  }

  @GetMapping("/api/v1/patents")
  @Operation(summary = "List patents; filter by text in number, title or assignee, and own")
  PageOf<PatentView> list(
      Caller caller,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean own,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    var today = Timestamps.today(clock);
    return register
        .page(caller, q, own, PageRequest.of(page, size))
        .map(p -> PatentView.of(p, today));
  }

  @GetMapping("/api/v1/patents/{id}")
  @Operation(summary = "A patent with its expiry, explained, and its claims split into elements")
  PatentView get(Caller caller, @PathVariable long id) {
    return PatentView.of(register.get(caller, id), Timestamps.today(clock));
  }

  @PostMapping("/api/v1/patents")
  @Operation(
      summary = "Add a patent",
      description =
          "claims holds the claims in order, each starting on a line with its number (\"1. A"
              + " bottle comprising: ...\"). Listings are re-screened against the register in the"
              + " background. A number already registered answers 400; correct it instead. To"
              + " add many, upload a file to POST /api/v1/imports with kind=patents.")
  ResponseEntity<PatentView> add(Caller caller, @Valid @RequestBody PatentForm form) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(PatentView.of(register.add(caller, nonNull(form)), Timestamps.today(clock)));
  }

  @PutMapping("/api/v1/patents/{id}")
  @Operation(
      summary = "Correct a patent: its details, dates and claims",
      description = "With ?revision= (as read) a patent changed since answers 409.")
  PatentView correct(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Long revision,
      @Valid @RequestBody PatentForm form) {
    return PatentView.of(
        register.correct(caller, id, revision, nonNull(form)), Timestamps.today(clock));
  }

  @DeleteMapping("/api/v1/patents/{id}")
  @Operation(
      summary = "Remove a patent from the register",
      description = "With ?revision= (as read) a patent changed since answers 409.")
  ResponseEntity<Void> delete(
      Caller caller, @PathVariable long id, @RequestParam(required = false) Long revision) {
    register.delete(caller, id, revision);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/patents/{id}/chart")
  @Operation(
      summary = "A claim chart: one independent claim against up to 20 ASINs",
      description =
          "Each ASIN is read from the latest capture of a watched listing, else from the"
              + " catalogue. Each element is SHOWN (with the listing's words), NOT_SHOWN or"
              + " CANNOT_JUDGE (internal, functional or method language text cannot show).")
  ClaimCharts.Chart chart(
      Caller caller, @PathVariable long id, @RequestParam int claim, @RequestParam String asins) {
    return charts.chart(caller, id, claim, asins);
  }

  private static PatentForm nonNull(PatentForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "send the patent as JSON");
    }
    return form;
  }
}
