package com.clearmark.app.dashboard;

import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.job.JobKind;
import com.clearmark.app.job.Jobs;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.risk.ListingsAtRisk;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageRequest;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

  private final DashboardService dashboards;
  private final Jobs jobs;
  private final RegistryIndexes indexes;
  private final ComplaintService complaints;
  private final ListingsAtRisk atRisk;
  private final Clock clock;

  DashboardController(
      DashboardService dashboards,
      Jobs jobs,
      RegistryIndexes indexes,
      ComplaintService complaints,
      ListingsAtRisk atRisk,
      Clock clock) {
    this.dashboards = dashboards;
    this.jobs = jobs;
    this.indexes = indexes;
    this.complaints = complaints;
    this.atRisk = atRisk;
    this.clock = clock;
  }

  @GetMapping("/")
  String dashboard(Caller caller, Model model) {
    model.addAttribute("nav", "dashboard");
    var dashboard = dashboards.dashboard(caller.organizationId());
    model.addAttribute("dashboard", dashboard);
    model.addAttribute(
        "gettingStarted", dashboards.gettingStarted(caller.organizationId(), dashboard));
    model.addAttribute(
        "recentImports", jobs.list(caller.organizationId(), null, new PageRequest(0, 5)).items());
    model.addAttribute(
        "activeRescreen", jobs.active(caller.organizationId(), JobKind.RESCREEN).orElse(null));
    model.addAttribute("registry", indexes.status(caller.organizationId()));
    model.addAttribute(
        "expiring", dashboards.expiring(caller.organizationId(), Timestamps.today(clock)));
    var standing = complaints.standing(caller);
    model.addAttribute("health", standing.health());
    model.addAttribute("riskTrend", standing.riskTrend());
    model.addAttribute("atRisk", atRisk.report(caller, Timestamps.today(clock)));
    return "dashboard/dashboard";
  }
}
