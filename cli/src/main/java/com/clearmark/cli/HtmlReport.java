package com.clearmark.cli;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Edit;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.ScreeningResult;
import com.clearmark.engine.screening.Suggestion;
import com.clearmark.engine.screening.Suggestions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A self-contained HTML page a seller can open or mail: no scripts, no external files, every value
 * escaped. The summary comes first, then the listings with findings, riskiest first: BLOCK before
 * REVIEW before PASS, higher scores first, and in file order among equals. Each finding shows its
 * suggested correction, the field before and after.
 *
 * <p>To sort, the rows of listings with findings are kept until the end, rendered; listings without
 * findings are counted only.
 */
final class HtmlReport implements Report {

  private static final String STYLE =
      "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;"
          + "color:#1d2430}h1{font-size:1.5rem}table{border-collapse:collapse;width:100%}"
          + "td,th{border-bottom:1px solid #dde2ea;padding:.45rem .5rem;vertical-align:top;"
          + "text-align:left}th{background:#f3f5f8}.BLOCK{color:#fff;background:#b42318}"
          + ".REVIEW{background:#fdb022}.PASS{background:#d1fadf}.d{font-weight:600;"
          + "padding:.1rem .4rem;border-radius:4px}mark{background:#fee4e2;color:#912018;"
          + "font-weight:600}.why{color:#475467}.f{margin:.2rem 0 .6rem}code{font-size:.85em}"
          + ".fix{margin:.3rem 0 0 1rem;padding:.3rem .5rem;border-left:3px solid #12b76a;"
          + "background:#f6fef9}.fix dl{margin:.2rem 0}.fix dt{font-size:.85em;color:#475467}"
          + ".fix dd{margin:0 0 .2rem}del{background:#fee4e2}ins{background:#d1fadf;"
          + "text-decoration:none}.pair{display:flex;gap:1rem;margin:.4rem 0}.pair figure{margin:0;"
          + "max-width:250px}.pair img{max-width:240px;max-height:240px;border:1px solid #dde2ea}"
          + ".pair figcaption{font-size:.85em;color:#475467}";

  /** Thumbnails kept for reuse; past this many images each is made again where it is shown. */
  private static final int MAX_THUMBNAILS = 512;

  private record Row(Decision decision, int score, long order, String html) {}

  private static final Comparator<Row> RISKIEST_FIRST =
      Comparator.comparingInt((Row r) -> rank(r.decision()))
          .thenComparing(Comparator.comparingInt(Row::score).reversed())
          .thenComparingLong(Row::order);

  private final Writer out;
  private final SellerContext seller;
  private final ReportImages images;
  private final Map<Path, String> thumbnails = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();

  HtmlReport(Writer out, SellerContext seller) {
    this(out, seller, ReportImages.NONE);
  }

  HtmlReport(Writer out, SellerContext seller, ReportImages images) {
    this.out = out;
    this.seller = seller;
    this.images = images;
  }

  @Override
  public void begin(Summary s) {}

  @Override
  public void write(ScreeningResult r) {
    if (r.findings().isEmpty()) {
      return;
    }
    var l = r.listing();
    var sb = new StringBuilder();
    sb.append("<tr><td><span class=\"d ")
        .append(r.decision())
        .append("\">")
        .append(r.decision())
        .append("</span></td>");
    sb.append("<td>").append(r.score()).append("</td><td><b>").append(esc(r.id())).append("</b>");
    if (!l.asin().isEmpty()) {
      sb.append("<br><code>").append(esc(l.asin())).append("</code>");
    }
    sb.append("<br>").append(esc(TableReport.shorten(l.title(), 140))).append("</td><td>");
    for (Finding f : r.findings()) {
      Evidence e = Evidence.of(l, f);
      sb.append("<div class=\"f\"><b>")
          .append(f.rule())
          .append("</b> (")
          .append(f.severity())
          .append(", ")
          .append(esc(f.field()))
          .append("): ")
          .append(esc(e.before()))
          .append("<mark>")
          .append(esc(e.match()))
          .append("</mark>")
          .append(esc(e.after()))
          .append("<br><span class=\"why\">")
          .append(esc(f.explanation()))
          .append("</span>");
      if (f.rule() == Rule.CR_IMAGE) {
        imagePair(sb, l, f);
      }
      Suggestions.forFinding(l, f, seller).ifPresent(s -> suggestion(sb, r, s));
      sb.append("</div>");
    }
    sb.append("</td></tr>\n");
    rows.add(new Row(r.decision(), r.score(), rows.size(), sb.toString()));
  }

