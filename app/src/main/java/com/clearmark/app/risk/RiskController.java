package com.clearmark.app.risk;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class RiskController {

  /** More rows than a person reads; the API gives them all. */
  static final int SHOWN = 500;

  private final ListingsAtRisk listings;
  private final Clock clock;

  RiskController(ListingsAtRisk listings, Clock clock) {
    this.listings = listings;
    this.clock = clock;
  }

  @GetMapping("/at-risk")
  String atRisk(Caller caller, Model model) {
    var report = listings.report(caller, Timestamps.today(clock));
    var atRisk = report.listingsAtRisk();
    model.addAttribute("nav", "sourcing");
    model.addAttribute("report", report);
    model.addAttribute("shown", atRisk.subList(0, Math.min(SHOWN, atRisk.size())));
    model.addAttribute("hidden", Math.max(0, atRisk.size() - SHOWN));
    return "risk/at-risk";
  }
}
