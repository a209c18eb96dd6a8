package com.clearmark.app.catalog;

import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.CsvCells;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import com.clearmark.engine.screening.Rule;
import java.nio.charset.StandardCharsets;
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
  private final ListingFixes fixes;

  ListingController(Listings listings, ListingQueries queries, AuditLog audit, ListingFixes fixes) {
    this.listings = listings;
    this.queries = queries;
    this.audit = audit;
    this.fixes = fixes;
  }

  @GetMapping("/listings")
  String list(
      Caller caller, FilterForm form, @RequestParam(required = false) Integer page, Model model) {
    var filter = form.toFilter(false);
    model.addAttribute("nav", "listings");
    model.addAttribute("filter", filter);
    model.addAttribute("rules", Rule.values());
    model.addAttribute(
        "page", listings.page(caller.organizationId(), filter, PageRequest.of(page, 50)));
    model.addAttribute("baseUrl", "/listings" + FilterQuery.of(filter));
    return "catalog/listings";
  }

  /** The filtered list as CSV, for a spreadsheet; cells are safe to open in one. */
  @GetMapping("/listings/export.csv")
  ResponseEntity<String> export(Caller caller, FilterForm form) {
    var filter = form.toFilter(false);
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
                "updated"));
    int page = 0;
    PageOf<ListingSummary> chunk;
    do {
      chunk = listings.page(caller.organizationId(), filter, new PageRequest(page++, 500));
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
                l.updatedAt()));
      }
    } while (chunk.hasNext());
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"listings.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString());
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
    model.addAttribute("current", detail.version().version() == detail.listing().version());
    model.addAttribute("canReview", caller.can(Role.REVIEWER));
    model.addAttribute("suggestions", fixes.suggestions(caller, detail));
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
