package com.clearmark.app.catalog;

import com.clearmark.app.screening.ListingFinding;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads of one listing that the UI and the API share, each scoped to the caller. */
@Service
class ListingQueries {

  private final Listings listings;

  ListingQueries(Listings listings) {
    this.listings = listings;
  }

  /** A listing with one of its versions and that version's findings. */
  public record Detail(
      ListingSummary listing,
      ListingVersion version,
      List<ListingFinding> findings,
      List<ListingVersion> versions) {}

  public Detail detail(Caller caller, long id, Integer version) {
    long org = caller.organizationId();
    var listing = listings.find(org, id).orElseThrow(() -> new NotFoundException("listing", id));
    int v = version == null ? listing.version() : version;
    var shown =
        listings
            .version(org, id, v)
            .orElseThrow(
                () -> new NotFoundException("Listing " + id + " has no version " + v + "."));
    return new Detail(
        listing, shown, listings.findings(org, shown.id()), listings.versions(org, id));
  }

  public ListingDiff diff(Caller caller, long id, Integer from, Integer to) {
    long org = caller.organizationId();
    var listing = listings.find(org, id).orElseThrow(() -> new NotFoundException("listing", id));
    int b = to == null ? listing.version() : to;
    int a = from == null ? b - 1 : from;
    if (a < 1) {
      throw new InvalidInputException("from", "this listing has only one version");
    }
    var va =
        listings
            .version(org, id, a)
            .orElseThrow(
                () -> new NotFoundException("Listing " + id + " has no version " + a + "."));
    var vb =
        listings
            .version(org, id, b)
            .orElseThrow(
                () -> new NotFoundException("Listing " + id + " has no version " + b + "."));
    return ListingDiff.between(va, vb);
  }
}
