package com.clearmark.app.notice;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.ForbiddenException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notice pages: a case's notices, the list, one notice with its checks, and its exports. */
@Controller
class NoticePageController {

  private final NoticeService notices;

  NoticePageController(NoticeService notices) {
    this.notices = notices;
  }

  /** The notice section of a case page (loaded by htmx), or the same as a page of its own. */
  @GetMapping("/cases/{id}/notices")
  String ofCase(
      Caller caller,
      @PathVariable long id,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    var kase = notices.requireCase(caller, id);
    model.addAttribute("nav", "cases");
    model.addAttribute("caseId", id);
    model.addAttribute("notices", notices.ofCase(caller, id));
    model.addAttribute("regimes", NoticeRegime.values());
    model.addAttribute("suggested", NoticeRegime.forMarketplace(kase.marketplace()));
    model.addAttribute("canDraft", caller.can(Role.REVIEWER));
    return htmx != null ? "notice/case-notices :: section" : "notice/case-notices";
  }

  record DraftForm(NoticeRegime regime) {}

  @PostMapping("/cases/{id}/notices")
  String draft(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute DraftForm form,
      RedirectAttributes redirect) {
    try {
      Notice n = notices.draft(caller, List.of(id), form.regime());
      redirect.addFlashAttribute(
          "message", "Notice drafted. Complete it, run the checks and approve it.");
      return "redirect:/notices/" + n.id();
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", sentences(e));
      return "redirect:/cases/" + id + "/notices";
    }
  }

  @GetMapping("/notices")
  String list(Caller caller, Model model) {
    model.addAttribute("nav", "cases");
    model.addAttribute("notices", notices.list(caller));
    model.addAttribute(
        "followUp", notices.followUps(caller).stream().map(Notice::id).collect(Collectors.toSet()));
    return "notice/notices";
  }

  @GetMapping("/notices/{id}")
  String notice(Caller caller, @PathVariable long id, Model model) {
    Notice n = notices.get(caller, id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", NoticeForm.of(n));
    }
    model.addAttribute("nav", "cases");
    model.addAttribute("notice", n);
    model.addAttribute("checks", notices.checks(caller, id));
    model.addAttribute("regimes", NoticeRegime.values());
    model.addAttribute("ipTypes", IpType.values());
    model.addAttribute("submitters", Submitter.values());
    model.addAttribute("appearances", Appearance.values());
    model.addAttribute("reasons", VeroReason.values());
    model.addAttribute("channels", SendChannel.values());
    model.addAttribute("emailConfigured", notices.emailConfigured());
    model.addAttribute("canAct", caller.can(Role.REVIEWER));
    return "notice/notice";
  }

  @PostMapping("/notices/{id}")
  String edit(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute NoticeForm form,
      RedirectAttributes redirect) {
    try {
      Notice current = notices.get(caller, id);
      // A page form leaves unticked boxes and an emptied list out: they mean false and none.
      var posted =
          new NoticeForm(
              form.revision(),
              form.regime(),
              form.ipType(),
              form.mark(),
              form.registration(),
              form.work(),
              form.body(),
              form.messageToSeller(),
              form.submitter(),
              form.rightsOwner(),
              form.agentName(),
              form.contactName(),
              form.contactEmail(),
              form.contactPhone(),
              form.contactAddress(),
              form.appearsIn() == null ? List.of() : form.appearsIn(),
              form.testBuyOrders(),
              form.signature(),
              Boolean.TRUE.equals(form.goodFaith()),
              Boolean.TRUE.equals(form.accurate()),
              form.reasonCodes());
      notices.edit(
          caller,
          id,
          posted.requiredRevision(),
          posted.content(current.content()),
          posted.reasonCodes());
      redirect.addFlashAttribute("message", "Draft saved.");
    } catch (InvalidInputException | ConflictException | ForbiddenException e) {
      redirect.addFlashAttribute("error", sentences(e));
      redirect.addFlashAttribute("form", form);
    }
    return "redirect:/notices/" + id;
  }

  @PostMapping("/notices/{id}/approve")
  String approve(
      Caller caller,
      @PathVariable long id,
      @RequestParam(name = "revision", required = false) Integer revision,
      RedirectAttributes redirect) {
    return act(id, redirect, "Notice approved.", () -> notices.approve(caller, id, revision));
  }

  record SendForm(SendChannel via, String to) {}

  @PostMapping("/notices/{id}/send")
  String send(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute SendForm form,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "Notice recorded as sent.",
        () -> notices.send(caller, id, form.via(), form.to()));
  }

  @PostMapping("/notices/{id}/withdraw")
  String withdraw(
      Caller caller,
      @PathVariable long id,
      @RequestParam(value = "confirm", required = false) String confirm,
      RedirectAttributes redirect) {
    if (!"yes".equals(confirm)) {
      redirect.addFlashAttribute("error", "Tick the box to confirm the notice is to be withdrawn.");
      return "redirect:/notices/" + id;
    }
    return act(id, redirect, "Notice withdrawn.", () -> notices.withdraw(caller, id));
  }

  @PostMapping("/notices/{id}/correct")
  String correct(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
    try {
      Notice n = notices.correct(caller, id);
      redirect.addFlashAttribute("message", "Correction drafted from notice #" + id + ".");
      return "redirect:/notices/" + n.id();
    } catch (InvalidInputException | ConflictException | ForbiddenException e) {
      redirect.addFlashAttribute("error", sentences(e));
      return "redirect:/notices/" + id;
    }
  }

  private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("message", done);
    } catch (InvalidInputException | ConflictException | ForbiddenException e) {
      redirect.addFlashAttribute("error", sentences(e));
    }
    return "redirect:/notices/" + id;
  }

  @GetMapping("/notices/{id}.txt")
  ResponseEntity<String> text(Caller caller, @PathVariable long id) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .body(NoticeExport.text(notices.get(caller, id)));
  }

  @GetMapping("/notices/{id}.pdf")
  ResponseEntity<byte[]> pdf(Caller caller, @PathVariable long id) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"notice-" + id + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF)
        .body(NoticeExport.pdf(notices.get(caller, id)));
  }

  @GetMapping("/notices/{id}.csv")
  ResponseEntity<String> csv(Caller caller, @PathVariable long id) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"notice-" + id + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(NoticeExport.csv(notices.get(caller, id)));
  }

  private static String sentences(RuntimeException e) {
    if (e instanceof InvalidInputException invalid && !invalid.fields().isEmpty()) {
      return invalid.fields().entrySet().stream()
          .map((Map.Entry<String, String> f) -> f.getKey() + ": " + f.getValue() + ".")
          .collect(Collectors.joining(" "));
    }
    return e.getMessage();
  }
}
