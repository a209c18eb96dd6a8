package com.clearmark.app.review;

import com.clearmark.app.catalog.FilterForm;
import com.clearmark.app.catalog.FilterQuery;
import com.clearmark.app.catalog.ListingSummary;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.CsvCells;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.screening.Rule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue and the reviewers' forms. Destructive actions (dismissing a finding, one
 * decision for many listings) are confirmed first: in the browser by htmx's confirm dialog, which
 * sends {@code confirmed=true}; without JavaScript by a confirmation page that does.
 */
@Controller
class ReviewController {

  private static final int PAGE_SIZE = 50;

  private final ReviewService reviews;
  private final MessageSource messages;

  ReviewController(ReviewService reviews, MessageSource messages) {
    this.reviews = reviews;
    this.messages = messages;
  }

  @GetMapping("/reviews")
  String queue(
      Caller caller,
      FilterForm form,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    showQueue(caller, form.toFilter(true), Listings.Sort.of(sort, dir), page, model);
    return "review/queue";
  }

  private void showQueue(
      Caller caller, Listings.Filter filter, Listings.Sort sort, Integer page, Model model) {
    model.addAttribute("nav", "reviews");
    model.addAttribute("filter", filter);
    model.addAttribute("sort", sort);
    model.addAttribute("rules", Rule.values());
    model.addAttribute("page", reviews.rows(caller, filter, PageRequest.of(page, PAGE_SIZE), sort));
    model.addAttribute("filterFields", FilterQuery.fields(filter));
    model.addAttribute("sortBase", "/reviews" + FilterQuery.of(filter));
    model.addAttribute("baseUrl", "/reviews" + FilterQuery.of(filter, sort));
    model.addAttribute(
        "exportUrl", "/reviews/export.csv" + FilterQuery.of(filter, sort).replaceAll("[?&]$", ""));
    model.addAttribute("canReview", caller.can(Role.REVIEWER));
  }

  /** The queue as filtered and sorted on the page, every page of it, for a spreadsheet. */
  @GetMapping("/reviews/export.csv")
  ResponseEntity<String> export(
      Caller caller,
      FilterForm form,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    var filter = form.toFilter(true);
    var order = Listings.Sort.of(sort, dir);
    var csv =
        new StringBuilder(
            CsvCells.row(
                "sku",
                "asin",
                "title",
                "brand",
                "decision",
                "score",
                "review",
                "rule",
                "mark",
                "severity",
                "field",
                "evidence",
                "further findings",
                "version",
                "updated"));
    int n = 0;
    PageOf<ReviewService.QueueRow> chunk;
    do {
      chunk = reviews.rows(caller, filter, new PageRequest(n++, 500), order);
      for (var row : chunk.items()) {
        var l = row.listing();
        var top = row.top();
        var f = top == null ? null : top.finding();
        csv.append(
            CsvCells.row(
                l.sku(),
                l.asin(),
                l.title(),
                l.brand(),
                label("decision.", l.decision()),
                l.score(),
                label("review.status.", l.reviewStatus().name()),
                f == null ? "" : label("rule.", f.rule().name()),
                f == null ? "" : f.mark(),
                f == null ? "" : label("severity.", f.severity().name()),
                f == null ? "" : f.field(),
                f == null ? "" : top.before() + f.evidence() + top.after(),
                top == null ? 0 : top.others(),
                l.version(),
                l.updatedAt()));
      }
    } while (chunk.hasNext());
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"review-queue.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString());
  }

  /**
   * The review forms as typed. The service checks them: a reason is required to accept a risk or
   * dismiss a finding, which depends on the action chosen, not on one field alone.
   */
  record Decision(ReviewAction action, String reason) {}

  record Dismissal(String reason, Long listingId, Boolean confirmed) {

    boolean isConfirmed() {
      return Boolean.TRUE.equals(confirmed);
    }
  }

  record Note(String reason, Long listingId) {}

  record BulkDecision(
      List<Long> listingIds,
      ReviewAction action,
      String reason,
      Boolean confirmed,
      String sort,
      String dir) {

    boolean isConfirmed() {
      return Boolean.TRUE.equals(confirmed);
    }

    BulkDecision {
      listingIds =
          listingIds == null ? List.of() : listingIds.stream().filter(Objects::nonNull).toList();
    }
  }

  /**
   * What a confirmation page asks and the form it sends on: the fields of the form first shown,
   * with {@code confirmed=true}.
   */
  record Confirmation(
      String question,
      String detail,
      String action,
      List<Map.Entry<String, String>> fields,
      String button,
      String cancelUrl) {}

  @PostMapping("/listings/{id}/review")
  String decide(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute Decision decision,
      RedirectAttributes redirect) {
    try {
      var listing = reviews.decide(caller, id, decision.action(), decision.reason());
      redirect.addFlashAttribute(
          "message",
          decision.action() == ReviewAction.ACCEPT_RISK
              ? "Risk accepted for " + listing.sku() + "; the decision is in the audit log."
              : listing.sku() + " marked fixed; its next version will be screened again.");
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", message(e));
    }
    return "redirect:/listings/" + id;
  }

  @PostMapping("/listings/{id}/reopen")
  String reopen(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute Note note,
      RedirectAttributes redirect) {
    try {
      var listing = reviews.reopen(caller, id, note.reason());
      redirect.addFlashAttribute(
          "message", listing.sku() + " is open for review again; the change is in the audit log.");
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", message(e));
    }
    return "redirect:/listings/" + id;
  }

