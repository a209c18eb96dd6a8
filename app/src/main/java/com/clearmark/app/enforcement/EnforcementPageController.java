package com.clearmark.app.enforcement;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ForbiddenException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enforcement dashboard and the enforcement settings. */
@Controller
class EnforcementPageController {

  private final CaseService service;

  EnforcementPageController(CaseService service) {
    this.service = service;
  }

  @GetMapping("/enforcement")
  String dashboard(Caller caller, Model model) {
    var metrics = service.metrics(caller);
    model.addAttribute("nav", "enforcement");
    model.addAttribute("metrics", metrics);
    model.addAttribute("overdue", service.overdue(caller));
    model.addAttribute("reminderDays", service.settings(caller).reminderDays());
    model.addAttribute(
        "charts",
        List.of(
            RateChart.of(
                "Takedown rate by marketplace",
                metrics.byMarketplace(),
                EnforcementMetrics.Group::takedownRate,
                EnforcementMetrics.GOOD_FAITH_TAKEDOWN,
                true),
            RateChart.of(
                "Notice accuracy by marketplace",
                metrics.byMarketplace(),
                EnforcementMetrics.Group::accuracy,
                EnforcementMetrics.PROJECT_ZERO_ACCURACY,
                true),
            RateChart.of(
                "Successful counter-notices by marketplace",
                metrics.byMarketplace(),
                EnforcementMetrics.Group::successfulCounterNoticeRate,
                EnforcementMetrics.GOOD_FAITH_COUNTER_NOTICES,
                false)));
    model.addAttribute(
        "parts",
        List.of(
            new Part("Marketplace", metrics.byMarketplace()),
            new Part("Rule", metrics.byRule()),
            new Part("Mark", metrics.byMark())));
    model.addAttribute("timings", metrics.cases().stream().limit(50).toList());
    return "enforcement/dashboard";
  }

  /** One table of the dashboard: the groups by marketplace, rule or mark. */
  record Part(String label, List<EnforcementMetrics.Group> groups) {}

  /** The settings form as posted; an unticked checkbox sends nothing. */
  record SettingsForm(
      Boolean secondApproverRequired,
      Integer reminderDays,
      String rightsOwner,
      String agentName,
      String contactName,
      String contactEmail,
      String contactPhone,
      String contactAddress) {}

  @GetMapping("/settings/enforcement")
  String settings(Caller caller, Model model) {
    model.addAttribute("nav", "settings");
    if (!model.containsAttribute("settings")) {
      model.addAttribute("settings", service.settings(caller));
    }
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "enforcement/settings";
  }

  @PostMapping("/settings/enforcement")
  String save(Caller caller, @ModelAttribute SettingsForm form, RedirectAttributes redirect) {
    if (!caller.can(Role.ADMIN)) {
      throw new ForbiddenException("Only an admin changes the enforcement settings.");
    }
    try {
      service.saveSettings(
          caller,
          new EnforcementSettings(
              Boolean.TRUE.equals(form.secondApproverRequired()),
              form.reminderDays() == null ? 0 : form.reminderDays(),
              form.rightsOwner(),
              form.agentName(),
              form.contactName(),
              form.contactEmail(),
              form.contactPhone(),
              form.contactAddress()));
      redirect.addFlashAttribute("message", "Enforcement settings saved.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/settings/enforcement";
  }
}
