package com.clearmark.app.complaint;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A complaint's page: its deadlines, what was done, its status moves and its appeal's checks. */
@Controller
class ComplaintPageController {

  private final ComplaintService complaints;
  private final AppealReadiness appeals;
  private final Clock clock;

  ComplaintPageController(ComplaintService complaints, AppealReadiness appeals, Clock clock) {
    this.complaints = complaints;
    this.appeals = appeals;
    this.clock = clock;
  }

  @GetMapping("/complaints/{id}")
  String detail(Caller caller, @PathVariable long id, Model model) {
    var c = complaints.get(caller, id);
    model.addAttribute("nav", "complaints");
    model.addAttribute("complaint", c);
    model.addAttribute("today", Timestamps.today(clock));
    model.addAttribute("deadlines", complaints.deadlinesOf(c));
    model.addAttribute("next", c.status().next());
    model.addAttribute("actions", ComplaintAction.values());
    model.addAttribute("canAct", caller.can(Role.REVIEWER));
    try {
      model.addAttribute("appeal", appeals.check(caller, id));
    } catch (ConflictException e) {
      model.addAttribute("appealBlocked", e.getMessage());
    }
    return "complaint/complaint";
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
      redirect.addFlashAttribute("message", "Complaint is now " + c.status() + ".");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", sentences(e));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/complaints/" + id;
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
