package com.clearmark.app.catalog;

import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.screening.ScreeningOutcome;
import com.clearmark.app.screening.ScreeningService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Edit;
import com.clearmark.engine.screening.Suggestion;
import com.clearmark.engine.screening.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Fix in place: the engine's suggested correction for each finding of a listing, a preview of the
 * corrected text screened before anything is stored, and the seller's edited text saved as the
 * listing's next version, screened at once like any other version.
 *
 * <p>Corrections of several findings are combined field by field: an edit that overlaps one kept
 * before it (the most severe finding's comes first) is left out, and the same edit proposed by two
 * findings (a non-affiliation line for the same mark, say) is made once.
 */
@Service
class ListingFixes {

  private final Listings listings;
  private final ListingQueries queries;
  private final ScreeningService screening;
  private final CatalogService catalog;

  ListingFixes(
      Listings listings,
      ListingQueries queries,
      ScreeningService screening,
      CatalogService catalog) {
    this.listings = listings;
    this.queries = queries;
    this.screening = screening;
    this.catalog = catalog;
  }

  /** One finding with the correction the engine suggests for it. */
  record Proposed(ListingFinding finding, Suggestion suggestion) {

    /** Whether the correction changes text, or only says what the seller should do. */
    public boolean automatic() {
      return !suggestion.edits().isEmpty();
    }
  }

  /**
   * A correction ready to preview: the current version, what would be saved, and how the saved text
   * would screen.
   */
  record Proposal(
      ListingSummary listing,
      ListingVersion current,
      List<Proposed> proposed,
      ListingVersion corrected,
      ListingDiff diff,
      ScreeningOutcome outcome) {

    /** A field as the page names it: {@code bullet_points[2]} is "Bullet point 2". */
    public String label(String field) {
      if (field.startsWith("bullet_points[")) {
        return "Bullet point " + field.substring(14, field.length() - 1);
      }
      return switch (field) {
        case "title" -> "Title";
        case "brand" -> "Brand";
        case "description" -> "Description";
        case "search_terms" -> "Search terms";
        case "price" -> "Price";
        case "category" -> "Category";
        case "marketplace" -> "Marketplace";
        default -> field;
      };
    }
  }

  /** The suggestion for each open finding of a shown version, keyed by the finding's id. */
  Map<Long, Suggestion> suggestions(Caller caller, ListingQueries.Detail detail) {
    Map<Long, Suggestion> out = new LinkedHashMap<>();
    if (detail.version().version() != detail.listing().version()) {
      return out;
    }
    SellerContext context = screening.sellerContext(caller.organizationId());
    Listing listing = detail.version().toListing(detail.listing().sku(), detail.listing().asin());
    for (ListingFinding f : detail.findings()) {
      if (f.id() != null && !f.dismissed()) {
        Suggestions.forFinding(listing, f.toEngine(), context).ifPresent(s -> out.put(f.id(), s));
      }
    }
    return out;
  }

  /**
   * The correction of one finding, or of every open finding when {@code findingId} is null, applied
   * to the current version and screened without storing anything.
   */
  Proposal propose(Caller caller, long listingId, Long findingId) {
    var detail = queries.detail(caller, listingId, null);
    List<ListingFinding> chosen = new ArrayList<>();
    for (ListingFinding f : detail.findings()) {
      if (f.dismissed()) {
        continue;
      }
      if (findingId == null || findingId.equals(f.id())) {
        chosen.add(f);
      }
    }
    if (findingId != null && chosen.isEmpty()) {
      throw new NotFoundException(
          "Finding "
              + findingId
              + " is not an open finding of the current version of "
              + detail.listing().sku()
              + "; it may have been dismissed or fixed already.");
    }
    SellerContext context = screening.sellerContext(caller.organizationId());
    ListingVersion current = detail.version();
    Listing listing = current.toListing(detail.listing().sku(), detail.listing().asin());
    List<Proposed> proposed = new ArrayList<>();
    for (ListingFinding f : chosen) {
      Suggestions.forFinding(listing, f.toEngine(), context)
          .ifPresent(s -> proposed.add(new Proposed(f, s)));
    }
    Listing fixed = applied(combined(proposed), listing);
    ListingVersion corrected = asNextVersion(current, fixed);
    ScreeningOutcome outcome = screening.screen(caller.organizationId(), listingId, fixed);
    return new Proposal(
        detail.listing(),
        current,
        proposed,
        corrected,
        ListingDiff.between(current, corrected),
        outcome);
  }

  /** The current version as it is, for the editor opened without a suggestion. */
  Proposal asIs(Caller caller, long listingId) {
    var detail = queries.detail(caller, listingId, null);
    ListingVersion current = detail.version();
    return new Proposal(
        detail.listing(), current, List.of(), current, ListingDiff.between(current, current), null);
  }

  /**
   * The listing with the suggestion's edits made, or as it is when the edits no longer fit its text
   * (a suggestion is computed from the stored version, so this is a guard, not a path taken).
   */
  private static Listing applied(Suggestion suggestion, Listing listing) {
    try {
      return suggestion.applyTo(listing);
    } catch (IllegalArgumentException e) {
      return listing;
    }
  }

  /** The edits of several suggestions as one, without overlaps or repeats within a field. */
  static Suggestion combined(List<Proposed> proposed) {
    List<Edit> kept = new ArrayList<>();
    for (Proposed p : proposed) {
      for (Edit e : p.suggestion().edits()) {
        if (kept.contains(e)) {
          continue;
        }
        boolean overlaps = false;
        for (Edit k : kept) {
          if (k.field().equals(e.field()) && overlap(k, e)) {
            overlaps = true;
            break;
          }
        }
        if (!overlaps) {
          kept.add(e);
        }
      }
    }
    String summary =
        proposed.size() == 1
            ? proposed.get(0).suggestion().summary()
            : "The suggested corrections of " + proposed.size() + " findings";
    return new Suggestion(summary, kept);
  }

  /** Two edits touch the same characters; two insertions at one point also collide. */
  private static boolean overlap(Edit a, Edit b) {
    if (a.start() == a.end() || b.start() == b.end()) {
      return a.start() == b.start()
          || (a.start() > b.start() && a.start() < b.end())
          || (b.start() > a.start() && b.start() < a.end());
    }
    return a.start() < b.end() && b.start() < a.end();
  }

  private static ListingVersion asNextVersion(ListingVersion v, Listing l) {
    return new ListingVersion(
        v.id(),
        v.listingId(),
        v.version() + 1,
        l.title(),
        l.brand(),
        l.bulletPoints(),
        l.description(),
        l.searchTerms(),
        l.price(),
        l.currency(),
        l.category(),
        l.marketplace(),
        v.decision(),
        v.score(),
        null,
        v.registryVersion(),
        v.createdAt(),
        v.screenedAt());
  }

  /** What saving a correction did. */
  record Saved(long listingId, int version, boolean changed, ScreeningOutcome outcome) {}

  /**
   * Saves the seller's text as the listing's next version and screens it. Refused when the listing
   * changed since the form was opened, so a correction never overwrites a newer import.
   */
  Saved save(Caller caller, long listingId, ListingEdit edit) {
    caller.require(Role.REVIEWER);
    long org = caller.organizationId();
    var listing =
        listings
            .find(org, listingId)
            .orElseThrow(() -> new NotFoundException("listing", listingId));
    if (listing.version() != edit.baseVersion()) {
      throw new ConflictException(
          "Listing "
              + listing.sku()
              + " changed while you were editing it: it is now at version "
              + listing.version()
              + ", you edited version "
              + edit.baseVersion()
              + ". Open it again to see the new text; nothing was saved.");
    }
    var current = listings.version(org, listingId, listing.version()).orElseThrow();
    if (edit.title().isBlank()) {
      throw new InvalidInputException("title", "a listing needs a title");
    }
    var input =
        new ListingInput(
            listing.sku(),
            listing.asin(),
            edit.title(),
            edit.brand(),
            edit.bulletPoints(),
            edit.description(),
            edit.searchTerms(),
            edit.price(),
            edit.currency().isBlank() ? current.currency() : edit.currency(),
            current.category(),
            current.marketplace());
    var upserted = catalog.upsert(caller, input);
    if (upserted.changed()) {
      listings.markCorrected(org, upserted.listingId(), upserted.version());
    }
    return new Saved(
        upserted.listingId(), upserted.version(), upserted.changed(), upserted.outcome());
  }

  /** The current versions of the listings corrected in Clearmark, for a marketplace upload. */
  List<Listing> correctedForUpload(Caller caller, Optional<Long> onlyListing, int limit) {
    long org = caller.organizationId();
    List<ListingSummary> chosen =
        onlyListing
            .map(
                id ->
                    List.of(
                        listings
                            .find(org, id)
                            .orElseThrow(() -> new NotFoundException("listing", id))))
            .orElseGet(() -> listings.correctedCurrent(org, limit));
    List<Listing> out = new ArrayList<>(chosen.size());
    for (ListingSummary s : chosen) {
      listings
          .version(org, s.id(), s.version())
          .ifPresent(v -> out.add(v.toListing(s.sku(), s.asin())));
    }
    return out;
  }
}
