package com.clearmark.app.account;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SettingsController {

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final MemberService members;

  SettingsController(Accounts accounts, ApiTokens tokens, MemberService members) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.members = members;
  }

  @GetMapping("/settings")
  String settings(Caller caller, Model model) {
    model.addAttribute("nav", "settings");
    model.addAttribute("members", accounts.members(caller.organizationId()));
    model.addAttribute("isAdmin", caller.can(Role.ADMIN));
    model.addAttribute("me", caller.userId());
    model.addAttribute("roles", Role.values());
    if (caller.can(Role.ADMIN)) {
      model.addAttribute("tokens", tokens.list(caller.organizationId()));
      model.addAttribute("invitations", accounts.invitationsOf(caller.organizationId()));
    }
    model.addAttribute("myInvitations", accounts.invitationsFor(caller.userId()).size());
    return "account/settings";
  }

  /**
   * The settings page's forms as typed. Their fields are checked by {@link MemberService}, whose
   * password policy no constraint can express; a refusal is shown as the fields' own sentences.
   */
  record NewMember(String email, String name, String password, Role role) {}

  record NewToken(String name, Role role) {}

  record RoleChange(Role role) {}

  record PasswordReset(String password) {}

  @PostMapping("/settings/members")
  String add(Caller caller, @ModelAttribute NewMember form, RedirectAttributes redirect) {
    try {
      var invited = members.add(caller, form.email(), form.name(), form.password(), form.role());
      // One answer whether or not the email has an account, so the page never tells which.
      redirect.addFlashAttribute("invitationCode", invited.code());
      redirect.addFlashAttribute(
          "message",
          invited.invitation().email()
              + " is invited as "
              + Members.word(invited.invitation().role())
              + ". They join when they sign in and type the invitation code below: with their own"
              + " password if they already have an account, otherwise with the initial password"
              + " you set, which they must change at their first sign-in.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", sentences(e));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/settings";
  }

  @PostMapping("/settings/invitations/{userId}/cancel")
  String cancelInvitation(Caller caller, @PathVariable long userId, RedirectAttributes redirect) {
    members.cancelInvitation(caller, userId);
    redirect.addFlashAttribute("message", "Invitation withdrawn.");
    return "redirect:/settings";
  }

  @PostMapping("/settings/members/{userId}/role")
  String role(
      Caller caller,
      @PathVariable long userId,
      @ModelAttribute RoleChange form,
      RedirectAttributes redirect) {
    try {
      members.changeRole(caller, userId, form.role());
      redirect.addFlashAttribute("message", "Role changed to " + Members.word(form.role()) + ".");
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/settings";
  }

  @PostMapping("/settings/members/{userId}/password")
  String resetPassword(
      Caller caller,
      @PathVariable long userId,
      @ModelAttribute PasswordReset form,
      RedirectAttributes redirect) {
    try {
      members.resetPassword(caller, userId, form.password());
      redirect.addFlashAttribute(
          "message", "Password set. The member must change it when they next sign in.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", sentences(e));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/settings";
  }

  @PostMapping("/settings/members/{userId}/remove")
  String remove(Caller caller, @PathVariable long userId, RedirectAttributes redirect) {
    try {
      members.remove(caller, userId);
      redirect.addFlashAttribute("message", "Member removed.");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/settings";
  }

  @PostMapping("/settings/tokens")
  String createToken(Caller caller, @ModelAttribute NewToken form, RedirectAttributes redirect) {
    try {
      var created = members.createToken(caller, form.name(), form.role());
      redirect.addFlashAttribute("newToken", created.secret());
      redirect.addFlashAttribute(
          "message", "Token created. Copy it now: it is shown only once and cannot be read back.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", sentences(e));
    }
    return "redirect:/settings";
  }

  @PostMapping("/settings/tokens/{id}/revoke")
  String revoke(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
    members.revokeToken(caller, id);
    redirect.addFlashAttribute("message", "Token revoked; requests that use it now get 401.");
    return "redirect:/settings";
  }

  /** The field messages of a refused form as one line of sentences, for the page's notice. */
  private static String sentences(InvalidInputException e) {
    return String.join(
        " ", e.fields().values().stream().map(SettingsController::sentence).toList());
  }

  private static String sentence(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }
}
