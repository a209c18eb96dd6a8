package com.clearmark.app.appeal;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appeal package and letters offered on a complaint's page, and the contact that signs the
 * letters; the page itself is the complaint feature's, which shows the appeal through {@link
 * com.clearmark.app.complaint.AppealReadiness}.
 */
@Controller
class AppealController {

  private static final Map<String, MediaType> FORMATS =
      Map.of(
          "txt",
          new MediaType("text", "plain", StandardCharsets.UTF_8),
          "docx",
          MediaType.parseMediaType(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          "pdf",
          MediaType.APPLICATION_PDF);

  private final AppealService appeals;

  AppealController(AppealService appeals) {
    this.appeals = appeals;
  }

  @GetMapping("/complaints/{id}/package.zip")
  ResponseEntity<byte[]> download(Caller caller, @PathVariable long id) {
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"appeal-" + id + ".zip\"")
        .contentType(MediaType.parseMediaType("application/zip"))
        .body(appeals.packageFor(caller, id));
  }

  @GetMapping("/complaints/{id}/letters/{slug}.{format}")
  ResponseEntity<byte[]> letterFile(
      Caller caller,
      @PathVariable long id,
      @PathVariable String slug,
      @PathVariable String format) {
    MediaType type = FORMATS.get(format);
    if (type == null) {
      throw new NotFoundException("Letters download as .txt, .docx or .pdf, not ." + format + ".");
    }
    Letter letter = appeals.letter(caller, id, LetterKind.ofSlug(slug));
    byte[] body =
        switch (format) {
          case "txt" -> letter.txt();
          case "docx" -> letter.docx();
          default -> letter.pdf();
        };
    return ResponseEntity.ok()
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + slug + "-" + id + "." + format + "\"")
        .contentType(type)
        .body(body);
  }

  /** A letter as edited in its text box. */
  record LetterForm(String text) {}

  @PostMapping("/complaints/{id}/letters/{slug}")
  String saveLetter(
      Caller caller,
      @PathVariable long id,
      @PathVariable String slug,
      @ModelAttribute LetterForm form,
      RedirectAttributes redirect) {
    LetterKind kind = LetterKind.ofSlug(slug);
    try {
      appeals.saveLetter(caller, id, kind, form.text());
      redirect.addFlashAttribute(
          "message",
          (kind == LetterKind.PLAN_OF_ACTION ? "Plan of action" : "Retraction request")
              + " saved: the downloads and the package now use your text.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("letterError", Map.of(kind.name(), e.fields().get("text")));
      redirect.addFlashAttribute("letterText", Map.of(kind.name(), form.text()));
    }
    return "redirect:/complaints/" + id + "#letter-" + slug;
  }

  @PostMapping("/complaints/{id}/letters/{slug}/reset")
  String resetLetter(
      Caller caller,
      @PathVariable long id,
      @PathVariable String slug,
      RedirectAttributes redirect) {
    boolean had = appeals.resetLetter(caller, id, LetterKind.ofSlug(slug));
    redirect.addFlashAttribute(
        "message",
        had
            ? "Your edit was discarded: the letter is the generated draft again."
            : "The letter was already the generated draft.");
    return "redirect:/complaints/" + id + "#letter-" + slug;
  }

  /** The signing contact as typed into its form. */
  record ContactForm(String name, String email, String phone, String address) {}

  @GetMapping("/settings/appeal-contact")
  String contact(Caller caller, Model model) {
    model.addAttribute("nav", "settings");
    var saved = appeals.contact(caller);
    model.addAttribute(
        "form",
        saved
            .map(c -> new ContactForm(c.name(), c.email(), c.phone(), c.address()))
            .orElse(new ContactForm("", "", "", "")));
    model.addAttribute("saved", saved.isPresent());
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    model.addAttribute("errors", Map.of());
    return "appeal/contact";
  }

  @PostMapping("/settings/appeal-contact")
  String saveContact(
      Caller caller,
      @ModelAttribute("form") ContactForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      appeals.saveContact(
          caller, new SigningContact(form.name(), form.email(), form.phone(), form.address()));
    } catch (InvalidInputException e) {
      model.addAttribute("nav", "settings");
      model.addAttribute("saved", appeals.contact(caller).isPresent());
      model.addAttribute("canEdit", true);
      model.addAttribute("errors", e.fields());
      model.addAttribute("error", e.getMessage());
      return "appeal/contact";
    }
    redirect.addFlashAttribute("message", "Appeal letters are now signed by " + form.name() + ".");
    return "redirect:/settings/appeal-contact";
  }
}
