package com.clearmark.app.complaint;

import com.clearmark.app.catalog.Listings;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.FormErrors;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ComplaintController {

  private final ComplaintService service;
  private final Listings listings;

  ComplaintController(ComplaintService service, Listings listings) {
    this.service = service;
    this.listings = listings;
  }

  /** A complaint in the list, with its next deadline. */
  record Row(Complaint complaint, Deadline next, long daysLeft) {

    /** The first ASINs, as many as a list shows of one record. */
    public List<String> firstAsins() {
      return complaint.products().stream()
          .limit(FieldLimits.SHOWN_IN_LISTS)
          .map(Complaint.Product::asin)
          .toList();
    }

    /**
     * The first ASINs, as many as a list shows of one record: a complaint about thousands of
     * products keeps the page as short as any other.
     */
    public String shownAsins() {
      return String.join(
          ", ",
          complaint.products().stream()
              .limit(FieldLimits.SHOWN_IN_LISTS)
              .map(Complaint.Product::asin)
              .toList());
    }

    /** How many ASINs the list leaves to the complaint's own page. */
    public int moreAsins() {
      return Math.max(0, complaint.products().size() - FieldLimits.SHOWN_IN_LISTS);
    }
  }

  /** Complaints a page of the list shows; the others are on the next pages. */
  static final int PAGE_SIZE = 50;

  @GetMapping("/complaints")
  String list(Caller caller, @RequestParam(required = false) Integer page, Model model) {
    return listPage(caller, page, NotificationPaste.blank(), ComplaintEntry.blank(), model);
  }

  /** The list with both forms, as given: blank, or as typed when they were refused. */
  private String listPage(
      Caller caller, Integer page, NotificationPaste pasted, ComplaintEntry entry, Model model) {
    LocalDate today = service.today();
    List<Complaint> all = service.all(caller);
    List<Row> rows =
        all.stream()
            .map(
                c -> {
                  var next =
                      service.deadlinesOf(c).stream()
                          .filter(d -> !d.overdue(today))
                          .min(Comparator.comparing(Deadline::due))
                          .orElse(null);
                  return new Row(c, next, next == null ? 0 : next.daysLeft(today));
                })
            // What needs doing first: open complaints by their next deadline, then the newest.
            .sorted(
                Comparator.comparing((Row r) -> r.next() == null)
                    .thenComparing(r -> r.next() == null ? LocalDate.MAX : r.next().due())
                    .thenComparing(
                        r ->
                            r.complaint().noticeDate() == null
                                ? LocalDate.MIN
                                : r.complaint().noticeDate(),
                        Comparator.reverseOrder()))
            .toList();
    model.addAttribute("nav", "complaints");
    var request = new PageRequest(page == null ? 0 : page, PAGE_SIZE);
    int from = (int) Math.min(rows.size(), request.offset());
    model.addAttribute(
        "rows",
        new PageOf<>(
            rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)),
            request.page(),
            PAGE_SIZE,
            rows.size()));
    model.addAttribute(
        "asins",
        listings.byAsin(
            caller.organizationId(),
            rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)).stream()
                .flatMap(r -> r.firstAsins().stream())
                .toList()));
    var standing = service.standing(all);
    model.addAttribute("health", standing.health());
    model.addAttribute("riskTrend", standing.riskTrend());
    model.addAttribute("types", TYPES);
    model.addAttribute("canRecord", caller.can(Role.REVIEWER));
    model.addAttribute("pasted", pasted);
    model.addAttribute("entry", entry);
    return "complaint/complaints";
  }

  /** The infringement types as the form's choices: name to label. */
  static final Map<String, String> TYPES = types();

  private static Map<String, String> types() {
    var out = new LinkedHashMap<String, String>();
    for (ComplaintType t : ComplaintType.values()) {
      out.put(t.name(), t.label());
    }
    return Collections.unmodifiableMap(out);
  }

  @PostMapping("/complaints/paste")
  String paste(
      Caller caller,
      @Valid @ModelAttribute("pasted") NotificationPaste pasted,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    NotificationPaste shown = pasted;
    Map<String, String> errors = new LinkedHashMap<>();
    if (!binding.hasErrors()) {
      try {
        var c = service.recordFromText(caller, pasted);
        redirect.addFlashAttribute(
            "message",
            "Complaint "
                + c.reference()
                + " recorded from the notification."
                + (c.missing().isEmpty()
                    ? ""
                    : " It does not give the "
                        + String.join(", ", c.missing())
                        + ": add them with Edit when you have them."));
        return "redirect:/complaints/" + c.id();
      } catch (IncompleteNotificationException e) {
        shown = e.read();
        errors.putAll(e.fields());
        model.addAttribute("error", e.getMessage());
      } catch (DuplicateComplaintException e) {
        shown = service.read(pasted);
        errors.put("reference", "this complaint ID is already recorded");
        model.addAttribute("duplicate", e.existing());
      } catch (InvalidInputException e) {
        errors.putAll(e.fields());
      }
    }
    if (shown != pasted) {
      // The form shows what was read from the text, so it is bound anew to those values.
      var binder = new DataBinder(shown, "pasted");
      binder.initDirectFieldAccess();
      model.addAttribute("pasted", shown);
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "pasted", binder.getBindingResult());
      binding = binder.getBindingResult();
    }
    FormErrors.reject(binding, errors);
    if (!model.containsAttribute("error")) {
      model.addAttribute("error", "Nothing was recorded: correct the fields marked below.");
    }
    return listPage(caller, null, shown, ComplaintEntry.blank(), model);
  }

  @PostMapping("/complaints/import")
  String importCsv(
      Caller caller,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    try {
      if (file == null) {
        throw new InvalidInputException("file", "choose a CSV file of complaints");
      }
      var imported =
          service.importCsv(caller, file.getOriginalFilename(), ComplaintService.text(file));
      redirect.addFlashAttribute(
          "message",
          imported.recorded()
              + (imported.recorded() == 1 ? " complaint" : " complaints")
              + " recorded from "
              + file.getOriginalFilename()
              + "."
              + (imported.alreadyRecorded().isEmpty()
                  ? ""
                  : " Already recorded, skipped: "
                      + String.join(", ", imported.alreadyRecorded())
                      + "."));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      if (!e.fields().keySet().equals(Set.of("file"))) {
        List<String> lines =
            e.fields().entrySet().stream().map(f -> f.getKey() + ": " + f.getValue()).toList();
        redirect.addFlashAttribute("importErrors", lines.subList(0, Math.min(lines.size(), 50)));
        redirect.addFlashAttribute("importErrorsMore", Math.max(0, lines.size() - 50));
      }
    }
    return "redirect:/complaints";
  }

  @PostMapping("/complaints")
  String record(
      Caller caller,
      @Valid @ModelAttribute("entry") ComplaintEntry entry,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    caller.require(Role.REVIEWER);
    if (binding.hasErrors()) {
      FormErrors.reject(binding, entry.problems(service.today()));
    } else {
      try {
        var c = service.record(caller, entry.toForm());
        redirect.addFlashAttribute("message", "Complaint " + c.reference() + " recorded.");
        return "redirect:/complaints/" + c.id();
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e.fields());
      } catch (DuplicateComplaintException e) {
        FormErrors.reject(binding, Map.of("reference", "this complaint ID is already recorded"));
        model.addAttribute("duplicate", e.existing());
      }
    }
    model.addAttribute("error", "The complaint was not recorded: correct the fields marked below.");
    return listPage(caller, null, NotificationPaste.blank(), entry, model);
  }
}
