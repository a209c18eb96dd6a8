package com.clearmark.app.catalog;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Edit;
import com.clearmark.engine.screening.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The suggested corrections of a listing's findings, for a client that fixes listings itself. */
@ApiController
@Tag(name = "Listings", description = "The catalogue: listings, their versions and findings")
class ListingFixApi {

  private final ListingFixes fixes;
  private final ListingQueries queries;

  ListingFixApi(ListingFixes fixes, ListingQueries queries) {
    this.fixes = fixes;
    this.queries = queries;
  }

  @Schema(
      description =
          "The correction Clearmark suggests for one open finding of the current version. Edits"
              + " replace the characters [start, end) of a field's text; after holds each changed"
              + " field's text with the edits made. An empty edits list is advice the seller acts"
              + " on by hand. Save a correction with PUT /api/v1/listings.")
  record SuggestionView(
      long findingId, String rule, String summary, List<Edit> edits, Map<String, String> after) {}

  @GetMapping("/api/v1/listings/{id}/suggestions")
  @Operation(summary = "The suggested correction of each open finding of the current version")
  List<SuggestionView> suggestions(Caller caller, @PathVariable long id) {
    var detail = queries.detail(caller, id, null);
    Listing listing = detail.version().toListing(detail.listing().sku(), detail.listing().asin());
    Map<Long, Suggestion> byFinding = fixes.suggestions(caller, detail);
    List<SuggestionView> out = new ArrayList<>();
    for (var f : detail.findings()) {
      Suggestion s = byFinding.get(f.id());
      if (s == null) {
        continue;
      }
      Map<String, String> after = new LinkedHashMap<>();
      for (Edit e : s.edits()) {
        after.computeIfAbsent(e.field(), field -> s.textAfter(listing, field));
      }
      out.add(new SuggestionView(f.id(), f.rule().name(), s.summary(), s.edits(), after));
    }
    return out;
  }
}
