package com.clearmark.app.registry;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.ApiController;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
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
@Tag(name = "Registry", description = "Marks to watch and the organization's own marks")
class MarkApi {

  private final Marks marks;
  private final RegistryService registry;
  private final RegistryIndexes indexes;

  MarkApi(Marks marks, RegistryService registry, RegistryIndexes indexes) {
    this.marks = marks;
    this.registry = registry;
    this.indexes = indexes;
  }

  /**
   * The compiled index behind screening: which registry version it holds and when it was built, and
   * how many listings are still screened against an older version.
   */
  record RegistryStatus(
      long registryVersion,
      Long compiledVersion,
      Integer compiledMarks,
      Instant compiledAt,
      boolean rebuilding,
      @Schema(
              description =
                  "Listings whose screening was made against an older registry version; a"
                      + " re-screen brings them to the current one")
          long listingsBehind,
      @Schema(
              description =
                  "Whether screening uses the current registry version and no listing is behind"
                      + " it")
          boolean current) {}

  @GetMapping("/api/v1/marks")
  @Operation(summary = "List marks; filter by text or own=true|false")
  PageOf<MarkRow> list(
      Caller caller,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean own,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return marks.list(caller.organizationId(), q, own, PageRequest.of(page, size));
  }

  @GetMapping("/api/v1/marks/{id}")
  MarkRow get(Caller caller, @PathVariable long id) {
    return registry.get(caller, id);
  }

  @PostMapping("/api/v1/marks")
  @Operation(
      summary = "Add a mark; the index is rebuilt and listings re-screened in the background")
  ResponseEntity<MarkRow> add(Caller caller, @Valid @RequestBody MarkForm form) {
    return ResponseEntity.status(HttpStatus.CREATED).body(registry.add(caller, nonNull(form)));
  }

  @PutMapping("/api/v1/marks/{id}")
  MarkRow update(Caller caller, @PathVariable long id, @Valid @RequestBody MarkForm form) {
    return registry.update(caller, id, nonNull(form));
  }

  @DeleteMapping("/api/v1/marks/{id}")
  ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
    registry.delete(caller, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/registry")
  @Operation(
      summary = "The state of the compiled registry index and of the listings screened with it",
      description =
          "current is true once the index holds the latest registry version and every listing has"
              + " been re-screened against it; listingsBehind counts those that have not. POST"
              + " /api/v1/registry/rescreen re-runs a re-screen that failed or was cut short.")
  RegistryStatus status(Caller caller) {
    var s = indexes.status(caller.organizationId());
    var c = s.compiled();
    return new RegistryStatus(
        s.registryVersion(),
        c == null ? null : c.version(),
        c == null ? null : c.markCount(),
        c == null ? null : c.builtAt(),
        s.rebuilding(),
        s.listingsBehind(),
        s.current());
  }

  private static MarkForm nonNull(MarkForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "send the mark as JSON");
    }
    return form;
  }
}
