package com.clearmark.app.imports;

import com.clearmark.app.job.Job;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.PageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ImportController {

  private final ImportService imports;
  private final Jobs jobs;

  ImportController(ImportService imports, Jobs jobs) {
    this.imports = imports;
    this.jobs = jobs;
  }

  @GetMapping("/imports")
  String list(Caller caller, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("nav", "imports");
    model.addAttribute("page", jobs.list(caller.organizationId(), null, PageRequest.of(page, 25)));
    model.addAttribute("baseUrl", "/imports?");
    model.addAttribute("canImportCatalogue", caller.can(Role.REVIEWER));
    model.addAttribute("canImportRegistry", caller.can(Role.ADMIN));
    return "imports/imports";
  }

  /**
   * The import form's options as chosen: what the file holds (catalogue when not said), its
   * character set (detected when not said) and, for marks, whether they are our own brands.
   */
  record ImportOptions(String kind, String encoding, Boolean own) {

    ImportOptions {
      kind = kind == null || kind.isBlank() ? "catalogue" : kind;
    }
  }

  @PostMapping("/imports")
  String upload(
      Caller caller,
      @RequestParam(required = false) MultipartFile file,
      @ModelAttribute ImportOptions options,
      RedirectAttributes redirect) {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("error", "Choose a file to import.");
      return "redirect:/imports";
    }
    try (var in = file.getInputStream()) {
      var submitted =
          imports.submit(
              caller,
              ImportKind.parse(options.kind()),
              file.getOriginalFilename(),
              in,
              options.encoding(),
              Boolean.TRUE.equals(options.own()),
              null);
      return "redirect:/imports/" + submitted.job().id();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.fields().values().iterator().next());
      return "redirect:/imports";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/imports/{id}")
  String detail(Caller caller, @PathVariable long id, Model model) {
    Job job = job(caller, id);
    model.addAttribute("nav", "imports");
    model.addAttribute("job", job);
    model.addAttribute(
        "problems", job.finished() ? jobs.problems(id).stream().limit(200).toList() : List.of());
    return "imports/import";
  }

  /** The progress panel alone, which the page polls with htmx until the job has finished. */
  @GetMapping("/imports/{id}/progress")
  String progress(Caller caller, @PathVariable long id, Model model) {
    Job job = job(caller, id);
    model.addAttribute("job", job);
    model.addAttribute(
        "problems", job.finished() ? jobs.problems(id).stream().limit(200).toList() : List.of());
    return "imports/import :: progress";
  }

  @GetMapping("/imports/{id}/rejected.csv")
  ResponseEntity<String> rejected(Caller caller, @PathVariable long id) {
    Job job = job(caller, id);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"import-" + job.id() + "-rejected.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(RejectedRows.csv(job, jobs.problems(id)));
  }

  private Job job(Caller caller, long id) {
    return jobs.find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("import", id));
  }
}
