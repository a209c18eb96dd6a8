package com.clearmark.app.networks;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The seller pages: the networks table, one network's graph, one seller's record. */
@Controller
class NetworksController {

  private final NetworkService service;

  NetworksController(NetworkService service) {
    this.service = service;
  }

  @GetMapping("/networks")
  String networks(Caller caller, Model model) {
    var org = OrganizationId.of(caller.organizationId());
    model.addAttribute("nav", "networks");
    model.addAttribute("networks", service.networks(org));
    model.addAttribute("riskiest", service.riskiest(org));
    model.addAttribute("truncated", service.truncated(org));
    model.addAttribute("maxSellers", NetworkService.MAX_SELLERS);
    return "networks/networks";
  }

  @GetMapping("/networks/{id}")
  String network(Caller caller, @PathVariable long id, Model model) {
    model.addAttribute("nav", "networks");
    model.addAttribute("network", service.network(OrganizationId.of(caller.organizationId()), id));
    return "networks/network";
  }

  @GetMapping("/sellers/{id}")
  String seller(Caller caller, @PathVariable long id, Model model) {
    model.addAttribute("nav", "networks");
    model.addAttribute("detail", service.seller(OrganizationId.of(caller.organizationId()), id));
    model.addAttribute("canErase", caller.can(Role.ADMIN));
    return "networks/seller";
  }
}
