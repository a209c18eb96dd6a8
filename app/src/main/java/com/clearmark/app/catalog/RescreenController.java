package com.clearmark.app.catalog;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry page's button that re-runs a re-screen which failed or was cut short. */
@Controller
class RescreenController {

  private final Rescreener rescreener;

  RescreenController(Rescreener rescreener) {
    this.rescreener = rescreener;
  }

  @PostMapping("/registry/rescreen")
  String rescreen(Caller caller, RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var requested =
        rescreener.request(
            caller.organizationId(), "re-screen asked for by " + caller.userName(), true);
    redirect.addFlashAttribute(
        "message",
        requested.isEmpty()
            ? "Every listing is screened against the current registry; nothing to re-screen."
            : requested.get().existing()
                ? "A re-screen is already under way."
                : "Re-screening the listings behind the current registry.");
    return "redirect:/registry";
  }
}
