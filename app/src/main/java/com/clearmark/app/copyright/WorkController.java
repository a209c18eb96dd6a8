package com.clearmark.app.copyright;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.DeleteConfirmation;
import com.clearmark.app.web.FormErrors;
import com.clearmark.app.web.PageUploads;
import com.clearmark.engine.copyright.WorkKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The works pages (the register, a work, its form) and the images of a listing. */
@Controller
class WorkController {

  private final WorkService service;
  private final Map<String, String> kinds;

  WorkController(WorkService service, MessageSource messages) {
    this.service = service;
    var out = new LinkedHashMap<String, String>();
    for (WorkKind k : WorkKind.values()) {
      out.put(k.name(), messages.getMessage("work.kind." + k.name(), null, Locale.ENGLISH));
    }
    this.kinds = Collections.unmodifiableMap(out);
  }

  @GetMapping("/works")
  String list(Caller caller, Model model) {
    model.addAttribute("nav", "works");
    model.addAttribute("works", service.all(caller));
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    return "copyright/works";
  }

  @GetMapping("/works/new")
  String newWork(Caller caller, Model model) {
    caller.require(Role.ADMIN);
    model.addAttribute("form", WorkEntry.blank());
    return form(model);
  }

  @PostMapping("/works")
  String add(
      Caller caller,
      @ModelAttribute("form") WorkEntry entry,
      BindingResult binding,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    try {
      var form = entry.toForm();
      ImageUpload image = chosen(file) ? read(file) : null;
      if (image == null && form.kind() != null && form.kind() != WorkKind.TEXT) {
        throw new InvalidInputException("file", "choose the image file of the work");
      }
      var work = service.add(caller, form, image);
      redirect.addFlashAttribute(
          "message", "\"" + work.title() + "\" registered; listings are screened against it.");
      return "redirect:/works/" + work.id();
    } catch (InvalidInputException e) {
      if (e.fields().containsKey("file")) {
        model.addAttribute("fileError", e.fields().get("file"));
      }
      FormErrors.reject(binding, without(e.fields(), "file"));
      return form(model);
    }
  }

  @GetMapping("/works/{id}")
  String detail(Caller caller, @PathVariable long id, Model model) {
    var work = service.get(caller, id);
    model.addAttribute("nav", "works");
    model.addAttribute("work", work);
    model.addAttribute("kindLabel", kinds.get(work.kind().name()));
    model.addAttribute("canEdit", caller.can(Role.ADMIN));
    model.addAttribute("maxMegabytes", ImageUpload.MAX_BYTES >> 20);
    return "copyright/work";
  }

  @GetMapping("/works/{id}/image")
  ResponseEntity<Resource> image(Caller caller, @PathVariable long id) {
    return service.image(caller, id);
  }

  @GetMapping("/works/{id}/edit")
  String edit(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.ADMIN);
    var work = service.get(caller, id);
    model.addAttribute("form", WorkEntry.of(work));
    model.addAttribute("revision", work.revision());
    return editForm(work, model);
  }

  @PostMapping("/works/{id}")
  String correct(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute("form") WorkEntry entry,
      BindingResult binding,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var before = service.get(caller, id);
    model.addAttribute("revision", revision);
    try {
      var work = service.correct(caller, id, revision, entry.toForm());
      redirect.addFlashAttribute("message", "\"" + work.title() + "\" corrected.");
      return "redirect:/works/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e.fields());
    } catch (ConflictException e) {
      model.addAttribute("error", e.getMessage());
    }
    return editForm(before, model);
  }

  @PostMapping("/works/{id}/image")
  String replaceImage(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var work = service.get(caller, id);
    PageUploads.attach(
        file,
        "Choose the image file first.",
        redirect,
        (name, in) -> {
          service.replaceImage(caller, id, work.revision(), ImageUpload.read("file", name, in));
          return "Image of \"" + work.title() + "\" stored; listings are screened against it.";
        });
    return "redirect:/works/" + id;
  }

  /**
   * Deletes a work registered by mistake; without {@code confirm=yes} (no JavaScript to run the
   * button's own confirmation) it asks first on a page of its own.
   */
  @PostMapping("/works/{id}/delete")
  String delete(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      @RequestParam(required = false) Long revision,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.ADMIN);
    var work = service.get(caller, id);
    if (!"yes".equals(confirm)) {
      model.addAttribute("nav", "works");
      return new DeleteConfirmation(
              "Delete the work \"" + work.title() + "\"?",
              "Listings are no longer compared with it and its findings go at the next screening;"
                  + " the audit log keeps a line saying it was deleted.",
              "/works/" + id + "/delete",
              revision == null ? work.revision() : revision,
              "/works/" + id)
          .askOn(model);
    }
    try {
      service.delete(caller, id, revision);
      redirect.addFlashAttribute("message", "\"" + work.title() + "\" deleted.");
      return "redirect:/works";
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/works/" + id;
    }
  }

  // ---------------------------------------------------------------- listing images

  @GetMapping("/listings/{id}/images")
  String listingImages(
      Caller caller,
      @PathVariable long id,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("nav", "listings");
    model.addAttribute("listing", service.listing(caller, id));
    model.addAttribute("images", service.listingImages(caller, id));
    model.addAttribute("canUpload", caller.can(Role.REVIEWER));
    model.addAttribute("maxMegabytes", ImageUpload.MAX_BYTES >> 20);
    model.addAttribute("mostImages", FieldLimits.IMAGES_PER_LISTING);
    return htmx != null ? "copyright/listing-images :: images" : "copyright/listing-images";
  }

  @PostMapping("/listings/{id}/images")
  String addListingImage(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    service.listing(caller, id);
    PageUploads.attach(
        file,
        "Choose the image file first.",
        redirect,
        (name, in) -> {
          var added = service.addListingImage(caller, id, ImageUpload.read("file", name, in));
          return "Image "
              + added.position()
              + " added; the listing is screened again against your works.";
        });
    return "redirect:/listings/" + id + "/images";
  }

  @GetMapping("/listings/{id}/images/{position}")
  ResponseEntity<Resource> listingImage(
      Caller caller, @PathVariable long id, @PathVariable int position) {
    return service.listingImageFile(caller, id, position);
  }

  @PostMapping("/listings/{id}/images/{position}/delete")
  String removeListingImage(
      Caller caller,
      @PathVariable long id,
      @PathVariable int position,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    var removed = service.removeListingImage(caller, id, position);
    redirect.addFlashAttribute(
        "message", "Image " + position + " (" + removed.image().originalName() + ") removed.");
    return "redirect:/listings/" + id + "/images";
  }

  // ---------------------------------------------------------------- helpers

  private String form(Model model) {
    model.addAttribute("nav", "works");
    model.addAttribute("kinds", kinds);
    model.addAttribute("maxMegabytes", ImageUpload.MAX_BYTES >> 20);
    return "copyright/form";
  }

  private String editForm(RegisteredWork work, Model model) {
    model.addAttribute("editing", work);
    model.addAttribute("formAction", "/works/" + work.id());
    return form(model);
  }

  private static boolean chosen(MultipartFile file) {
    return file != null
        && file.getOriginalFilename() != null
        && !file.getOriginalFilename().isBlank();
  }

  private static ImageUpload read(MultipartFile file) {
    try (var in = file.getInputStream()) {
      return ImageUpload.read("file", file.getOriginalFilename(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> without(Map<String, String> fields, String field) {
    var out = new LinkedHashMap<>(fields);
    out.remove(field);
    return out;
  }
}
