package com.clearmark.app.account;

import com.clearmark.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first-run page: open only while the database has no users. */
@Controller
class SetupController {

  private final FirstAdmin firstAdmin;

  SetupController(FirstAdmin firstAdmin) {
    this.firstAdmin = firstAdmin;
  }

  @GetMapping("/setup")
  String form(Model model) {
    if (!firstAdmin.needed()) {
      return "redirect:/login";
    }
    return "account/setup";
  }

  @PostMapping("/setup")
  String create(
      @RequestParam(required = false) String organization,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String password,
      Model model) {
    if (!firstAdmin.needed()) {
      return "redirect:/login";
    }
    try {
      firstAdmin.create(organization, name, email, password);
      return "redirect:/login?setup";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.fields());
      model.addAttribute("organization", organization);
      model.addAttribute("name", name);
      model.addAttribute("email", email);
      return "account/setup";
    }
  }
}
