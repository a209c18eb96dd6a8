package com.clearmark.app.catalog;

import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.ApiController;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@Tag(name = "Listings", description = "The catalogue: listings, their versions and findings")
class ListingApi {

  private final Listings listings;
  private final ListingQueries queries;
  private final CatalogService catalog;

  ListingApi(Listings listings, ListingQueries queries, CatalogService catalog) {
    this.listings = listings;
    this.queries = queries;
    this.catalog = catalog;
  }

  /** A listing version with its findings. */
  record VersionView(
      int version,
      String title,
      String brand,
      List<String> bulletPoints,
      String description,
      String searchTerms,
      BigDecimal price,
      String currency,
      String category,
      String marketplace,
      String decision,
      int score,
      long registryVersion,
      Instant createdAt,
      Instant screenedAt,
      List<ListingFinding> findings) {}

  record ListingView(ListingSummary listing, VersionView version, List<Integer> versions) {}

  record Upserted(
      long id,
      int version,
      boolean changed,
      String decision,
      int score,
      List<ListingFinding> findings) {}

  @GetMapping("/api/v1/listings")
  @Operation(summary = "List listings, most risky first, with filters")
  PageOf<ListingSummary> list(
      Caller caller,
      @ParameterObject FilterForm filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return listings.page(
        caller.organizationId(), filter.toFilter(false), PageRequest.of(page, size));
  }

  @GetMapping("/api/v1/listings/{id}")
  @Operation(summary = "One listing with its current version (or ?version=N) and findings")
  ListingView get(
      Caller caller, @PathVariable long id, @RequestParam(required = false) Integer version) {
    var d = queries.detail(caller, id, version);
    return new ListingView(
        d.listing(),
        view(d.version(), d.findings()),
        d.versions().stream().map(ListingVersion::version).toList());
  }

  @GetMapping("/api/v1/listings/{id}/diff")
  @Operation(summary = "What changed between two versions (default: the last two)")
  ListingDiff diff(
      Caller caller,
      @PathVariable long id,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    return queries.diff(caller, id, from, to);
  }

  @PutMapping("/api/v1/listings")
  @Operation(
      summary = "Add or update one listing by SKU",
      description =
          "A listing whose content differs from the stored one becomes a new version and is"
              + " screened; sending the same content again changes nothing (200 instead of 201).")
  ResponseEntity<Upserted> upsert(Caller caller, @Valid @RequestBody ListingInput input) {
    if (input == null) {
      throw new InvalidInputException("body", "send one listing as JSON");
    }
    var u = catalog.upsert(caller, input);
    var body =
        new Upserted(
            u.listingId(),
            u.version(),
            u.changed(),
            u.outcome().decision().name(),
            u.outcome().score(),
            u.outcome().findings().stream().map(ListingFinding::of).toList());
    return ResponseEntity.status(u.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
  }

  static VersionView view(ListingVersion v, List<ListingFinding> findings) {
    return new VersionView(
        v.version(),
        v.title(),
        v.brand(),
        v.bulletPoints(),
        v.description(),
        v.searchTerms(),
        v.price(),
        v.currency(),
        v.category(),
        v.marketplace(),
        v.decision(),
        v.score(),
        v.registryVersion(),
        v.createdAt(),
        v.screenedAt(),
        findings);
  }
}
