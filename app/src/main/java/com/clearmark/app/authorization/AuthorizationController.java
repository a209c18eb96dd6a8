package com.clearmark.app.authorization;

import com.clearmark.app.document.Documents;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.DeleteConfirmation;
import com.clearmark.app.web.FormErrors;
import com.clearmark.app.web.PageUploads;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The authorizations pages: the list with each one's validity, the form, and the documents. */
@Controller
class AuthorizationController {

  private final AuthorizationService service;
  private final Authorizations authorizations;
  private final Documents documents;
  private final Clock clock;

  AuthorizationController(
      AuthorizationService service,
      Authorizations authorizations,
      Documents documents,
      Clock clock) {
    this.service = service;
    this.authorizations = authorizations;
    this.documents = documents;
    this.clock = clock;
  }

  /**
   * An authorization as the list shows it: whether it is valid today, and how soon it ends.
   *
   * @param validity "valid", "expires in N days", "expires today", "expired" or "not yet valid"
   * @param tone the badge colour: pass, review or block
   */
  record Row(Authorization authorization, String validity, String tone, boolean document) {

    /** Matches the earlier of the two expiry alerts. */
    static final int EXPIRY_WARNING_DAYS = 30;

    static Row of(Authorization a, LocalDate today, boolean document) {
      if (today.isBefore(a.validFrom())) {
        return new Row(a, "not yet valid", "review", document);
      }
      if (a.validTo() == null) {
        return new Row(a, "valid", "pass", document);
      }
      long left = ChronoUnit.DAYS.between(today, a.validTo());
      if (left < 0) {
        return new Row(a, "expired", "block", document);
      }
      if (left == 0) {
        return new Row(a, "expires today", "review", document);
      }
      if (left <= EXPIRY_WARNING_DAYS) {
        return new Row(
            a, "expires in " + left + (left == 1 ? " day" : " days"), "review", document);
      }
      return new Row(a, "valid", "pass", document);
    }

    /** The values in alphabetical order, separated by commas. */
    public String listed(Set<String> values) {
      return String.join(", ", new TreeSet<>(values));
    }

    /**
     * The first values in alphabetical order and how many more there are, so that a list of
     * authorizations stays short whatever their scope.
     */
    public String summary(Set<String> values) {
      var first = new TreeSet<>(values).stream().limit(FieldLimits.SHOWN_IN_LISTS);
      int more = values.size() - FieldLimits.SHOWN_IN_LISTS;
      return String.join(", ", first.toList())
          + (more > 0 ? String.format(Locale.ROOT, " and %,d more", more) : "");
    }
  }

  @GetMapping("/authorizations")
  String list(Caller caller, Model model) {
    long org = caller.organizationId();
    var withDocument = authorizations.withDocument(org);
    LocalDate today = today();
    model.addAttribute("nav", "authorizations");
    model.addAttribute(
        "rows",
        authorizations.all(org).stream()
            .map(a -> Row.of(a, today, withDocument.contains(a.id())))
            .toList());
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "authorization/authorizations";
  }

  @GetMapping("/authorizations/new")
  String newAuthorization(Caller caller, Model model) {
    caller.require(Role.ADMIN);
    model.addAttribute("form", AuthorizationEntry.blank());
    return form(model);
  }

