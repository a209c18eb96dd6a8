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
import com.clearmark.engine.patent.ClaimChart;
import com.clearmark.engine.patent.ElementCoverage;
import com.clearmark.engine.patent.Shown;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    CATALOGUE
  }

  /** One charted listing: its ASIN, where its text came from, and its title. */
  record Column(String asin, Source source, String title) {}

  /** What one listing shows of one element, with the listing's words that show it. */
  record Cell(Shown shown, String field, String evidence) {}

  /** One element of the claim across the charted listings, labelled 1[a], 1[b], 1[b.1]... */
  record Row(String label, int depth, String element, List<Cell> cells) {}

  /**
   * A chart as the page and the API show it.
   *
   * @param article what each listing shows of the article the preamble claims, or null when the
   *     preamble names none to judge
   * @param notFound the ASINs asked for that are neither captured nor in the catalogue
   */
  record Chart(
      PatentView patent,
      PatentView.ClaimView claim,
      List<Column> columns,
      Row article,
      List<Row> rows,
      List<String> notFound,
      @JsonIgnore ClaimChart chart) {

    /** Listings whose text shows every element of the claim. */
    public long allShown() {
      return chart == null
          ? 0
          : chart.columns().stream().filter(c -> c.coverage().allShown()).count();
    }

    /** The chart as CSV in the APEX shape, or empty when no ASIN was found. */
    String csv() {
      if (chart == null) {
        return "";
      }
      var out = new StringWriter();
      try {
        chart.writeCsv(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString();
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
    if (claim.elements().isEmpty()) {
      throw new InvalidInputException(
          "claim", "claim " + claimNumber + " has no elements that a listing could show");
    }
    List<String> wanted = parseAsins(asins);
    OrganizationId org = new OrganizationId(caller.organizationId());
    Map<String, Capture> captured = captures.latestByListingId(org, wanted);
    Map<String, ListedAsin> own = listings.byAsin(caller.organizationId(), wanted);
    List<Column> columns = new ArrayList<>();
    List<Listing> found = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    for (String asin : wanted) {
      Capture c = captured.get(asin);
      ListedAsin l = own.get(asin);
      if (c != null) {
        found.add(c.toListing());
        columns.add(new Column(asin, Source.CAPTURED, c.title()));
      } else if (l != null && l.listed()) {
        var summary = listings.find(caller.organizationId(), l.listingId()).orElseThrow();
        var version =
            listings
                .version(caller.organizationId(), summary.id(), summary.version())
                .orElseThrow();
        found.add(version.toListing(summary.sku(), asin));
        columns.add(new Column(asin, Source.CATALOGUE, summary.title()));
      } else {
        notFound.add(asin);
      }
    }
    PatentView view = PatentView.of(registered, Timestamps.today(clock));
    PatentView.ClaimView claimView =
        view.claims().stream().filter(c -> c.number() == claimNumber).findFirst().orElseThrow();
    if (found.isEmpty()) {
      return new Chart(view, claimView, List.of(), null, List.of(), notFound, null);
    }
    ClaimChart chart = ClaimChart.of(registered.patent(), claim, found);
    List<Row> rows = new ArrayList<>();
    for (int e = 0; e < claim.elements().size(); e++) {
      List<Cell> cells = new ArrayList<>(found.size());
      for (var column : chart.columns()) {
        ElementCoverage ec = column.coverage().elements().get(e);
        cells.add(new Cell(ec.shown(), ec.field(), ec.evidence(column.listing())));
      }
      var el = claim.elements().get(e);
      rows.add(new Row(chart.labels().get(e), el.depth(), el.text(), cells));
    }
    Row article = null;
    if (chart.columns().stream().anyMatch(c -> c.coverage().subject() != null)) {
      List<Cell> cells = new ArrayList<>(found.size());
      for (var column : chart.columns()) {
        ElementCoverage subject = column.coverage().subject();
        cells.add(
            subject == null
                ? new Cell(Shown.CANNOT_JUDGE, "", "")
                : new Cell(subject.shown(), subject.field(), subject.evidence(column.listing())));
      }
      article = new Row(claim.number() + "[pre]", 0, claim.preamble(), cells);
    }
    return new Chart(view, claimView, columns, article, rows, notFound, chart);
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
