package com.clearmark.app.imports;

import com.clearmark.app.job.Job;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.web.ApiController;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(name = "Imports", description = "Upload catalogues and registries; each import is a job")
class ImportApi {

  private final ImportService imports;
  private final Jobs jobs;

  ImportApi(ImportService imports, Jobs jobs) {
    this.imports = imports;
    this.jobs = jobs;
  }

  @PostMapping(value = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload a catalogue or registry file",
      description =
          "kind=catalogue takes every listing format the command line reads; kind=registry takes"
              + " the registry CSV or USPTO XML. Answers 202 with the job, committed before the"
              + " answer; poll it for progress. With an Idempotency-Key header, repeating the"
              + " request returns the first job. A job the server stopped in the middle of ends"
              + " INTERRUPTED, and its message says whether the import was saved (it is saved"
              + " whole or not at all).")
  ResponseEntity<Job> upload(
      Caller caller,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "catalogue") String kind,
      @RequestParam(required = false) String encoding,
      @RequestParam(defaultValue = "false") boolean own,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    ImportKind k = ImportKind.parse(kind);
    try (var in = file.getInputStream()) {
      var submitted =
          imports.submit(caller, k, file.getOriginalFilename(), in, encoding, own, idempotencyKey);
      var job = submitted.job();
      return ResponseEntity.status(submitted.replay() ? 200 : 202)
          .location(URI.create("/api/v1/imports/" + job.id()))
          .body(job);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/api/v1/imports")
  PageOf<Job> list(
      Caller caller,
      @RequestParam(required = false) JobKind kind,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return jobs.list(caller.organizationId(), kind, PageRequest.of(page, size));
  }

  @GetMapping("/api/v1/imports/{id}")
  Job get(Caller caller, @PathVariable long id) {
    return jobs.find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("import", id));
  }

  @GetMapping(value = "/api/v1/imports/{id}/rejected", produces = "text/csv")
  @Operation(summary = "The rows the import refused, as CSV: file, line, field, reason")
  ResponseEntity<String> rejected(Caller caller, @PathVariable long id) {
    Job job = get(caller, id);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"import-" + job.id() + "-rejected.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(RejectedRows.csv(job, jobs.problems(job.id())));
  }
}
