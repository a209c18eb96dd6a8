package com.clearmark.app.complaint;

import com.clearmark.app.catalog.Listings;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.DeleteConfirmation;
import com.clearmark.app.web.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A complaint's page: its deadlines, what was done, its status moves and its appeal's checks. */
@Controller
class ComplaintPageController {

  private final ComplaintService complaints;
  private final AppealReadiness appeals;
  private final Clock clock;
  private final Listings listings;
  private final MessageSource messages;

  ComplaintPageController(
      ComplaintService complaints,
      AppealReadiness appeals,
      Listings listings,
      MessageSource messages,
      Clock clock) {
    this.listings = listings;
    this.messages = messages;
    this.complaints = complaints;
    this.appeals = appeals;
    this.clock = clock;
  }

  @GetMapping("/complaints/{id}")
  String detail(Caller caller, @PathVariable long id, Model model) {
    var c = complaints.get(caller, id);
    model.addAttribute("nav", "complaints");
    model.addAttribute("complaint", c);
    model.addAttribute(
        "asins",
        listings.byAsin(
            caller.organizationId(), c.products().stream().map(Complaint.Product::asin).toList()));
    model.addAttribute("today", Timestamps.today(clock));
    model.addAttribute("deadlines", complaints.deadlinesOf(c));
    model.addAttribute("next", c.status().next());
    model.addAttribute("actions", ComplaintAction.values());
    model.addAttribute("canAct", caller.can(Role.REVIEWER));
    model.addAttribute("deletable", deletable(c));
    try {
      model.addAttribute("appeal", appeals.check(caller, id));
    } catch (ConflictException e) {
      model.addAttribute("appealBlocked", e.getMessage());
    }
    return "complaint/complaint";
  }

  private static boolean deletable(Complaint c) {
    try {
      c.requireDeletable();
      return true;
    } catch (ConflictException e) {
      return false;
    }
  }

  /** What was done about a complaint, as chosen on its page; the service checks both fields. */
  record ActionTaken(ComplaintAction action, String note) {}

  /** The status a complaint moves to, as chosen on its page. */
  record StatusMove(ComplaintStatus status, String note) {}

  @PostMapping("/complaints/{id}/actions")
  String act(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute ActionTaken taken,
      RedirectAttributes redirect) {
    try {
      complaints.act(caller, id, taken.action(), taken.note());
      redirect.addFlashAttribute("message", "Action recorded.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", sentences(e));
    }
    return "redirect:/complaints/" + id;
  }

  @PostMapping("/complaints/{id}/status")
  String move(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute StatusMove move,
      RedirectAttributes redirect) {
    try {
      var c = complaints.move(caller, id, move.status(), move.note());
      redirect.addFlashAttribute(
          "message",
          "Complaint is now "
              + messages
                  .getMessage("complaint.status." + c.status().name(), null, Locale.ENGLISH)
                  .toLowerCase(Locale.ROOT)
              + ".");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", sentences(e));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/complaints/" + id;
  }

  @GetMapping("/complaints/{id}/edit")
  String edit(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.REVIEWER);
    var c = complaints.get(caller, id);
    model.addAttribute("entry", ComplaintEntry.of(c));
    return editPage(c, model);
  }

  private String editPage(Complaint c, Model model) {
    model.addAttribute("nav", "complaints");
    model.addAttribute("complaint", c);
    model.addAttribute("types", ComplaintController.TYPES);
    return "complaint/edit";
  }

  @PostMapping("/complaints/{id}")
  String correct(
      Caller caller,
      @PathVariable long id,
      @Valid @ModelAttribute("entry") ComplaintEntry entry,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    var c = complaints.get(caller, id);
    if (binding.hasErrors()) {
      FormErrors.reject(binding, entry.problems(complaints.today()));
    } else {
      try {
        var corrected = complaints.correct(caller, id, entry.revision(), entry.toForm());
        redirect.addFlashAttribute("message", "Complaint " + corrected.reference() + " corrected.");
        return "redirect:/complaints/" + id;
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
      } catch (DuplicateComplaintException e) {
        FormErrors.reject(binding, Map.of("reference", "this complaint ID is already recorded"));
        model.addAttribute("duplicate", e.existing());
      } catch (ConflictException e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    if (!model.containsAttribute("error")) {
      model.addAttribute("error", "Nothing was changed: correct the fields marked below.");
    }
    return editPage(c, model);
  }

  /**
   * Deletes a complaint recorded by mistake. Without {@code confirm=yes} (a browser without
   * JavaScript, where the button's own confirmation does not run) it asks first on a page of its
   * own.
   */
  @PostMapping("/complaints/{id}/delete")
  String delete(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    var c = complaints.get(caller, id);
    String name = c.reference().isEmpty() ? "#" + id : c.reference();
    if (!"yes".equals(confirm)) {
      model.addAttribute("nav", "complaints");
      return new DeleteConfirmation(
              "Delete complaint " + name + "?",
              "It is removed from the complaints and account health; the audit log keeps a line"
                  + " saying it was deleted. This cannot be undone.",
              "/complaints/" + id + "/delete",
              revision == null ? c.revision() : revision,
              "/complaints/" + id)
          .askOn(model);
    }
    try {
      complaints.delete(caller, id, revision);
      redirect.addFlashAttribute("message", "Complaint " + name + " deleted.");
      return "redirect:/complaints";
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/complaints/" + id;
    }
  }

  /** The fields' own messages as sentences, for the page's notice: "Choose what was done." */
  private static String sentences(InvalidInputException e) {
    return String.join(
        " ",
        e.fields().values().stream()
            .map(m -> m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".")
            .toList());
  }
}
