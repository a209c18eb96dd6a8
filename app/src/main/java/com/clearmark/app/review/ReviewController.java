package com.clearmark.app.review;

import com.clearmark.app.catalog.FilterForm;
import com.clearmark.app.catalog.FilterQuery;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.PageRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    model.addAttribute("rules", com.clearmark.engine.screening.Rule.values());
    model.addAttribute("page", reviews.queue(caller, filter, PageRequest.of(page, 50)));
    model.addAttribute("baseUrl", "/reviews" + FilterQuery.of(filter));
    model.addAttribute("canReview", caller.can(com.clearmark.app.shared.Role.REVIEWER));
    return "review/queue";
  }

  @PostMapping("/listings/{id}/review")
  String decide(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) ReviewAction action,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    try {
      var listing = reviews.decide(caller, id, action, reason);
      redirect.addFlashAttribute(
          "message",
          action == ReviewAction.ACCEPT_RISK
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
      @RequestParam(required = false) String reason,
      @RequestParam long listingId,
      RedirectAttributes redirect) {
    try {
      var listing = reviews.dismiss(caller, id, reason);
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
      return "redirect:/listings/" + listingId;
    }
  }

  @PostMapping("/reviews/bulk")
  String bulk(
      Caller caller,
      @RequestParam(name = "listingIds", required = false) List<Long> listingIds,
      @RequestParam(required = false) ReviewAction action,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    try {
      int n = reviews.decideAll(caller, listingIds, action, reason);
      redirect.addFlashAttribute(
          "message",
          n
              + (n == 1 ? " listing " : " listings ")
              + (action == ReviewAction.ACCEPT_RISK ? "accepted." : "marked fixed."));
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("error", message(e));
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
