package com.clearmark.app.catalog;

import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.CsvCells;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Suggestion;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ListingController {

  private final Listings listings;
  private final ListingQueries queries;
  private final AuditLog audit;
  private final MessageSource messages;
  private final ListingFixes fixes;

  ListingController(
      Listings listings,
      ListingQueries queries,
      AuditLog audit,
      MessageSource messages,
      ListingFixes fixes) {
    this.listings = listings;
    this.queries = queries;
    this.audit = audit;
    this.messages = messages;
    this.fixes = fixes;
  }

  @GetMapping("/listings")
  String list(
      Caller caller,
      FilterForm form,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    var filter = form.toFilter(false);
    var order = Listings.Sort.of(sort, dir);
    model.addAttribute("nav", "listings");
    model.addAttribute("filter", filter);
    model.addAttribute("sort", order);
    model.addAttribute("rules", Rule.values());
    model.addAttribute(
        "page", listings.page(caller.organizationId(), filter, PageRequest.of(page, 50), order));
    model.addAttribute("sortBase", "/listings" + FilterQuery.of(filter));
    model.addAttribute("baseUrl", "/listings" + FilterQuery.of(filter, order));
    model.addAttribute(
        "exportUrl",
        "/listings/export.csv" + FilterQuery.of(filter, order).replaceAll("[?&]$", ""));
    return "catalog/listings";
  }

  /**
   * The filtered list as CSV, for a spreadsheet; cells are safe to open in one. One row per
   * listing, so the rows are the listings the page counts: the findings that count on the current
   * version share one cell, each as "rule label: mark in field: evidence", most severe first,
   * separated by " | ".
   */
  @GetMapping("/listings/export.csv")
  ResponseEntity<String> export(
      Caller caller,
      FilterForm form,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    var filter = form.toFilter(false);
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
                "version",
                "updated",
                "findings"));
    int page = 0;
    PageOf<ListingSummary> chunk;
    do {
      chunk = listings.page(caller.organizationId(), filter, new PageRequest(page++, 500), order);
      var findings =
          listings.currentFindings(
              caller.organizationId(), chunk.items().stream().map(ListingSummary::id).toList());
      for (ListingSummary l : chunk.items()) {
        csv.append(
            CsvCells.row(
                l.sku(),
                l.asin(),
                l.title(),
                l.brand(),
                l.decision(),
                l.score(),
                l.reviewStatus(),
                l.version(),
                l.updatedAt(),
                findingsCell(findings.getOrDefault(l.id(), List.of()))));
      }
    } while (chunk.hasNext());
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"listings.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString());
  }

  private String findingsCell(List<ListingFinding> findings) {
    return findings.stream()
        .filter(f -> !f.dismissed())
        .sorted(Comparator.comparing(ListingFinding::severity).reversed())
        .map(
            f ->
                messages.getMessage(
                        "rule." + f.rule().name(), null, f.rule().name(), Locale.ENGLISH)
                    + ": "
                    + (f.mark().isEmpty() ? "" : f.mark() + " ")
                    + "in "
                    + f.field()
                    + ": "
                    + f.evidence())
        .collect(Collectors.joining(" | "));
  }

  @GetMapping("/listings/{id}")
  String detail(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      Model model) {
    var detail = queries.detail(caller, id, version);
    model.addAttribute("nav", "listings");
    model.addAttribute("detail", detail);
    model.addAttribute("listing", detail.listing());
    model.addAttribute("version", detail.version());
    model.addAttribute("findings", detail.findings());
    model.addAttribute("fields", EvidenceText.fields(detail.version(), detail.findings()));
    model.addAttribute(
        "fieldLabels",
        detail.findings().stream()
            .map(ListingFinding::field)
            .distinct()
            .collect(Collectors.toMap(f -> f, EvidenceText::label)));
    model.addAttribute("current", detail.version().version() == detail.listing().version());
    model.addAttribute("canReview", caller.can(Role.REVIEWER));
    var suggestions = fixes.suggestions(caller, detail);
    model.addAttribute("suggestions", suggestions);
    model.addAttribute(
        "anyTextFix", suggestions.values().stream().anyMatch(Suggestion::changesText));
    model.addAttribute(
        "history",
        audit.list(caller.organizationId(), null, "LISTING", id, new PageRequest(0, 20)).items());
    return "catalog/listing";
  }

  @GetMapping("/listings/{id}/diff")
  String diff(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    var diff = queries.diff(caller, id, from, to);
    model.addAttribute("nav", "listings");
    model.addAttribute("listing", listings.find(caller.organizationId(), id).orElseThrow());
    model.addAttribute("diff", diff);
    return "catalog/diff";
  }
}