  @PostMapping("/findings/{id}/dismiss")
  String dismiss(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute Dismissal dismissal,
      Model model,
      RedirectAttributes redirect) {
    if (dismissal.listingId() == null) {
      throw new InvalidInputException("listingId", "name the listing the finding is on");
    }
    if (!dismissal.isConfirmed()) {
      try {
        reviews.checkDismissal(caller, id, dismissal.reason());
      } catch (InvalidInputException e) {
        redirect.addFlashAttribute("error", message(e));
        return "redirect:/listings/" + dismissal.listingId();
      }
      return confirm(
          model,
          new Confirmation(
              "Dismiss this finding?",
              "It stops counting for this listing, now and in every later screening, and the"
                  + " listing is scored again without it. You can restore it afterwards.",
              "/findings/" + id + "/dismiss",
              List.of(
                  Map.entry("listingId", dismissal.listingId().toString()),
                  Map.entry("reason", dismissal.reason() == null ? "" : dismissal.reason())),
              "Dismiss",
              "/listings/" + dismissal.listingId()));
    }
    try {
      var listing = reviews.dismiss(caller, id, dismissal.reason());
      redirect.addFlashAttribute(
          "message",
          "Finding dismissed as a false positive; "
              + listing.sku()
              + " is now "
              + verdict(listing)
              + ". Restore it from the findings if this was a mistake.");
      return "redirect:/listings/" + listing.id();
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", message(e));
      return "redirect:/listings/" + dismissal.listingId();
    }
  }

  @PostMapping("/findings/{id}/restore")
  String restore(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute Note note,
      RedirectAttributes redirect) {
    if (note.listingId() == null) {
      throw new InvalidInputException("listingId", "name the listing the finding is on");
    }
    try {
      var listing = reviews.restore(caller, id, note.reason());
      redirect.addFlashAttribute(
          "message",
          "Finding restored; it counts again and "
              + listing.sku()
              + " is now "
              + verdict(listing)
              + ".");
      return "redirect:/listings/" + listing.id();
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", message(e));
      return "redirect:/listings/" + note.listingId();
    }
  }

  @PostMapping("/reviews/bulk")
  String bulk(
      Caller caller,
      @ModelAttribute BulkDecision bulk,
      FilterForm form,
      Model model,
      RedirectAttributes redirect) {
    var filter = form.toFilter(true);
    var sort = Listings.Sort.of(bulk.sort(), bulk.dir());
    String back = "/reviews" + FilterQuery.of(filter, sort).replaceAll("[?&]$", "");
    try {
      reviews.checkBulk(bulk.listingIds(), bulk.action(), bulk.reason());
      if (!bulk.isConfirmed()) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        bulk.listingIds().forEach(i -> fields.add(Map.entry("listingIds", i.toString())));
        fields.add(Map.entry("action", bulk.action().name()));
        fields.add(Map.entry("reason", bulk.reason() == null ? "" : bulk.reason()));
        FilterQuery.fields(filter).forEach((k, v) -> fields.add(Map.entry(k, v)));
        if (!sort.equals(Listings.Sort.DEFAULT)) {
          fields.add(Map.entry("sort", sort.column().param()));
          fields.add(Map.entry("dir", sort.dir()));
        }
        int n = bulk.listingIds().size();
        return confirm(
            model,
            new Confirmation(
                (bulk.action() == ReviewAction.ACCEPT_RISK ? "Accept the risk of " : "Mark ")
                    + n
                    + (n == 1 ? " listing" : " listings")
                    + (bulk.action() == ReviewAction.ACCEPT_RISK ? "?" : " fixed?"),
                "Each decision is recorded in the audit log; a listing can be reopened afterwards.",
                "/reviews/bulk",
                fields,
                bulk.action() == ReviewAction.ACCEPT_RISK ? "Accept risk" : "Mark fixed",
                back));
      }
      int n = reviews.decideAll(caller, bulk.listingIds(), bulk.action(), bulk.reason());
      redirect.addFlashAttribute(
          "message",
          n
              + (n == 1 ? " listing " : " listings ")
              + (bulk.action() == ReviewAction.ACCEPT_RISK ? "accepted." : "marked fixed."));
      return "redirect:" + back;
    } catch (InvalidInputException | ConflictException e) {
      // The queue comes back as it was, with the same listings ticked and the reason as typed.
      model.addAttribute("error", message(e));
      model.addAttribute("ticked", Set.copyOf(bulk.listingIds()));
      model.addAttribute("bulkReason", bulk.reason());
      showQueue(caller, filter, sort, null, model);
      return "review/queue";
    }
  }

  private static String confirm(Model model, Confirmation confirmation) {
    model.addAttribute("nav", "reviews");
    model.addAttribute("confirmation", confirmation);
    return "review/confirm";
  }

  private String verdict(ListingSummary listing) {
    return label("decision.", listing.decision()) + " (score " + listing.score() + ")";
  }

  private String label(String prefix, String code) {
    return code == null ? "" : messages.getMessage(prefix + code, null, code, Locale.ENGLISH);
  }

  private static String message(RuntimeException e) {
    if (e instanceof InvalidInputException i && !i.fields().isEmpty()) {
      var sb = new StringBuilder();
      i.fields()
          .forEach(
              (f, m) -> sb.append(sb.length() == 0 ? "" : " ").append(capitalize(m)).append('.'));
      return sb.toString();
    }
    return e.getMessage();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
