package com.clearmark.app.registry;

import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.JobStatus;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.DeleteConfirmation;
import com.clearmark.app.web.FormErrors;
import com.clearmark.app.web.PageRequest;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistryController {

  private final Marks marks;
  private final RegistryService registry;
  private final RegistryIndexes indexes;
  private final Jobs jobs;

  RegistryController(Marks marks, RegistryService registry, RegistryIndexes indexes, Jobs jobs) {
    this.marks = marks;
    this.registry = registry;
    this.indexes = indexes;
    this.jobs = jobs;
  }

  @GetMapping("/registry")
  String list(
      Caller caller,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("nav", "registry");
    model.addAttribute("q", q);
    model.addAttribute(
        "page", marks.list(caller.organizationId(), q, null, PageRequest.of(page, 50)));
    model.addAttribute(
        "baseUrl",
        "/registry?"
            + (q == null || q.isBlank()
                ? ""
                : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&"));
    model.addAttribute("markCounts", marks.counts(caller.organizationId()));
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    status(caller, model);
    return "registry/registry";
  }

  /**
   * The registry as a CSV file the registry import reads back: the third-party marks, or with
   * {@code own=true} the organization's own brands (each imported with that choice).
   */
  @GetMapping("/registry/export.csv")
  ResponseEntity<String> export(
      Caller caller, @RequestParam(required = false, defaultValue = "false") boolean own) {
    var rows =
        marks.all(caller.organizationId()).stream()
            .filter(m -> m.own() == own)
            .sorted(Comparator.comparing(MarkRow::name).thenComparing(MarkRow::registration))
            .toList();
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + (own ? "own-brands" : "marks") + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(RegistryCsv.of(rows));
  }

  /** The compiled index's state and any re-screen in progress; polled by the page while busy. */
  @GetMapping("/registry/status")
  String status(Caller caller, Model model) {
    long org = caller.organizationId();
    var status = indexes.status(org);
    var active = jobs.active(org, JobKind.RESCREEN).orElse(null);
    model.addAttribute("status", status);
    model.addAttribute("rescreen", active);
    // The last re-screen, when it stopped short and left listings behind: the page says why.
    model.addAttribute(
        "stoppedRescreen",
        active != null || status.listingsBehind() == 0
            ? null
            : jobs.list(org, JobKind.RESCREEN, PageRequest.of(0, 1)).items().stream()
                .filter(j -> j.status() == JobStatus.FAILED || j.status() == JobStatus.INTERRUPTED)
                .findFirst()
                .orElse(null));
    model.addAttribute("canRescreen", caller.can(Role.ADMIN));
    return "registry/status :: status";
  }

  @GetMapping("/registry/new")
  String newMark(Caller caller, Model model) {
    caller.require(Role.ADMIN);
    model.addAttribute("form", MarkForm.empty());
    return form(model, null);
  }

  @PostMapping("/registry")
  String add(
      Caller caller,
      @Valid @ModelAttribute("form") MarkForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    if (binding.hasErrors()) {
      FormErrors.reject(binding, form.problems());
    } else {
      try {
        var mark = registry.add(caller, form);
        redirect.addFlashAttribute(
            "message", "Added " + mark.name() + "; listings are being re-screened against it.");
        return "redirect:/registry";
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
      }
    }
    return form(model, null);
  }

  /** The mark form again, with the form and its binding already in the model. */
  private static String form(Model model, Long markId) {
    model.addAttribute("nav", "registry");
    model.addAttribute("markId", markId);
    model.addAttribute("statuses", STATUSES);
    return "registry/form";
  }

  /** A mark's statuses as the form's choices. */
  private static final Map<String, String> STATUSES = statuses();

  private static Map<String, String> statuses() {
    var out = new LinkedHashMap<String, String>();
    out.put("LIVE", "Live");
    out.put("DEAD", "Dead (kept for history, not screened)");
    return Collections.unmodifiableMap(out);
  }

  @GetMapping("/registry/{id}/edit")
  String edit(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.ADMIN);
    model.addAttribute("form", MarkForm.of(registry.get(caller, id)));
    return form(model, id);
  }

  @PostMapping("/registry/{id}")
  String update(
      Caller caller,
      @PathVariable long id,
      @Valid @ModelAttribute("form") MarkForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    if (binding.hasErrors()) {
      FormErrors.reject(binding, form.problems());
    } else {
      try {
        var mark = registry.update(caller, id, form);
        redirect.addFlashAttribute("message", "Saved " + mark.name() + ".");
        return "redirect:/registry";
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
      }
    }
    return form(model, id);
  }

  /**
   * Deletes a mark; without {@code confirm=yes} (no JavaScript to run the button's own
   * confirmation) it asks first on a page of its own.
   */
  @PostMapping("/registry/{id}/delete")
  String delete(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      Model model,
      RedirectAttributes redirect) {
    var mark = registry.get(caller, id);
    if (!"yes".equals(confirm)) {
      caller.require(Role.ADMIN);
      model.addAttribute("nav", "registry");
      return new DeleteConfirmation(
              "Delete the mark " + mark.name() + "?",
              "Listings are no longer screened for it once the registry is rebuilt; the audit log keeps"
                  + " a line saying it was deleted.",
              "/registry/" + id + "/delete",
              null,
              "/registry/" + id + "/edit")
          .askOn(model);
    }
    registry.delete(caller, id);
    redirect.addFlashAttribute("message", "Deleted " + mark.name() + ".");
    return "redirect:/registry";
  }
}