  @PostMapping("/authorizations")
  String add(
      Caller caller,
      @Valid @ModelAttribute("form") AuthorizationEntry entry,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    if (binding.hasErrors()) {
      return form(model);
    }
    try {
      var a = service.add(caller, entry.toForm());
      redirect.addFlashAttribute(
          "message",
          a.kind()
              + " from "
              + a.licensor()
              + " recorded; screening now treats the brand as"
              + " authorized.");
      return "redirect:/authorizations";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e.fields());
      return form(model);
    }
  }

  /** The form with the entry already in the model, blank or as typed. */
  private static String form(Model model) {
    model.addAttribute("nav", "authorizations");
    model.addAttribute("kinds", KINDS);
    return "authorization/form";
  }

  /** The kinds of document as the form's choices. */
  private static final Map<String, String> KINDS = kinds();

  private static Map<String, String> kinds() {
    var out = new LinkedHashMap<String, String>();
    AuthorizationEntry.KINDS.forEach(k -> out.put(k, k));
    return Collections.unmodifiableMap(out);
  }

  @GetMapping("/authorizations/{id}/edit")
  String edit(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.ADMIN);
    var a = service.get(caller, id);
    model.addAttribute("form", AuthorizationEntry.of(a));
    model.addAttribute("revision", service.revision(caller, id));
    return editForm(a, model);
  }

  private static String editForm(Authorization a, Model model) {
    model.addAttribute("editing", a);
    model.addAttribute("formAction", "/authorizations/" + a.id());
    return form(model);
  }

  @PostMapping("/authorizations/{id}")
  String correct(
      Caller caller,
      @PathVariable long id,
      @Valid @ModelAttribute("form") AuthorizationEntry entry,
      BindingResult binding,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var before = service.get(caller, id);
    model.addAttribute("revision", revision);
    if (!binding.hasErrors()) {
      try {
        var a = service.correct(caller, id, revision, entry.toForm());
        redirect.addFlashAttribute(
            "message",
            a.kind() + " from " + a.licensor() + " corrected; screening takes it into account.");
        return "redirect:/authorizations/" + id;
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
      } catch (ConflictException e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    return editForm(before, model);
  }

  /**
   * Deletes an authorization recorded by mistake; without {@code confirm=yes} (no JavaScript to run
   * the button's own confirmation) it asks first on a page of its own.
   */
  @PostMapping("/authorizations/{id}/delete")
  String delete(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var a = service.get(caller, id);
    String name = a.kind() + " from " + a.licensor();
    if (!"yes".equals(confirm)) {
      model.addAttribute("nav", "authorizations");
      return new DeleteConfirmation(
              "Delete the " + name + "?",
              "Screening stops treating its brands as authorized; the audit log keeps a line saying it"
                  + " was deleted. An attached document stays among your documents.",
              "/authorizations/" + id + "/delete",
              revision,
              "/authorizations/" + id)
          .askOn(model);
    }
    try {
      service.delete(caller, id, revision);
      redirect.addFlashAttribute("message", name + " deleted.");
      return "redirect:/authorizations";
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/authorizations/" + id;
    }
  }

  @GetMapping("/authorizations/{id}")
  String detail(Caller caller, @PathVariable long id, Model model) {
    var a = service.get(caller, id);
    long org = caller.organizationId();
    var document = authorizations.documentOf(org, id).flatMap(d -> documents.find(org, d));
    model.addAttribute("nav", "authorizations");
    model.addAttribute("row", Row.of(a, today(), document.isPresent()));
    model.addAttribute("document", document.orElse(null));
    model.addAttribute("maxMegabytes", Documents.MAX_BYTES >> 20);
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "authorization/authorization";
  }

  @PostMapping("/authorizations/{id}/document")
  String attach(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    service.get(caller, id);
    PageUploads.attach(
        file,
        "Choose the file of the authorization first.",
        redirect,
        (name, in) -> {
          service.attachDocument(caller, id, name, in);
          return "Document attached.";
        });
    return "redirect:/authorizations/" + id;
  }

  @GetMapping("/authorizations/{id}/document")
  ResponseEntity<Resource> document(Caller caller, @PathVariable long id) {
    long org = caller.organizationId();
    long documentId =
        authorizations
            .documentOf(org, service.get(caller, id).id())
            .orElseThrow(() -> new NotFoundException("Authorization " + id + " has no document."));
    var content = documents.content(org, documentId);
    return content.asAttachment();
  }

  private LocalDate today() {
    return Timestamps.today(clock);
  }
}
