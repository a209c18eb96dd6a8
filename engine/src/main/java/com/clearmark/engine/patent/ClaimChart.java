package com.clearmark.engine.patent;

import com.clearmark.engine.listing.Listing;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A claim chart: one independent claim of a patent set element by element against up to {@value
 * #MAX_LISTINGS} listings, in the shape a Patent Evaluation Express (APEX) submission takes. APEX
 * evaluates one independent claim against at most twenty ASINs, and its chart has one row per claim
 * element and one column per accused ASIN, each cell quoting where the listing shows the element.
 *
 * <p>Rows are labelled as patent practitioners label them: {@code 1[pre]} for the preamble, then
 * {@code 1[a]}, {@code 1[b]}... for the elements under the transition and {@code 1[b.1]}, {@code
 * 1[b.2]}... for those nested under an element. Each cell is what {@link ClaimCoverage} found: the
 * evidence quoted with its field, "Not shown in the listing", or "Cannot be judged from the listing
 * text". The chart shows what the listings say; whether the products meet the claim is for a person
 * to decide.
 */
public final class ClaimChart {

  /** The most ASINs APEX evaluates in one case. */
  public static final int MAX_LISTINGS = 20;

  /** One listing's column: its label and what it shows of each element. */
  public record Column(String label, Listing listing, Coverage coverage) {
    public Column {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(listing, "listing");
      Objects.requireNonNull(coverage, "coverage");
    }
  }

  private final Patent patent;
  private final Claim claim;
  private final List<String> labels;
  private final List<Column> columns;

  private ClaimChart(Patent patent, Claim claim, List<String> labels, List<Column> columns) {
    this.patent = patent;
    this.claim = claim;
    this.labels = labels;
    this.columns = columns;
  }

  /**
   * Charts {@code claim} of {@code patent} against the listings, in their order.
   *
   * @throws IllegalArgumentException when the claim is not an independent claim of the patent, has
   *     no elements, or there are no listings or more than {@value #MAX_LISTINGS}
   */
  public static ClaimChart of(Patent patent, Claim claim, List<Listing> listings) {
    Objects.requireNonNull(patent, "patent");
    Objects.requireNonNull(claim, "claim");
    if (!patent.claims().contains(claim)) {
      throw new IllegalArgumentException(
          "claim " + claim.number() + " is not a claim of US " + patent.number());
    }
    if (!claim.independent()) {
      throw new IllegalArgumentException(
          "claim "
              + claim.number()
              + " depends on claim "
              + claim.dependsOn()
              + "; a claim chart takes one independent claim");
    }
    if (claim.elements().isEmpty()) {
      throw new IllegalArgumentException("claim " + claim.number() + " has no elements to chart");
    }
    if (listings.isEmpty()) {
      throw new IllegalArgumentException("a claim chart needs at least one listing");
    }
    if (listings.size() > MAX_LISTINGS) {
      throw new IllegalArgumentException(
          listings.size()
              + " listings; APEX evaluates one claim against at most "
              + MAX_LISTINGS
              + " ASINs, so chart them in groups of "
              + MAX_LISTINGS);
    }
    var columns = new ArrayList<Column>(listings.size());
    for (Listing listing : listings) {
      String label = listing.asin().isEmpty() ? listing.id() : listing.asin();
      columns.add(new Column(label, listing, ClaimCoverage.judge(claim, listing)));
    }
    return new ClaimChart(patent, claim, labels(claim), List.copyOf(columns));
  }

  /** Row labels: 1[a], 1[b], 1[b.1]... in the claim's order. */
  private static List<String> labels(Claim claim) {
    var out = new ArrayList<String>(claim.elements().size());
    var counters = new ArrayList<Integer>();
    for (ClaimElement e : claim.elements()) {
      int depth = e.depth();
      while (counters.size() > depth + 1) {
        counters.remove(counters.size() - 1);
      }
      while (counters.size() < depth + 1) {
        counters.add(0);
      }
      counters.set(depth, counters.get(depth) + 1);
      var label = new StringBuilder().append(claim.number()).append('[');
      label.append(letters(counters.get(0)));
      for (int i = 1; i <= depth; i++) {
        label.append('.').append(counters.get(i));
      }
      out.add(label.append(']').toString());
    }
    return out;
  }

  /** 1 → a, 26 → z, 27 → aa. */
  private static String letters(int n) {
    var sb = new StringBuilder();
    int k = n;
    while (k > 0) {
      k--;
      sb.insert(0, (char) ('a' + k % 26));
      k /= 26;
    }
    return sb.toString();
  }

  public Patent patent() {
    return patent;
  }

  public Claim claim() {
    return claim;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The row labels, one per element. */
  public List<String> labels() {
    return labels;
  }

  /** The cell of one element in one column. */
  public static String cell(ElementCoverage coverage, Listing listing) {
    return switch (coverage.shown()) {
      case SHOWN -> "Shown: \"" + coverage.evidence(listing) + "\" (" + coverage.field() + ")";
      case NOT_SHOWN -> "Not shown in the listing";
      case CANNOT_JUDGE -> "Cannot be judged from the listing text";
    };
  }

  /**
   * The chart as CSV (RFC 4180): a header row ({@code element}, {@code claim language}, then one
   * column per ASIN), the preamble row, one row per element, and a closing summary row. Cells a
   * spreadsheet would run as a formula are prefixed with an apostrophe.
   */
  public void writeCsv(Writer out) throws IOException {
    var header = new ArrayList<String>();
    header.add("element");
    header.add("claim language");
    for (Column c : columns) {
      header.add(c.label());
    }
    csvRow(out, header);
    var preamble = new ArrayList<String>();
    preamble.add(claim.number() + "[pre]");
    preamble.add(claim.preamble());
    for (Column c : columns) {
      preamble.add("Product: " + c.listing().title() + article(c));
    }
    csvRow(out, preamble);
    for (int i = 0; i < labels.size(); i++) {
      var row = new ArrayList<String>();
      row.add(labels.get(i));
      row.add(claim.elements().get(i).text());
      for (Column c : columns) {
        row.add(cell(c.coverage().elements().get(i), c.listing()));
      }
      csvRow(out, row);
    }
    var summary = new ArrayList<String>();
    summary.add("summary");
    summary.add(title());
    for (Column c : columns) {
      summary.add(c.coverage().summary());
    }
    csvRow(out, summary);
  }

  /**
   * The chart as plain text for reading or pasting: a heading with the patent, its assignee and
   * term, then each element followed by what every listing shows of it, and a summary per listing.
   */
  public void writeText(Writer out) throws IOException {
    Expiry expiry = PatentTerm.expiry(patent);
    out.write("Claim chart: " + title() + "\n");
    if (!patent.assignee().isEmpty()) {
      out.write("Assignee: " + patent.assignee() + "\n");
    }
    out.write("Granted " + patent.granted() + "; term ends " + expiry.date() + ".\n");
    for (String why : expiry.explanation()) {
      out.write("  " + why + "\n");
    }
    out.write("Listings:\n");
    for (Column c : columns) {
      out.write("  " + c.label() + ": " + c.listing().title() + "\n");
    }
    out.write("\n" + claim.number() + "[pre] " + claim.preamble() + "\n");
    for (Column c : columns) {
      if (c.coverage().subject() != null) {
        out.write(
            "  "
                + c.label()
                + ": the claimed article: "
                + cell(c.coverage().subject(), c.listing())
                + "\n");
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      ClaimElement element = claim.elements().get(i);
      out.write("\n" + labels.get(i) + " " + element.text() + "\n");
      for (Column c : columns) {
        out.write(
            "  " + c.label() + ": " + cell(c.coverage().elements().get(i), c.listing()) + "\n");
      }
    }
    out.write("\nSummary\n");
    for (Column c : columns) {
      out.write("  " + c.label() + ": " + c.coverage().summary() + "\n");
    }
    out.write(
        "\nEvidence is the listings' own text. Whether each product meets every element is for a"
            + " person to decide by comparing the product itself with the claim.\n");
  }

  /**
   * What the listing shows of the article the preamble claims ("a drinking bottle"), which the
   * elements are judged as parts of; empty when the preamble names no article to judge.
   */
  private static String article(Column c) {
    ElementCoverage subject = c.coverage().subject();
    return subject == null ? "" : "; the claimed article: " + cell(subject, c.listing());
  }

  private String title() {
    return "US "
        + patent.number()
        + (patent.title().isEmpty() ? "" : " (" + patent.title() + ")")
        + ", claim "
        + claim.number();
  }

  private static void csvRow(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(csvCell(cells.get(i)));
    }
    out.write("\r\n");
  }

  private static String csvCell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
