package com.clearmark.app.account;

import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class LoginController {

  private final ObjectProvider<ShownLogins> shown;
  private final Callers callers;
  private final Accounts accounts;

  LoginController(ObjectProvider<ShownLogins> shown, Callers callers, Accounts accounts) {
    this.shown = shown;
    this.callers = callers;
    this.accounts = accounts;
  }

  @GetMapping("/login")
  String login(Model model) {
    if (accounts.countUsers() == 0) {
      return "redirect:/setup";
    }
    model.addAttribute(
        "demoLogins", shown.orderedStream().flatMap(s -> s.logins().stream()).toList());
    return "login";
  }

  /**
   * The sign-in page again, answered with 429 while sign-ins for the email or from the client
   * address are locked; the sign-in failure handler forwards here.
   */
  @RequestMapping("/login/locked")
  String locked(HttpServletRequest request, HttpServletResponse response, Model model) {
    Object seconds = request.getAttribute(SignInOutcomes.RETRY_AFTER);
    if (!(seconds instanceof Long s)) {
      return "redirect:/login";
    }
    response.setStatus(429);
    model.addAttribute("locked", SignInOutcomes.lockedSentence(s));
    model.addAttribute("demoLogins", List.of());
    return "login";
  }

  /** The organization chosen in the header's switcher. */
  record OrganizationChoice(Long organizationId) {}

  @PostMapping("/organizations/switch")
  String switchOrganization(HttpServletRequest request, @ModelAttribute OrganizationChoice choice) {
    if (choice.organizationId() == null) {
      throw new InvalidInputException("organizationId", "choose an organization");
    }
    if (!callers.switchTo(request, choice.organizationId())) {
      throw new NotFoundException("organization", choice.organizationId());
    }
    return "redirect:/";
  }
}
