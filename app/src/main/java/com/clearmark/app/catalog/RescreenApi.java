package com.clearmark.app.catalog;

import com.clearmark.app.job.Job;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

@ApiController
@Tag(name = "Registry", description = "Marks to watch and the organization's own marks")
class RescreenApi {

  private final Rescreener rescreener;

  RescreenApi(Rescreener rescreener) {
    this.rescreener = rescreener;
  }

  @PostMapping("/api/v1/registry/rescreen")
  @Operation(
      summary = "Re-screen the listings behind the current registry version",
      description =
          "Re-runs a re-screen that failed or was cut short: only the listings screened against an"
              + " older registry version than the current one (listingsBehind in GET"
              + " /api/v1/registry) are screened again. Answers 202 with the new job, or 200 with"
              + " the re-screen already waiting or running; poll /api/v1/imports/{id} for"
              + " progress. 409 when no listing is behind. Admins only.",
      responses = {
        @ApiResponse(responseCode = "202", description = "A re-screen job was queued"),
        @ApiResponse(
            responseCode = "200",
            description = "A re-screen of this organization was already waiting or running"),
        @ApiResponse(responseCode = "409", description = "Every listing is screened already")
      })
  ResponseEntity<Job> rescreen(Caller caller) {
    caller.require(Role.ADMIN);
    var requested =
        rescreener
            .request(caller.organizationId(), "re-screen asked for by " + caller.userName(), true)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Every listing is screened against the current registry version; there is"
                            + " nothing to re-screen."));
    var job = requested.job();
    return ResponseEntity.status(requested.existing() ? 200 : 202)
        .location(URI.create("/api/v1/imports/" + job.id()))
        .body(job);
  }
}