  /** The listing's image and the registered work's, side by side, as bounded thumbnails. */
  private void imagePair(StringBuilder sb, Listing l, Finding f) {
    int index = imageIndex(f.field());
    long work;
    try {
      work = Long.parseLong(f.registration());
    } catch (NumberFormatException e) {
      work = -1;
    }
    sb.append("<div class=\"pair\">");
    figure(sb, index < 0 ? null : images.listingImage(l, index), "Listing image " + f.text());
    figure(
        sb,
        work < 0 ? null : images.workImage(work),
        "Registered work " + f.registration() + ": " + f.mark());
    sb.append("</div>");
  }

  private void figure(StringBuilder sb, Path file, String caption) {
    String uri = null;
    if (file != null) {
      uri = thumbnails.get(file);
      if (uri == null && thumbnails.size() < MAX_THUMBNAILS) {
        uri = Thumbnail.dataUri(file);
        thumbnails.put(file, uri == null ? "" : uri);
      }
    }
    sb.append("<figure>");
    if (uri != null && !uri.isEmpty()) {
      sb.append("<img alt=\"").append(esc(caption)).append("\" src=\"").append(uri).append("\">");
    } else {
      sb.append("<i>image not available</i>");
    }
    sb.append("<figcaption>").append(esc(caption)).append("</figcaption></figure>");
  }

  /** {@code images[3]} is index 2; -1 for any other field. */
  static int imageIndex(String field) {
    if (!field.startsWith("images[") || !field.endsWith("]")) {
      return -1;
    }
    try {
      return Integer.parseInt(field.substring(7, field.length() - 1)) - 1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void suggestion(StringBuilder sb, ScreeningResult r, Suggestion s) {
    sb.append("<div class=\"fix\"><b>Suggested fix:</b> ").append(esc(s.summary()));
    Set<String> fields = new LinkedHashSet<>();
    for (Edit e : s.edits()) {
      fields.add(e.field());
    }
    if (!fields.isEmpty()) {
      sb.append("<dl>");
      for (String field : fields) {
        sb.append("<dt>")
            .append(esc(field))
            .append(" before</dt><dd><del>")
            .append(esc(Evidence.text(r.listing(), field)))
            .append("</del></dd><dt>")
            .append(esc(field))
            .append(" after</dt><dd><ins>")
            .append(esc(s.textAfter(r.listing(), field)))
            .append("</ins></dd>");
      }
      sb.append("</dl>");
    }
    sb.append("</div>");
  }

  @Override
  public void end(Summary s) throws IOException {
    out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.write("<title>Clearmark report: " + esc(s.source) + "</title>");
    out.write("<style>" + STYLE + "</style></head><body>");
    out.write("<h1>Clearmark screening report</h1><p>Catalogue <code>" + esc(s.source));
    out.write("</code>, screened against " + Plural.of(s.marks, "mark") + ".</p>");
    out.write("<h2>Summary</h2><p>");
    out.write(
        String.format(
            Locale.ROOT,
            "%s (%s) in %.1f s: ",
            Plural.of(s.listings, "listing"),
            esc(s.format),
            s.seconds));
    out.write("<span class=\"d BLOCK\">BLOCK " + s.count(Decision.BLOCK) + "</span> ");
    out.write("<span class=\"d REVIEW\">REVIEW " + s.count(Decision.REVIEW) + "</span> ");
    out.write("<span class=\"d PASS\">PASS " + s.count(Decision.PASS) + "</span>");
    if (s.problems > 0) {
      out.write("; " + Plural.of(s.problems, "malformed row") + " skipped");
    }
    out.write("</p><ul>");
    for (var e : s.rules().entrySet()) {
      out.write("<li>" + e.getKey() + ": " + Plural.of(e.getValue(), "finding") + "</li>");
    }
    out.write("</ul><h2>Listings with findings, riskiest first</h2>");
    if (rows.isEmpty()) {
      out.write("<p>No listing has a finding.</p>");
    } else {
      out.write(
          "<table><thead><tr><th>Decision</th><th>Score</th><th>Listing</th>"
              + "<th>Findings</th></tr></thead><tbody>\n");
      rows.sort(RISKIEST_FIRST);
      for (Row row : rows) {
        out.write(row.html());
      }
      out.write("</tbody></table>");
    }
    out.write("</body></html>\n");
  }

  private static int rank(Decision d) {
    return switch (d) {
      case BLOCK -> 0;
      case REVIEW -> 1;
      case PASS -> 2;
    };
  }

  static String esc(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
