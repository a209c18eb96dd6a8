package com.clearmark.app.patent;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.DeleteConfirmation;
import com.clearmark.app.web.FormErrors;
import com.clearmark.app.web.PageRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

/** The patent register's pages: the list, a patent with its term and claims, the claim chart. */
@Controller
class PatentController {

  private final PatentRegister register;
  private final ClaimCharts charts;
  private final Clock clock;

  PatentController(PatentRegister register, ClaimCharts charts, Clock clock) {
    this.register = register;
    this.charts = charts;
    this.clock = clock;
  }

  @GetMapping("/patents")
  String list(
      Caller caller,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model) {
    var today = Timestamps.today(clock);
    model.addAttribute("nav", "patents");
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute(
        "page",
        register.page(caller, q, null, PageRequest.of(page, 50)).map(p -> PatentView.of(p, today)));
    model.addAttribute(
        "baseUrl",
        "/patents?"
            + (q == null || q.isBlank()
                ? ""
                : "q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8) + "&"));
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "patent/patents";
  }

  @GetMapping("/patents/new")
  String newPatent(Caller caller, Model model) {
    caller.require(Role.ADMIN);
    model.addAttribute("form", PatentForm.empty());
    return form(model);
  }

  @PostMapping("/patents")
  String add(
      Caller caller,
      @Valid @ModelAttribute("form") PatentForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    if (binding.hasErrors()) {
      return form(model);
    }
    try {
      var p = register.add(caller, form);
      redirect.addFlashAttribute(
          "message",
          "US "
              + p.number()
              + " added"
              + (p.own()
                  ? " as your own patent."
                  : "; listings are checked against its claims from now on."));
      return "redirect:/patents/" + p.id();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e.fields());
      return form(model);
    }
  }

  private static String form(Model model) {
    model.addAttribute("nav", "patents");
    return "patent/form";
  }

  @GetMapping("/patents/{id}")
  String detail(Caller caller, @PathVariable long id, Model model) {
    model.addAttribute("nav", "patents");
    model.addAttribute("patent", PatentView.of(register.get(caller, id), Timestamps.today(clock)));
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "patent/patent";
  }

  @GetMapping("/patents/{id}/edit")
  String edit(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.ADMIN);
    var p = register.get(caller, id);
    model.addAttribute("form", PatentForm.of(p));
    model.addAttribute("revision", p.revision());
    return editForm(p, model);
  }

  private static String editForm(RegisteredPatent p, Model model) {
    model.addAttribute("editing", p);
    model.addAttribute("formAction", "/patents/" + p.id());
    return form(model);
  }

  @PostMapping("/patents/{id}")
  String correct(
      Caller caller,
      @PathVariable long id,
      @Valid @ModelAttribute("form") PatentForm form,
      BindingResult binding,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var before = register.get(caller, id);
    model.addAttribute("revision", revision);
    if (!binding.hasErrors()) {
      try {
        var p = register.correct(caller, id, revision, form);
        redirect.addFlashAttribute("message", "US " + p.number() + " corrected.");
        return "redirect:/patents/" + id;
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
      } catch (ConflictException e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    return editForm(before, model);
  }

  /**
   * Removes a patent; without {@code confirm=yes} (no JavaScript to run the button's own
   * confirmation) it asks first on a page of its own.
   */
  @PostMapping("/patents/{id}/delete")
  String delete(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var p = register.get(caller, id);
    if (!"yes".equals(confirm)) {
      model.addAttribute("nav", "patents");
      return new DeleteConfirmation(
              "Remove US " + p.number() + " from the register?",
              "Listings are no longer checked against its claims, and its findings go at the next"
                  + " screening; the audit log keeps a line saying it was removed.",
              "/patents/" + id + "/delete",
              revision,
              "/patents/" + id)
          .askOn(model);
    }
    try {
      register.delete(caller, id, revision);
      redirect.addFlashAttribute("message", "US " + p.number() + " removed from the register.");
      return "redirect:/patents";
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/patents/" + id;
    }
  }

  /** The chart form's choices: the claim and the ASINs as typed. */
  record ChartRequest(Integer claim, String asins) {}

  @GetMapping("/patents/{id}/chart")
  String chart(
      Caller caller, @PathVariable long id, @ModelAttribute ChartRequest request, Model model) {
    var patent = PatentView.of(register.get(caller, id), Timestamps.today(clock));
    model.addAttribute("nav", "patents");
    model.addAttribute("patent", patent);
    int claim =
        request.claim() != null
            ? request.claim()
            : patent.independentClaims().isEmpty() ? 1 : patent.independentClaims().get(0).number();
    model.addAttribute("claim", claim);
    model.addAttribute("asins", request.asins() == null ? "" : request.asins());
    if (request.asins() != null && !request.asins().isBlank()) {
      try {
        model.addAttribute("chart", charts.chart(caller, id, claim, request.asins()));
      } catch (InvalidInputException e) {
        model.addAttribute("error", e.fields().values().iterator().next());
      }
    }
    return "patent/chart";
  }

  @GetMapping("/patents/{id}/chart.csv")
  ResponseEntity<String> chartCsv(
      Caller caller, @PathVariable long id, @RequestParam int claim, @RequestParam String asins) {
    var chart = charts.chart(caller, id, claim, asins);
    if (chart.chart() == null) {
      throw new InvalidInputException(
          "asins", "none of these ASINs is a captured listing or in the catalogue");
    }
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"US"
                + chart.patent().number()
                + "-claim-"
                + claim
                + "-chart.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(chart.csv());
  }
}
