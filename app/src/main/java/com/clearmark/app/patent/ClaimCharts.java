package com.clearmark.app.patent;

import com.clearmark.app.catalog.ListedAsin;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.shared.Asin;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimCoverage;
import com.clearmark.engine.patent.Coverage;
import com.clearmark.engine.patent.ElementCoverage;
import com.clearmark.engine.patent.Shown;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Claim charts: one independent claim of a registered patent against up to {@value
 * FieldLimits#CHART_LISTINGS} listings, element by element, as a patent evaluation (Amazon's APEX)
 * takes them. Each ASIN is read from the watched third-party listings first (the brand owner's use)
 * and then from the organization's own catalogue (a seller preparing its answer).
 */
@Service
class ClaimCharts {

  private final PatentRegister register;
  private final Captures captures;
  private final Listings listings;
  private final Clock clock;

  ClaimCharts(PatentRegister register, Captures captures, Listings listings, Clock clock) {
    this.register = register;
    this.captures = captures;
    this.listings = listings;
    this.clock = clock;
  }

  /** Where a charted listing's text came from. */
  enum Source {
    CAPTURED,
    CATALOGUE,
    NOT_FOUND
  }

  /** One charted listing: its ASIN, where its text came from, and its title. */
  record Column(String asin, Source source, String title) {}

  /** What one listing shows of one element. */
  record Cell(Shown shown, String field, String evidence) {}

  /** One element of the claim across the charted listings. */
  record Row(int depth, String element, List<Cell> cells) {}

  record Chart(
      PatentView patent, PatentView.ClaimView claim, List<Column> columns, List<Row> rows) {

    /** Listings whose text shows every element of the claim. */
    public long allShown() {
      long n = 0;
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).source() == Source.NOT_FOUND) {
          continue;
        }
        boolean all = !rows.isEmpty();
        for (Row r : rows) {
          all &= r.cells().get(c).shown() == Shown.SHOWN;
        }
        n += all ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * Charts a claim against listings.
   *
   * @param asins the ASINs as typed, separated by commas, spaces or lines
   * @throws InvalidInputException naming {@code claim} or {@code asins} when the claim is not an
   *     independent claim of the patent or the ASINs are none, too many or malformed
   */
  Chart chart(Caller caller, long patentId, int claimNumber, String asins) {
    RegisteredPatent registered = register.get(caller, patentId);
    Claim claim =
        registered.patent().claims().stream()
            .filter(c -> c.number() == claimNumber)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "claim", "US " + registered.number() + " has no claim " + claimNumber));
    if (!claim.independent()) {
      throw new InvalidInputException(
          "claim",
          "claim "
              + claimNumber
              + " depends on claim "
              + claim.dependsOn()
              + "; chart an independent claim, which names every element itself");
    }
    List<String> wanted = parseAsins(asins);
    OrganizationId org = new OrganizationId(caller.organizationId());
    Map<String, Capture> captured = captures.latestByListingId(org, wanted);
    Map<String, ListedAsin> own = listings.byAsin(caller.organizationId(), wanted);
    List<Column> columns = new ArrayList<>();
    List<Coverage> coverage = new ArrayList<>();
    List<Listing> read = new ArrayList<>();
    for (String asin : wanted) {
      Capture c = captured.get(asin);
      Listing listing = null;
      Source source = Source.NOT_FOUND;
      String title = "";
      if (c != null) {
        listing = c.toListing();
        source = Source.CAPTURED;
        title = c.title();
      } else {
        ListedAsin l = own.get(asin);
        if (l != null && l.listed()) {
          var summary = listings.find(caller.organizationId(), l.listingId()).orElseThrow();
          var version =
              listings
                  .version(caller.organizationId(), summary.id(), summary.version())
                  .orElseThrow();
          listing = version.toListing(summary.sku(), summary.asin());
          source = Source.CATALOGUE;
          title = summary.title();
        }
      }
      columns.add(new Column(asin, source, title));
      coverage.add(listing == null ? null : ClaimCoverage.judge(claim, listing));
      read.add(listing);
    }
    List<Row> rows = new ArrayList<>();
    for (int e = 0; e < claim.elements().size(); e++) {
      List<Cell> cells = new ArrayList<>(columns.size());
      for (int c = 0; c < coverage.size(); c++) {
        Coverage cov = coverage.get(c);
        if (cov == null) {
          cells.add(new Cell(Shown.CANNOT_JUDGE, "", ""));
          continue;
        }
        ElementCoverage ec = cov.elements().get(e);
        cells.add(new Cell(ec.shown(), ec.field(), evidence(ec, read.get(c))));
      }
      var el = claim.elements().get(e);
      rows.add(new Row(el.depth(), el.text(), cells));
    }
    PatentView view = PatentView.of(registered, Timestamps.today(clock));
    PatentView.ClaimView claimView =
        view.claims().stream().filter(c -> c.number() == claimNumber).findFirst().orElseThrow();
    return new Chart(view, claimView, columns, rows);
  }

  /** The words of the listing that show the element, as the chart quotes them. */
  private static String evidence(ElementCoverage ec, Listing listing) {
    if (ec.shown() != Shown.SHOWN) {
      return "";
    }
    String text = fieldText(listing, ec.field());
    return ec.end() <= text.length() ? text.substring(ec.start(), ec.end()) : "";
  }

  private static String fieldText(Listing listing, String field) {
    if (field.equals("title")) {
      return listing.title();
    }
    if (field.equals("description")) {
      return listing.description();
    }
    if (field.startsWith("bullet_points[") && field.endsWith("]")) {
      int i = Integer.parseInt(field, "bullet_points[".length(), field.length() - 1, 10) - 1;
      return i >= 0 && i < listing.bulletPoints().size() ? listing.bulletPoints().get(i) : "";
    }
    return "";
  }

  static List<String> parseAsins(String text) {
    Set<String> out = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    if (text != null) {
      for (String part : text.split("[,;\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        String a = part.strip().toUpperCase(Locale.ROOT);
        if (Asin.isValid(a)) {
          out.add(a);
        } else {
          bad.add(part.strip());
        }
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(
          "asins", "not an ASIN (10 letters and digits): " + String.join(", ", bad));
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("asins", "enter at least one ASIN to chart");
    }
    if (out.size() > FieldLimits.CHART_LISTINGS) {
      throw new InvalidInputException(
          "asins",
          out.size()
              + " ASINs; a chart compares at most "
              + FieldLimits.CHART_LISTINGS
              + ", as a patent evaluation does");
    }
    return List.copyOf(out);
  }
}
