package com.clearmark.app.account;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ForbiddenException;
import com.clearmark.app.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own password and invitations; open to people who belong to no organization
 * yet, so they do not need a {@link Caller}.
 */
@Controller
class OwnAccountController {

  private final OwnAccount account;

  OwnAccountController(OwnAccount account) {
    this.account = account;
  }

  @GetMapping(PasswordChangeRequired.PAGE)
  String passwordForm(HttpServletRequest request, Model model) {
    signedIn();
    model.addAttribute("nav", "settings");
    model.addAttribute("forced", forced(request));
    return "account/password";
  }

  /** The password form as typed; {@link OwnAccount} checks it against the password policy. */
  record PasswordChange(String current, String password, String repeated) {}

  /** The invitation code as typed. */
  record InvitationAnswer(String code) {}

  @PostMapping(PasswordChangeRequired.PAGE)
  String changePassword(
      HttpServletRequest request,
      @ModelAttribute PasswordChange form,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    var user = signedIn();
    try {
      account.changePassword(
          user.id(), form.current(), form.password(), form.repeated(), request.getRemoteAddr());
    } catch (SignInThrottle.Refused e) {
      refused(response, e);
      model.addAttribute("nav", "settings");
      model.addAttribute("forced", forced(request));
      model.addAttribute(
          "errors", Map.of("current", SignInOutcomes.lockedSentence(e.retryAfterSeconds())));
      return "account/password";
    } catch (InvalidInputException e) {
      model.addAttribute("nav", "settings");
      model.addAttribute("forced", forced(request));
      model.addAttribute("errors", e.fields());
      return "account/password";
    }
    request.getSession().removeAttribute(PasswordChangeRequired.ATTRIBUTE);
    // A new session id once the secret changed, so that a session id seen before is worth nothing.
    request.changeSessionId();
    redirect.addFlashAttribute("message", "Your password has been changed.");
    return account.invitations(user.id()).isEmpty()
        ? "redirect:/settings"
        : "redirect:/invitations";
  }

  @GetMapping("/invitations")
  String invitations(Model model) {
    var user = signedIn();
    model.addAttribute("nav", "settings");
    model.addAttribute("invitations", account.invitations(user.id()));
    return "account/invitations";
  }

  @PostMapping("/invitations/{organizationId}/accept")
  String accept(
      HttpServletRequest request,
      HttpServletResponse response,
      @PathVariable long organizationId,
      @ModelAttribute InvitationAnswer answer,
      Model model,
      RedirectAttributes redirect) {
    var user = signedIn();
    Invitation invitation;
    try {
      invitation =
          account.accept(user.id(), organizationId, answer.code(), request.getRemoteAddr());
    } catch (SignInThrottle.Refused e) {
      refused(response, e);
      model.addAttribute("nav", "settings");
      model.addAttribute("invitations", account.invitations(user.id()));
      model.addAttribute("error", SignInOutcomes.lockedSentence(e.retryAfterSeconds()));
      return "account/invitations";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", sentence(e.fields().get("code")));
      return "redirect:/invitations";
    }
    request.getSession().setAttribute(Callers.ORGANIZATION, organizationId);
    redirect.addFlashAttribute(
        "message",
        "You joined "
            + invitation.organizationName()
            + " as "
            + Members.word(invitation.role())
            + ".");
    return "redirect:/";
  }

  @PostMapping("/invitations/{organizationId}/decline")
  String decline(@PathVariable long organizationId, RedirectAttributes redirect) {
    var user = signedIn();
    account.decline(user.id(), organizationId);
    redirect.addFlashAttribute("message", "Invitation declined.");
    return "redirect:/invitations";
  }

  /** The answer of a locked sign-in: 429 with {@code Retry-After}. */
  private static void refused(HttpServletResponse response, SignInThrottle.Refused e) {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
  }

  private static String sentence(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  private static boolean forced(HttpServletRequest request) {
    var session = request.getSession(false);
    return session != null && session.getAttribute(PasswordChangeRequired.ATTRIBUTE) != null;
  }

  private static AccountUser signedIn() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AccountUser user) {
      return user;
    }
    throw new ForbiddenException("Sign in first.");
  }
}
