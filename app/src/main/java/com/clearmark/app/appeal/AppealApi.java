package com.clearmark.app.appeal;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController
@Tag(name = "Appeals", description = "Document checks on an appeal and its package")
class AppealApi {

  private final AppealService appeals;

  AppealApi(AppealService appeals) {
    this.appeals = appeals;
  }

  @GetMapping("/api/v1/complaints/{id}/appeal")
  @Operation(
      summary =
          "Run the document checks for each product of a complaint, each pass or fail with its reason")
  AppealService.AppealReport check(Caller caller, @PathVariable long id) {
    return appeals.check(caller, id);
  }

  @GetMapping(value = "/api/v1/complaints/{id}/appeal/package", produces = "application/zip")
  @Operation(
      summary =
          "The appeal package: plan of action and retraction request as PDF, the checks and the invoices, in one ZIP")
  ResponseEntity<byte[]> appealPackage(Caller caller, @PathVariable long id) {
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"appeal-" + id + ".zip\"")
        .contentType(MediaType.parseMediaType("application/zip"))
        .body(appeals.packageFor(caller, id));
  }
}
