package com.clearmark.app.audit;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String list(
      Caller caller,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("nav", "audit");
    model.addAttribute("action", action);
    model.addAttribute("actions", audit.actions(caller.organizationId()));
    model.addAttribute(
        "page", audit.list(caller.organizationId(), action, null, null, PageRequest.of(page, 50)));
    model.addAttribute(
        "baseUrl",
        "/audit?"
            + (action == null || action.isBlank()
                ? ""
                : "action=" + URLEncoder.encode(action, StandardCharsets.UTF_8) + "&"));
    return "audit/audit";
  }
}
