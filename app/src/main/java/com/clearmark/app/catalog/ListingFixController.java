package com.clearmark.app.catalog;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.FormErrors;
import com.clearmark.engine.io.FlatFileWriter;
import com.clearmark.engine.listing.Listing;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fix a listing in place: preview the suggested correction of a finding (or of all of them), edit
 * it, save it as the next version screened at once, and download corrected listings in the category
 * flat-file layout that Seller Central uploads.
 */
@Controller
class ListingFixController {

  /** At most this many corrected listings in one download; a flat file of more is split. */
  static final int MAX_DOWNLOAD = 10_000;

  private final ListingFixes fixes;
  private final MessageSource messages;

  ListingFixController(ListingFixes fixes, MessageSource messages) {
    this.fixes = fixes;
    this.messages = messages;
  }

  private String label(String key) {
    return messages.getMessage(key, null, key.substring(key.indexOf('.') + 1), Locale.ENGLISH);
  }

  @GetMapping("/listings/{id}/findings/{findingId}/fix")
  String fixOne(Caller caller, @PathVariable long id, @PathVariable long findingId, Model model) {
    return preview(caller, id, findingId, model);
  }

  @GetMapping("/listings/{id}/fix")
  String fixAll(Caller caller, @PathVariable long id, Model model) {
    return preview(caller, id, null, model);
  }

  @GetMapping("/listings/{id}/edit")
  String edit(Caller caller, @PathVariable long id, Model model) {
    caller.require(Role.REVIEWER);
    var proposal = fixes.asIs(caller, id);
    model.addAttribute("proposal", proposal);
    model.addAttribute("plainEdit", true);
    model.addAttribute(
        "edit", ListingEdit.of(proposal.current(), null, proposal.current().version()));
    return page(model);
  }

  private String preview(Caller caller, long id, Long findingId, Model model) {
    caller.require(Role.REVIEWER);
    var proposal = fixes.propose(caller, id, findingId);
    model.addAttribute("proposal", proposal);
    model.addAttribute("plainEdit", false);
    model.addAttribute(
        "edit", ListingEdit.of(proposal.corrected(), findingId, proposal.current().version()));
    return page(model);
  }

  private static String page(Model model) {
    model.addAttribute("nav", "listings");
    return "catalog/fix";
  }

  @PostMapping("/listings/{id}/edit")
  String save(
      Caller caller,
      @PathVariable long id,
      @Valid @ModelAttribute("edit") ListingEdit edit,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!binding.hasErrors()) {
      try {
        var saved = fixes.save(caller, id, edit);
        if (!saved.changed()) {
          redirect.addFlashAttribute(
              "message", "Nothing changed in the text, so no new version was saved.");
        } else {
          redirect.addFlashAttribute(
              "message",
              "Saved version "
                  + saved.version()
                  + " and screened it: "
                  + label("decision." + saved.outcome().decision().name())
                  + " (score "
                  + saved.outcome().score()
                  + ").");
          redirect.addFlashAttribute("correctedVersion", saved.version());
        }
        return "redirect:/listings/" + id;
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
        if (e.fields().isEmpty()) {
          model.addAttribute("error", e.getMessage());
        }
      } catch (ConflictException e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    model.addAttribute("proposal", fixes.asIs(caller, id));
    model.addAttribute("plainEdit", true);
    if (model.getAttribute("error") == null) {
      model.addAttribute("error", "The listing was not saved: correct the fields marked below.");
    }
    return page(model);
  }

  /** One listing's current version as a flat file, to upload to Seller Central. */
  @GetMapping("/listings/{id}/flat-file.txt")
  ResponseEntity<String> flatFile(Caller caller, @PathVariable long id) {
    var listings = fixes.correctedForUpload(caller, Optional.of(id), 1);
    String sku = listings.isEmpty() ? "listing" : listings.get(0).sku();
    return download(listings, "clearmark-" + safeName(sku) + ".txt");
  }

  /** Every listing whose current version was corrected in Clearmark, as one flat file. */
  @GetMapping("/listings/corrected/flat-file.txt")
  ResponseEntity<String> corrected(Caller caller) {
    return download(
        fixes.correctedForUpload(caller, Optional.empty(), MAX_DOWNLOAD),
        "clearmark-corrected-listings.txt");
  }

  private static ResponseEntity<String> download(List<Listing> listings, String name) {
    var out = new StringWriter();
    try {
      FlatFileWriter.write(listings, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .contentType(new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8))
        .body(out.toString());
  }

  /** A SKU as part of a file name: letters, digits, dot, dash and underscore only. */
  static String safeName(String sku) {
    String s = sku.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }
}
