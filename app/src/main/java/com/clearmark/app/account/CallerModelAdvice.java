package com.clearmark.app.account;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the caller and their organizations into every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class CallerModelAdvice {

  private final Callers callers;

  CallerModelAdvice(Callers callers) {
    this.callers = callers;
  }

  @ModelAttribute
  void addCaller(HttpServletRequest request, Model model) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AccountUser) {
      try {
        Caller caller = callers.current(request);
        model.addAttribute("caller", caller);
        model.addAttribute("organizations", callers.organizationsOf(caller));
      } catch (ForbiddenException e) {
        // A user without an organization still sees the page that tells them so.
      }
    }
  }
}
