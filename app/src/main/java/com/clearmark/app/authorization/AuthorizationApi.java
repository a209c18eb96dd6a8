package com.clearmark.app.authorization;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(
    name = "Authorizations",
    description = "Letters of authorization, licences and distribution agreements")
class AuthorizationApi {

  private final AuthorizationService service;
  private final Authorizations authorizations;
  private final Clock clock;

  AuthorizationApi(AuthorizationService service, Authorizations authorizations, Clock clock) {
    this.service = service;
    this.authorizations = authorizations;
    this.clock = clock;
  }

  @PostMapping("/api/v1/authorizations")
  @Operation(
      summary =
          "Record an authorization; screening treats the brand as authorized within its scope and dates")
  ResponseEntity<Authorization> add(
      Caller caller, @Valid @RequestBody AuthorizationService.AuthorizationForm form) {
    return ResponseEntity.status(HttpStatus.CREATED).body(service.add(caller, form));
  }

  @PutMapping("/api/v1/authorizations/{id}")
  @Operation(
      summary = "Correct an authorization: its kind, licensor, brands, scope and dates",
      description =
          "An attached document stays; screening takes the correction into account. With"
              + " ?revision= (as read) an authorization changed since answers 409.")
  Authorization correct(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Long revision,
      @Valid @RequestBody AuthorizationService.AuthorizationForm form) {
    return service.correct(caller, id, revision, form);
  }

  @DeleteMapping("/api/v1/authorizations/{id}")
  @Operation(
      summary = "Delete an authorization recorded by mistake",
      description = "Screening stops treating its brands as authorized.")
  ResponseEntity<Void> delete(
      Caller caller, @PathVariable long id, @RequestParam(required = false) Long revision) {
    service.delete(caller, id, revision);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/authorizations")
  List<Authorization> list(Caller caller) {
    return authorizations.all(caller.organizationId());
  }

  @GetMapping("/api/v1/authorizations/{id}")
  Authorization get(Caller caller, @PathVariable long id) {
    return service.get(caller, id);
  }

  @GetMapping("/api/v1/authorizations/expiring")
  @Operation(summary = "Authorizations ending within the next N days (default 30)")
  List<Authorization> expiring(Caller caller, @RequestParam(defaultValue = "30") int days) {
    return service.expiring(caller, Math.max(0, Math.min(days, 3650)), Timestamps.today(clock));
  }

  @PostMapping(
      value = "/api/v1/authorizations/{id}/document",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Authorization attach(
      Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file) {
    try (var in = file.getInputStream()) {
      return service.attachDocument(caller, id, file.getOriginalFilename(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
