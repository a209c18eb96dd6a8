package com.clearmark.app.account;

import com.clearmark.app.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

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

  /** The first-run form as typed; {@link FirstAdmin} checks it, the password by its policy. */
  record FirstRun(String organization, String name, String email, String password) {}

  @PostMapping("/setup")
  String create(@ModelAttribute("form") FirstRun form, Model model) {
    if (!firstAdmin.needed()) {
      return "redirect:/login";
    }
    try {
      firstAdmin.create(form.organization(), form.name(), form.email(), form.password());
      return "redirect:/login?setup";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.fields());
      model.addAttribute("organization", form.organization());
      model.addAttribute("name", form.name());
      model.addAttribute("email", form.email());
      return "account/setup";
    }
  }
}
