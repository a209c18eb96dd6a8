package com.clearmark.app.review;

import com.clearmark.app.catalog.FilterForm;
import com.clearmark.app.catalog.FilterQuery;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.screening.Rule;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ReviewController {

  private final ReviewService reviews;

  ReviewController(ReviewService reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/reviews")
  String queue(
      Caller caller, FilterForm form, @RequestParam(required = false) Integer page, Model model) {
    var filter = form.toFilter(true);
    model.addAttribute("nav", "reviews");
    model.addAttribute("filter", filter);
    model.addAttribute("rules", Rule.values());
    model.addAttribute("page", reviews.queue(caller, filter, PageRequest.of(page, 50)));
    model.addAttribute("baseUrl", "/reviews" + FilterQuery.of(filter));
    model.addAttribute("canReview", caller.can(Role.REVIEWER));
    return "review/queue";
  }

  /**
   * The review forms as typed. The service checks them: a reason is required to accept a risk or
   * dismiss a finding, which depends on the action chosen, not on one field alone.
   */
  record Decision(ReviewAction action, String reason) {}

  record Dismissal(String reason, Long listingId) {}

  record BulkDecision(List<Long> listingIds, ReviewAction action, String reason) {

    BulkDecision {
      listingIds =
          listingIds == null ? List.of() : listingIds.stream().filter(Objects::nonNull).toList();
    }
  }

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

  @PostMapping("/findings/{id}/dismiss")
  String dismiss(
      Caller caller,
      @PathVariable long id,
      @ModelAttribute Dismissal dismissal,
      RedirectAttributes redirect) {
    if (dismissal.listingId() == null) {
      throw new InvalidInputException("listingId", "name the listing the finding is on");
    }
    try {
      var listing = reviews.dismiss(caller, id, dismissal.reason());
      redirect.addFlashAttribute(
          "message",
          "Finding dismissed as a false positive; "
              + listing.sku()
              + " is now "
              + listing.decision()
              + " (score "
              + listing.score()
              + ").");
      return "redirect:/listings/" + listing.id();
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", message(e));
      return "redirect:/listings/" + dismissal.listingId();
    }
  }

  @PostMapping("/reviews/bulk")
  String bulk(Caller caller, @ModelAttribute BulkDecision bulk, RedirectAttributes redirect) {
    try {
      int n = reviews.decideAll(caller, bulk.listingIds(), bulk.action(), bulk.reason());
      redirect.addFlashAttribute(
          "message",
          n
              + (n == 1 ? " listing " : " listings ")
              + (bulk.action() == ReviewAction.ACCEPT_RISK ? "accepted." : "marked fixed."));
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", message(e));
      // The queue comes back with the same listings ticked and the reason as typed.
      redirect.addFlashAttribute("ticked", Set.copyOf(bulk.listingIds()));
      redirect.addFlashAttribute("bulkReason", bulk.reason());
    }
    return "redirect:/reviews";
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
